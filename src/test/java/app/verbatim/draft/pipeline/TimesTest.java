package app.verbatim.draft.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.shared.TimeRef.Precision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Times as texts give them, placed against a publication date (Wednesday, March 4, 2020). */
class TimesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2020, 3, 4);

    private static Times.Found only(String text, boolean future) {
        List<Times.Found> found = Times.find(text, PUBLISHED, at -> future);
        assertThat(found).as(text).hasSize(1);
        return found.getFirst();
    }

    @Test
    void aDayWithoutAYearTakesThePublicationYearAndSaysSo() {
        var f = only("The talks took place on March 2.", false);
        assertThat(f.earliest()).isEqualTo(LocalDate.of(2020, 3, 2)).isEqualTo(f.latest());
        assertThat(f.precision()).isEqualTo(Precision.DAY);
        assertThat(f.stated()).isFalse();
        assertThat(f.source()).isEqualTo("The text gives no year; 2020 is the year the article was published (March 4, 2020).");
    }

    @Test
    void aDayWithoutAYearIsTheOneNearestTheDateAndFlaggedWhenItFallsAfterIt() {
        var after = only("The summit on June 12 was postponed.", false);
        assertThat(after.earliest()).isEqualTo(LocalDate.of(2020, 6, 12));
        assertThat(after.rule()).isEqualTo("time.day_no_year_after");
        var before = only("The talks on November 20 ended without a deal.", false);
        assertThat(before.earliest()).isEqualTo(LocalDate.of(2019, 11, 20));
        assertThat(before.source()).isEqualTo("The text gives no year; 2019 puts it nearest the article's date (March 4, 2020).");
    }

    @Test
    void aMonthToComeIsTheNextOneAndAMonthGoneTheLastOne() {
        var ahead = only("The commission is due to meet in February.", true);
        assertThat(ahead.earliest()).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(ahead.latest()).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(ahead.precision()).isEqualTo(Precision.MONTH);
        var gone = only("The commission met in October.", false);
        assertThat(gone.earliest()).isEqualTo(LocalDate.of(2019, 10, 1));
        var last = only("The commission met last May.", false);
        assertThat(last.earliest()).isEqualTo(LocalDate.of(2019, 5, 1));
    }

    @Test
    void relativeTimesAreReadAgainstThePublicationDate() {
        assertThat(only("This year we celebrate.", false).earliest()).isEqualTo(LocalDate.of(2020, 1, 1));
        var lastYear = only("Trade grew last year.", false);
        assertThat(List.of(lastYear.earliest(), lastYear.latest())).containsExactly(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
        assertThat(lastYear.precision()).isEqualTo(Precision.YEAR);
        var fewDays = only("A few days ago the first cargo left.", false);
        assertThat(fewDays.earliest()).isNull();
        assertThat(fewDays.latest()).isEqualTo(LocalDate.of(2020, 3, 3));
        assertThat(fewDays.precision()).isEqualTo(Precision.APPROXIMATE);
        assertThat(fewDays.source()).isEqualTo("\"A few days ago\" as of the article's date, March 4, 2020.");
        var today = only("The declaration signed today", false);
        assertThat(today.earliest()).isEqualTo(PUBLISHED);
        assertThat(today.stated()).isFalse();
    }

    @Test
    void aWeekdayIsTheLastOneForWhatHappenedAndTheNextOneForWhatIsPlanned() {
        assertThat(only("They met on Monday.", false).earliest()).isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(only("They will meet on Monday.", true).earliest()).isEqualTo(LocalDate.of(2020, 3, 9));
    }

    @Test
    void aFullDateIsStatedAndWinsOverTheDayInsideIt() {
        var f = only("The bridge opened on March 5, 1961.", false);
        assertThat(f.earliest()).isEqualTo(LocalDate.of(1961, 3, 5));
        assertThat(f.stated()).isTrue();
        assertThat(f.source()).isNull();
    }

    @Test
    void withoutAPublicationDateATimeLeftToTheReaderStaysOpen() {
        var found = Times.find("The talks took place on April 3.", null, at -> false);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.earliest()).isNull();
            assertThat(f.latest()).isNull();
            assertThat(f.stated()).isFalse();
            assertThat(f.source()).contains("publication date is not known");
        });
    }

    @Test
    void mayTheModalVerbIsNoTime() {
        assertThat(Times.find("Prices may fall. They may rise in June.", PUBLISHED, at -> false))
                .extracting(f -> f.earliest()).containsExactly(LocalDate.of(2020, 6, 1));
    }
}
