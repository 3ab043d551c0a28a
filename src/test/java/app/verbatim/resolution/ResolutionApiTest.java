package app.verbatim.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reading resolutions, with inferred numbers marked as such. */
@ApiTest
class ResolutionApiTest {

    @Autowired
    Api api;

    @Test
    void servesResolutionsWithInferredNumbersMarkedAsSuch() {
        var items = api.get("/api/v1/resolutions").json().get("items");

        assertThat(items).hasSize(5);
        var first = items.get(0);
        assertThat(first.get("identifier").get("value").asString()).isEqualTo("822");
        assertThat(first.get("identifier").get("stated").asBoolean()).isFalse();
        assertThat(first.get("identifier").get("source").asString()).contains("four resolutions");
        assertThat(first.get("demands").get("span").get("text").asString())
                .isEqualTo("the immediate and unconditional withdrawal of Armenian forces from the occupied territories");
        var declaration = items.get(4);
        assertThat(declaration.get("kind").asString()).isEqualTo("joint_declaration");
        assertThat(declaration.get("identifier").isNull()).isTrue();
        assertThat(api.get("/api/v1/resolutions/" + first.get("id").asLong()).json().get("title").asString())
                .isEqualTo("UN Security Council Resolution 822");
    }
}
