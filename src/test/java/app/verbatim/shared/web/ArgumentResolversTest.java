package app.verbatim.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.JsonNode;

/** What a handler's Precondition and @Body arguments are bound from: without a server or a database. */
class ArgumentResolversTest {

    record Input(String name) {
    }

    @SuppressWarnings("unused")
    void handler(@Body Input input, @Body Edit<Input> edit, @Body JsonNode tree, Precondition precondition, String other) {
    }

    private static MethodParameter parameter(int index) {
        try {
            Method handler = ArgumentResolversTest.class.getDeclaredMethod("handler", Input.class, Edit.class, JsonNode.class,
                    Precondition.class, String.class);
            return new MethodParameter(handler, index);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static Precondition precondition(String... ifMatch) {
        var request = new MockHttpServletRequest();
        for (String value : ifMatch) {
            request.addHeader("If-Match", value);
        }
        return new PreconditionResolver().resolveArgument(parameter(3), null, new ServletWebRequest(request), null);
    }

    @Test
    void aMissingOrBlankIfMatchIsNoPreconditionForTheServiceToRefuseAfterFindingTheRecord() {
        assertThat(precondition()).isEqualTo(Precondition.NONE);
        assertThat(precondition(" ")).isEqualTo(Precondition.NONE);
    }

    @Test
    void ifMatchHeadersAreReadAsOneList() {
        assertThat(precondition("*")).isEqualTo(Precondition.ANY);
        var both = precondition("\"a\"", "W/\"b\", \"c\"");
        assertThat(both.tags()).extracting(Object::toString).containsExactly("\"a\"", "W/\"b\"", "\"c\"");
        assertThat(both.matches("\"c\"")).isTrue();
        assertThat(both.matches("\"b\"")).as("a weak tag never matches").isFalse();
    }

    @Test
    void onlyPreconditionParametersAreTheirs() {
        var resolver = new PreconditionResolver();
        assertThat(resolver.supportsParameter(parameter(3))).isTrue();
        assertThat(resolver.supportsParameter(parameter(4))).isFalse();
    }

    @Test
    void aBodyIsReadAsItsTypeAnEditAsAPatchOfItsTypeArgument() {
        assertThat(BodyResolver.Reading.of(parameter(0))).isEqualTo(new BodyResolver.Reading(Input.class, false));
        assertThat(BodyResolver.Reading.of(parameter(1))).isEqualTo(new BodyResolver.Reading(Input.class, true));
        assertThat(BodyResolver.Reading.of(parameter(2))).isEqualTo(new BodyResolver.Reading(JsonNode.class, false));
        var resolver = new BodyResolver(null, null);
        assertThat(resolver.supportsParameter(parameter(1))).isTrue();
        assertThat(resolver.supportsParameter(parameter(3))).isFalse();
    }
}
