package app.verbatim.format;

import app.verbatim.document.ArticleModel;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Writes an article as IPTC ninjs 3.1 for {@code Accept: application/ninjs+json}. */
@Component
class NinjsConverter extends AbstractHttpMessageConverter<ArticleModel> {

    static final MediaType NINJS = MediaType.parseMediaType("application/ninjs+json");

    private final JsonMapper json;

    NinjsConverter(JsonMapper json) {
        super(NINJS);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return ArticleModel.class == clazz;
    }

    @Override
    protected boolean canWrite(@Nullable MediaType mediaType) {
        // Only when asked for by name: a wildcard Accept gets the JSON model.
        return mediaType != null && NINJS.isCompatibleWith(mediaType) && !mediaType.isWildcardType() && !mediaType.isWildcardSubtype();
    }

    @Override
    public boolean canRead(Class<?> clazz, @Nullable MediaType mediaType) {
        return false;
    }

    @Override
    protected void writeInternal(ArticleModel article, HttpOutputMessage output) throws IOException {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1").toUriString();
        json.writeValue(output.getBody(), new Ninjs(base).item(article));
    }

    @Override
    protected ArticleModel readInternal(Class<? extends ArticleModel> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("ninjs is written, not read", input);
    }
}
