package app.verbatim.format;

import app.verbatim.shared.PageOf;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@code application/ld+json}: the records as schema.org nodes (see {@link SchemaOrg}). */
@Component
class JsonLdConverter extends AbstractGenericHttpMessageConverter<Object> {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final JsonMapper json;

    JsonLdConverter(JsonMapper json) {
        super(JSON_LD);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return SchemaOrg.supports(clazz);
    }

    @Override
    public boolean canWrite(@Nullable Type type, Class<?> clazz, @Nullable MediaType mediaType) {
        if (mediaType == null || !JSON_LD.isCompatibleWith(mediaType) || mediaType.isWildcardType() || mediaType.isWildcardSubtype()
                || WebAnnotationConverter.asksForAnnotations(mediaType)) {
            return false;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == PageOf.class) {
            return p.getActualTypeArguments()[0] instanceof Class<?> item && SchemaOrg.supports(item);
        }
        return supports(clazz);
    }

    @Override
    public boolean canRead(Type type, @Nullable Class<?> contextClass, @Nullable MediaType mediaType) {
        return false;
    }

    @Override
    protected void writeInternal(Object value, @Nullable Type type, HttpOutputMessage output) throws IOException {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1").toUriString();
        json.writeValue(output.getBody(), new SchemaOrg(base).document(value));
    }

    @Override
    public Object read(Type type, @Nullable Class<?> contextClass, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("JSON-LD is written, not read", input);
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("JSON-LD is written, not read", input);
    }
}
