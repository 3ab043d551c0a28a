package app.verbatim.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * A span's own fields, checked as one constraint: {@code start} and {@code end} given and not
 * negative, {@code text} given. Each failure is reported on its field with the standard
 * message ({@code quotes[0].content.start: must not be null}), as the field constraints it
 * replaces reported it. One constraint instead of five a span: an imported article holds about a
 * hundred spans, and Hibernate Validator builds a path and a context for every constraint it
 * evaluates (about half its allocations in a bulk import). Whether the span fits the body is
 * {@link Anchors}'s check.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WellFormedSpan.Check.class)
public @interface WellFormedSpan {

    String message() default "is not a well-formed span";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<WellFormedSpan, TextSpan> {

        private static final String NOT_NULL = "{jakarta.validation.constraints.NotNull.message}";
        private static final String NOT_NEGATIVE = "{jakarta.validation.constraints.PositiveOrZero.message}";

        @Override
        public boolean isValid(@Nullable TextSpan span, ConstraintValidatorContext context) {
            if (span == null) {
                return true;
            }
            @Nullable Integer start = span.start();
            @Nullable Integer end = span.end();
            @Nullable String text = span.text();
            if (start != null && start >= 0 && end != null && end >= 0 && text != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            offset(start, "start", context);
            offset(end, "end", context);
            if (text == null) {
                fail(NOT_NULL, "text", context);
            }
            return false;
        }

        private static void offset(@Nullable Integer offset, String field, ConstraintValidatorContext context) {
            if (offset == null) {
                fail(NOT_NULL, field, context);
            } else if (offset < 0) {
                fail(NOT_NEGATIVE, field, context);
            }
        }

        private static void fail(String message, String field, ConstraintValidatorContext context) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        }
    }
}
