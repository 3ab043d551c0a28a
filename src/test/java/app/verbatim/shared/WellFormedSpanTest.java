package app.verbatim.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A span's fields are refused on their own paths with the messages of the field constraints the span constraint replaced. */
class WellFormedSpanTest {

    private static final jakarta.validation.ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    private final Validator validator = factory.getValidator();

    record Holder(@Valid TextSpan content) {
    }

    /** The field constraints a span had before, for their messages. */
    record FieldConstraints(@NotNull @PositiveOrZero Integer start, @NotNull @PositiveOrZero Integer end, @NotNull String text) {
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aWellFormedSpanPasses() {
        assertThat(validator.validate(new Holder(new TextSpan(0, 3, "abc", null, null)))).isEmpty();
        assertThat(validator.validate(new Holder(null))).isEmpty();
    }

    @Test
    void eachBadFieldIsNamedOnItsPathWithTheFieldConstraintsMessage() {
        @SuppressWarnings("NullAway")
        var span = new TextSpan(null, -1, null, null, null);
        @SuppressWarnings("NullAway")
        var fields = new FieldConstraints(null, -1, null);

        assertThat(byPath(validator.validate(new Holder(span)))).isEqualTo(byPath(validator.validate(fields)).entrySet().stream()
                .collect(Collectors.toMap(e -> "content." + e.getKey(), e -> e.getValue(), (a, b) -> a, TreeMap::new)));
        assertThat(byPath(validator.validate(new Holder(span)))).containsOnlyKeys("content.start", "content.end", "content.text");
    }

    @Test
    void aNegativeStartAloneIsTheOnlyProblem() {
        assertThat(byPath(validator.validate(new Holder(new TextSpan(-2, 3, "abc", null, null)))))
                .containsOnlyKeys("content.start");
    }

    private static <T> TreeMap<String, String> byPath(Set<ConstraintViolation<T>> violations) {
        return violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage,
                (a, b) -> a, TreeMap::new));
    }
}
