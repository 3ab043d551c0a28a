package app.verbatim.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/**
 * When an event happens, as a news text puts it, relative to the article's date: a day, a month,
 * a year, "last week", "by the end of 2027", with the dates it means and whether the text states
 * them outright or leaves them to be worked out from the article's date.
 */
final class EventDates {

    private EventDates() {
    }

    /** When an event happens, as the text puts it; {@code lead} comes before the span ("on "). */
    record When(String lead, String text, @Nullable LocalDate earliest, @Nullable LocalDate latest,
                String precision, boolean stated, @Nullable String source) {
    }

    private static final String NO_YEAR = "The text gives no year; it is the year of the article’s date.";
    private static final String RELATIVE = "Counted from the article’s date.";

    /** A time before the article's date, as a report of something done puts it. */
    static When past(Draft d) {
        var r = d.r;
        var day = d.date;
        switch (r.nextInt(8)) {
            case 0 -> {
                return onDate(day.minusDays(1 + r.nextInt(60)));
            }
            case 1 -> {
                return onDay(day.minusDays(1 + r.nextInt(30)), day);
            }
            case 2 -> {
                var x = day.minusDays(1);
                return new When("", "yesterday", x, x, "DAY", false, RELATIVE);
            }
            case 3 -> {
                var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                return new When("", "last week", monday, monday.plusDays(6), "APPROXIMATE", false, RELATIVE);
            }
            case 4 -> {
                return new When("", "a few days ago", day.minusDays(7), day.minusDays(2), "APPROXIMATE", false, RELATIVE);
            }
            case 5 -> {
                var m = day.withDayOfMonth(1).minusMonths(1 + r.nextInt(24));
                return new When("", "in " + Lexicon.MONTHS.words[m.getMonthValue() - 1] + " " + m.getYear(), m,
                        m.with(TemporalAdjusters.lastDayOfMonth()), "MONTH", true, null);
            }
            case 6 -> {
                return inYear(day.getYear() - 1 - r.nextInt(10));
            }
            default -> {
                if (day.getDayOfYear() == 1) {
                    return new When("", "yesterday", day.minusDays(1), day.minusDays(1), "DAY", false, RELATIVE);
                }
                return new When("", "earlier this year", day.withDayOfYear(1), day.minusDays(1), "APPROXIMATE", false, RELATIVE);
            }
        }
    }

    /** A time around the article's date: this week, this month. */
    static When ongoing(Draft d) {
        var day = d.date;
        if (d.r.nextBoolean()) {
            var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new When("", "this week", monday, monday.plusDays(6), "APPROXIMATE", false, RELATIVE);
        }
        return new When("", "this month", day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()), "MONTH", false, RELATIVE);
    }

    /** A time after the article's date, as an announcement puts it; sometimes only a bound. */
    static When planned(Draft d) {
        var r = d.r;
        var day = d.date;
        switch (r.nextInt(7)) {
            case 0 -> {
                return onDay(day.plusDays(1 + r.nextInt(90)), day);
            }
            case 1 -> {
                return onDate(day.plusDays(1 + r.nextInt(300)));
            }
            case 2 -> {
                return nextMonth(day);
            }
            case 3 -> {
                return inYear(day.getYear() + 1 + r.nextInt(5));
            }
            case 4 -> {
                if (day.getMonthValue() == 12) {
                    return nextMonth(day);
                }
                var m = day.withDayOfMonth(1).plusMonths(1 + r.nextInt(12 - day.getMonthValue()));
                return new When("", "in " + Lexicon.MONTHS.words[m.getMonthValue() - 1], m,
                        m.with(TemporalAdjusters.lastDayOfMonth()), "MONTH", false, NO_YEAR);
            }
            case 5 -> {
                int year = day.getYear() + r.nextInt(3);
                return new When("", "by the end of " + year, null, LocalDate.of(year, 12, 31), "APPROXIMATE", true, null);
            }
            default -> {
                return new When("", "at a date yet to be set", day, null, "APPROXIMATE", false, "The text sets no date; it is only after the article’s.");
            }
        }
    }

    /** "on 3 March 2024": a day, with its year. */
    private static When onDate(LocalDate x) {
        return new When("on ", dayMonth(x) + " " + x.getYear(), x, x, "DAY", true, null);
    }

    /** "on 3 March", leaving out the year when it is the article's. */
    private static When onDay(LocalDate x, LocalDate day) {
        if (x.getYear() == day.getYear()) {
            return new When("on ", dayMonth(x), x, x, "DAY", false, NO_YEAR);
        }
        return onDate(x);
    }

    private static When nextMonth(LocalDate day) {
        var m = day.withDayOfMonth(1).plusMonths(1);
        return new When("", "next month", m, m.with(TemporalAdjusters.lastDayOfMonth()), "MONTH", false, RELATIVE);
    }

    private static When inYear(int year) {
        return new When("", "in " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "YEAR", true, null);
    }

    private static String dayMonth(LocalDate x) {
        return x.getDayOfMonth() + " " + Lexicon.MONTHS.words[x.getMonthValue() - 1];
    }
}
