package app.verbatim.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/** A requested page: what a client may ask for, and what it is refused. */
class PageQueryTest {

    @Test
    void noParametersIsTheFirstPageOfTwenty() {
        assertThat(PageQuery.of(null, null)).isEqualTo(new PageQuery(0, 20));
    }

    @Test
    void aSizePastTheMaximumIsClampedNotRefused() {
        assertThat(PageQuery.of(2, 5000)).isEqualTo(new PageQuery(2, PageQuery.MAX_SIZE));
    }

    @Test
    void aSizeBelowOneIsRefusedNamingSize() {
        assertThatThrownBy(() -> PageQuery.of(0, 0)).isInstanceOfSatisfying(BadParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("size"));
        assertThatThrownBy(() -> PageQuery.of(null, -3)).isInstanceOf(BadParameterException.class);
    }

    @Test
    void aNegativePageIsRefusedNamingPage() {
        assertThatThrownBy(() -> PageQuery.of(-1, 10)).isInstanceOfSatisfying(BadParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("page"));
    }

    @Test
    void pagesReachDownToTheWindowAndNoFurther() {
        assertThat(PageQuery.of(99, 100).offset()).isEqualTo(9_900);
        assertThat(PageQuery.of(499, 20).offset()).isEqualTo(9_980);

        assertThatThrownBy(() -> PageQuery.of(100, 100)).isInstanceOfSatisfying(BadParameterException.class,
                e -> assertThat(e.getMessage()).contains("10000"));
        assertThatThrownBy(() -> PageQuery.of(500, 20)).isInstanceOf(BadParameterException.class);
    }

    @Test
    void theDeepestPageCannotOverflowIntoAShallowOne() {
        assertThatThrownBy(() -> PageQuery.of(Integer.MAX_VALUE, 100)).isInstanceOf(BadParameterException.class);
    }

    @Test
    void itsOffsetAndPageableAgree() {
        var page = PageQuery.of(3, 25);

        assertThat(page.offset()).isEqualTo(75);
        assertThat(page.pageable(Sort.by("id")).getOffset()).isEqualTo(75);
        assertThat(page.pageable(Sort.by("id")).getPageSize()).isEqualTo(25);
    }
}
