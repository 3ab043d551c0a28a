package app.verbatim.format;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@code application/ld+json}: the records as schema.org nodes (see {@link SchemaOrg}). */
@Component
class JsonLdConverter extends LinkedDataConverter {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    JsonLdConverter(JsonMapper json) {
        super(json, JSON_LD, "JSON-LD");
    }

    @Override
    boolean answers(MediaType mediaType) {
        return JSON_LD.isCompatibleWith(mediaType) && !mediaType.isWildcardType() && !mediaType.isWildcardSubtype()
                && !WebAnnotationConverter.asksForAnnotations(mediaType);
    }

    @Override
    boolean says(Class<?> record) {
        return SchemaOrg.supports(record);
    }

    @Override
    Object document(Object value, String base, String self) {
        return new SchemaOrg(base).document(value);
    }
}
