package app.verbatim.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Query parameters become a record as @RequestParam arguments would: without a server or a database. */
class QueryRecordTest {

    enum Kind { DIRECT, INDIRECT }

    record Query(@Nullable List<String> speaker, @Nullable Kind kind, @Nullable String q, @Nullable LocalDate from,
                 @Nullable Integer page) {
    }

    private final DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();

    {
        conversion.addConverter(new BoundedDates());
    }

    private Query bind(Map<String, String[]> parameters) {
        return (Query) QueryRecord.of(Query.class).bind(parameters::get, conversion, parameter());
    }

    @Test
    void takesItsParameterNamesFromTheComponents() {
        assertThat(QueryRecord.of(Query.class).names()).containsExactly("speaker", "kind", "q", "from", "page");
        assertThat(QueryRecord.of(Query.class)).as("computed once per type").isSameAs(QueryRecord.of(Query.class));
    }

    @Test
    void convertsEachValueAndLeavesTheMissingOnesNull() {
        var query = bind(Map.of("kind", new String[] {"DIRECT"}, "from", new String[] {"2017-04-03"}, "page", new String[] {"2"}));
        assertThat(query).isEqualTo(new Query(null, Kind.DIRECT, null, LocalDate.of(2017, 4, 3), 2));
        assertThat(bind(Map.of())).isEqualTo(new Query(null, null, null, null, null));
    }

    @Test
    void fillsAListFromRepeatedValuesAndTakesTheFirstOfAnyOther() {
        var query = bind(Map.of("speaker", new String[] {"aliyev", "nazarbayev"}, "page", new String[] {"1", "2"},
                "q", new String[] {"a", "b"}));
        assertThat(query.speaker()).containsExactly("aliyev", "nazarbayev");
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.q()).isEqualTo("a,b");
    }

    @Test
    void readsAnEmptyChoiceAsNone() {
        assertThat(bind(Map.of("kind", new String[] {""})).kind()).isNull();
        assertThat(bind(Map.of("page", new String[] {""})).page()).isNull();
    }

    @Test
    void namesTheParameterAndTheTypeAValueDoesNotFit() {
        assertThatThrownBy(() -> bind(Map.of("page", new String[] {"abc"})))
                .isInstanceOfSatisfying(MethodArgumentTypeMismatchException.class, e -> {
                    assertThat(e.getName()).isEqualTo("page");
                    assertThat(e.getRequiredType()).isEqualTo(Integer.class);
                });
        assertThatThrownBy(() -> bind(Map.of("from", new String[] {"0000-01-01"})))
                .isInstanceOfSatisfying(MethodArgumentTypeMismatchException.class, e -> assertThat(e.getName()).isEqualTo("from"));
        assertThatThrownBy(() -> bind(Map.of("kind", new String[] {"bogus"})))
                .isInstanceOfSatisfying(MethodArgumentTypeMismatchException.class, e -> assertThat(e.getRequiredType()).isEqualTo(Kind.class));
    }

    private static MethodParameter parameter() {
        try {
            return new MethodParameter(QueryRecordTest.class.getDeclaredMethod("handler", Query.class), 0);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unused")
    private static void handler(Query query) {
    }
}
