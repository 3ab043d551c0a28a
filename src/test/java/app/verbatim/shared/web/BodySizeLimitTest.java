package app.verbatim.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which requests get the bulk limit: the two streaming routes, by method and whole path. */
class BodySizeLimitTest {

    @Test
    void theBulkRoutesArePostsToTheirExactPaths() {
        assertThat(BodySizeLimit.isBulk("POST", "/api/v1/articles/import")).isTrue();
        assertThat(BodySizeLimit.isBulk("POST", "/api/v1/drafts/bulk")).isTrue();
    }

    @Test
    void aWriteToAnArticleCalledImportIsNotBulk() {
        assertThat(BodySizeLimit.isBulk("PUT", "/api/v1/articles/import")).isFalse();
        assertThat(BodySizeLimit.isBulk("PATCH", "/api/v1/articles/import")).isFalse();
    }

    @Test
    void aPathThatOnlyEndsLikeABulkRouteIsNotBulk() {
        assertThat(BodySizeLimit.isBulk("POST", "/api/v1/people/x/articles/import")).isFalse();
        assertThat(BodySizeLimit.isBulk("POST", "/articles/import")).isFalse();
        assertThat(BodySizeLimit.isBulk("POST", "/api/v1/articles/import/")).isFalse();
    }
}
