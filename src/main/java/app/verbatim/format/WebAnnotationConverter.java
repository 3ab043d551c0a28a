package app.verbatim.format;

import app.verbatim.shared.PageOf;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"}: quotes as W3C Web
 * Annotations (see {@link WebAnnotations}). JSON-LD without that profile stays schema.org, so this
 * converter comes before {@link JsonLdConverter} and takes only requests that name the profile.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebAnnotationConverter extends AbstractGenericHttpMessageConverter<Object> {

    static final MediaType ANNOTATION = MediaType.parseMediaType("application/ld+json;profile=\"" + WebAnnotations.CONTEXT + "\"");

    private final JsonMapper json;

    WebAnnotationConverter(JsonMapper json) {
        super(ANNOTATION);
        this.json = json;
    }

    static boolean asksForAnnotations(@Nullable MediaType mediaType) {
        if (mediaType == null || !JsonLdConverter.JSON_LD.isCompatibleWith(mediaType) || mediaType.isWildcardSubtype()) {
            return false;
        }
        String profile = mediaType.getParameter("profile");
        return profile != null && profile.replace("\"", "").strip().equals(WebAnnotations.CONTEXT);
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return WebAnnotations.supports(clazz);
    }

    @Override
    public boolean canWrite(@Nullable Type type, Class<?> clazz, @Nullable MediaType mediaType) {
        if (!asksForAnnotations(mediaType)) {
            return false;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == PageOf.class) {
            return p.getActualTypeArguments()[0] instanceof Class<?> item && WebAnnotations.supports(item);
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
        String self = ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
        output.getHeaders().setContentType(ANNOTATION);
        json.writeValue(output.getBody(), new WebAnnotations(base).document(value, self));
    }

    @Override
    public Object read(Type type, @Nullable Class<?> contextClass, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Web Annotations are written, not read", input);
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Web Annotations are written, not read", input);
    }
}
