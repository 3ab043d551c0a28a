package app.verbatim.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request body, as a typed input: {@code @Body QuoteInput input} is the JSON object read and
 * validated by {@link InputReader#read} (422 naming every failing field, unknown keys refused);
 * {@code @Body Edit<QuoteInput> edit} is a JSON Merge Patch of a {@code QuoteInput}
 * ({@link InputReader#mergePatch}); {@code @Body JsonNode} is the tree itself, for a service that
 * reads it (it is not documented: the handler's own {@code @RequestBody} annotation says what it is). The JSON is read as for {@code @RequestBody}: a body that is
 * missing or not JSON is a 400, a media type the mapping does not {@code consume} a 415.
 * The OpenAPI document shows the body as the type's schema (a merge patch's: {@code <Type>Patch}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Body {

    /** What the document says of the body; a merge patch says it patches the fields when this is empty. */
    String description() default "";
}
