package app.verbatim.format;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"}: quotes as W3C Web
 * Annotations (see {@link WebAnnotations}). JSON-LD without that profile stays schema.org, so this
 * converter comes before {@link JsonLdConverter} and takes only requests that name the profile.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebAnnotationConverter extends LinkedDataConverter {

    static final MediaType ANNOTATION = MediaType.parseMediaType("application/ld+json;profile=\"" + WebAnnotations.CONTEXT + "\"");

    WebAnnotationConverter(JsonMapper json) {
        super(json, ANNOTATION, "Web Annotations");
    }

    static boolean asksForAnnotations(@Nullable MediaType mediaType) {
        if (mediaType == null || !JsonLdConverter.JSON_LD.isCompatibleWith(mediaType) || mediaType.isWildcardSubtype()) {
            return false;
        }
        String profile = mediaType.getParameter("profile");
        return profile != null && profile.replace("\"", "").strip().equals(WebAnnotations.CONTEXT);
    }

    @Override
    boolean answers(MediaType mediaType) {
        return asksForAnnotations(mediaType);
    }

    @Override
    boolean says(Class<?> record) {
        return WebAnnotations.supports(record);
    }

    /** The profile is what makes it annotations: say it even to a client that asked with a wildcard charset or none. */
    @Override
    void headers(HttpHeaders headers) {
        headers.setContentType(ANNOTATION);
    }

    @Override
    Object document(Object value, String base, String self) {
        return new WebAnnotations(base).document(value, self);
    }
}
