package app.verbatim.format;

import app.verbatim.shared.PageOf;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON-LD view of our records, written and never read: which media types it answers, which
 * records (and pages of them) it can say, and the document it makes of one. The rest of Spring's
 * converter contract is the same for every such view, so it lives here once.
 */
abstract class LinkedDataConverter extends AbstractGenericHttpMessageConverter<Object> {

    private final JsonMapper json;
    private final String name;

    LinkedDataConverter(JsonMapper json, MediaType mediaType, String name) {
        super(mediaType);
        this.json = json;
        this.name = name;
    }

    /** Whether a request's media type asks for this view. */
    abstract boolean answers(MediaType mediaType);

    /** Whether this view can say a record of this type. */
    abstract boolean says(Class<?> record);

    /**
     * The document for a record or a page of them.
     *
     * @param base the API's base address, {@code …/api/v1}, from which node ids are made
     * @param self the address that was asked for
     */
    abstract Object document(Object value, String base, String self);

    /** Headers beyond those Spring sets from the negotiated type; none by default. */
    void headers(HttpHeaders headers) {
    }

    @Override
    protected final boolean supports(Class<?> clazz) {
        return says(clazz);
    }

    @Override
    public final boolean canWrite(@Nullable Type type, Class<?> clazz, @Nullable MediaType mediaType) {
        if (mediaType == null || !answers(mediaType)) {
            return false;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == PageOf.class) {
            return p.getActualTypeArguments()[0] instanceof Class<?> item && says(item);
        }
        return says(clazz);
    }

    @Override
    public final boolean canRead(Type type, @Nullable Class<?> contextClass, @Nullable MediaType mediaType) {
        return false;
    }

    @Override
    protected final void writeInternal(Object value, @Nullable Type type, HttpOutputMessage output) throws IOException {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1").toUriString();
        String self = ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
        headers(output.getHeaders());
        json.writeValue(output.getBody(), document(value, base, self));
    }

    @Override
    public final Object read(Type type, @Nullable Class<?> contextClass, HttpInputMessage input) {
        throw new HttpMessageNotReadableException(name + " is written, not read", input);
    }

    @Override
    protected final Object readInternal(Class<?> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException(name + " is written, not read", input);
    }
}
