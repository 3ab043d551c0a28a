package app.verbatim.draft.pipeline;

import app.verbatim.shared.TimeRef;
import app.verbatim.shared.TimeRef.Precision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Times as the text gives them ("April 3", "in May", "this year", "a few days ago", "today",
 * "last year", "on Monday", "March 5, 2016"), placed against the publication date. A time whose
 * year (or whole date) the text leaves to the reader is {@code stated: false}, with the
 * publication date as its {@code source}. Without a publication date such a time stays open.
 */
public final class Times {

    /**
     * A time in the text: {@code [start, end)} in UTF-16, its reading, and whether it is
     * {@code relative} (read against the publication date: a year left out, "today").
     */
    public record Found(int start, int end, @Nullable LocalDate earliest, @Nullable LocalDate latest, Precision precision,
                        boolean stated, @Nullable String source, String rule) {
    }

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) " + MONTH + "\\b(?!,? \\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in )?" + MONTH + " (\\d{4})\\b");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|by|since|until|till|from|during|early|late|mid-|last|next|this) " + MONTH + "\\b(?! \\d)");
    private static final Pattern IN_YEAR = Pattern.compile("\\b(?:in|since|by|until|during|of|from) ((?:19|20)\\d{2})\\b(?![-–]\\d)");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(today's|today|tonight|yesterday|tomorrow"
            + "|this (?:year|month|week)|last (?:year|month|week)|next (?:year|month|week)|the past year|the previous year|the coming year"
            + "|(?:a few|several|some|two|three|four|five|\\d+) (?:days|weeks|months|years) ago|a (?:day|week|month|year) ago"
            + "|earlier this (?:year|month|week)|later this (?:year|month|week)|recently)\\b");
    private static final Pattern ON_WEEKDAY = Pattern.compile("\\b(?:on |last |next |this )?" + WEEKDAY + "\\b");

    private Times() {
    }

    /**
     * Every time in the text, longest reading first where two overlap. {@code future} says, for
     * a position, whether its sentence speaks of what is to come (a "May" then is the next May).
     */
    public static List<Found> find(String text, @Nullable LocalDate published, java.util.function.IntPredicate future) {
        var found = new ArrayList<Found>();
        String given = published == null ? null : LONG.format(published);
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            var d = date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            if (d != null) {
                found.add(new Found(m.start(), m.end(), d, d, Precision.DAY, true, null, "time.date"));
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            var d = date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            if (d != null) {
                found.add(new Found(m.start(), m.end(), d, d, Precision.DAY, true, null, "time.date"));
            }
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            var ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
            found.add(new Found(m.start(), m.end(), ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH, true, null, "time.month_year"));
        }
        for (var p : List.of(MONTH_DAY, DAY_MONTH)) {
            m = p.matcher(text);
            while (m.find()) {
                boolean monthFirst = p == MONTH_DAY;
                Month month = month(m.group(monthFirst ? 1 : 2));
                int day = Integer.parseInt(m.group(monthFirst ? 2 : 1));
                if (day < 1 || day > month.maxLength()) {
                    continue;
                }
                if (published == null) {
                    found.add(new Found(m.start(), m.end(), null, null, Precision.DAY, false,
                            "The text gives no year, and the publication date is not known.", "time.day_no_year"));
                    continue;
                }
                boolean ahead = future.test(m.start());
                var d = nearestYear(published, month, day, ahead);
                found.add(new Found(m.start(), m.end(), d, d, Precision.DAY, false, yearSource(d.getYear(), published, ahead),
                        !ahead && d.isAfter(published) ? "time.day_no_year_after" : "time.day_no_year"));
            }
        }
        m = IN_MONTH.matcher(text);
        while (m.find()) {
            Month month = month(m.group(1));
            int start = m.group().startsWith("in ") || m.group().startsWith("In ") ? m.start() : m.start(1);
            if (published == null) {
                found.add(new Found(start, m.end(), null, null, Precision.MONTH, false,
                        "The text gives no year, and the publication date is not known.", "time.month_no_year"));
                continue;
            }
            String lead = m.group().substring(0, m.start(1) - m.start()).strip();
            boolean ahead = lead.equals("next") || !lead.equals("last") && future.test(m.start());
            int year = published.getYear();
            int months = month.getValue() - published.getMonthValue();
            if (lead.equals("last")) {
                year -= months >= 0 ? 1 : 0;
            } else if (ahead) {
                year += months < 0 ? 1 : 0;
            } else if (months > 6) {
                year--;  // the nearest such month: "in November" read in March is last November
            } else if (months < -6) {
                year++;
            }
            var ym = YearMonth.of(year, month);
            boolean flagged = !ahead && ym.atDay(1).isAfter(published);
            found.add(new Found(start, m.end(), ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH, false,
                    yearSource(year, published, ahead), flagged ? "time.month_no_year_after" : "time.month_no_year"));
        }
        m = IN_YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            found.add(new Found(m.start(1), m.end(1), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR, true, null, "time.year"));
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            found.add(relative(m.group(1), m.start(1), m.end(1), published, given));
        }
        m = ON_WEEKDAY.matcher(text);
        while (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            if (published == null) {
                found.add(new Found(m.start(), m.end(), null, null, Precision.DAY, false,
                        "The text gives only the day of the week, and the publication date is not known.", "time.weekday"));
                continue;
            }
            String lead = m.group().substring(0, m.start(1) - m.start()).strip();
            boolean ahead = lead.equals("next") || !lead.equals("last") && future.test(m.start());
            LocalDate d = published;
            if (ahead) {
                do {
                    d = d.plusDays(1);
                } while (d.getDayOfWeek() != day);
            } else {
                while (d.getDayOfWeek() != day) {
                    d = d.minusDays(1);
                }
                if (lead.equals("last") && d.equals(published)) {
                    d = d.minusDays(7);
                }
            }
            found.add(new Found(m.start(), m.end(), d, d, Precision.DAY, false,
                    "The text gives only the day of the week; %s is the %s %s the article's date (%s)."
                            .formatted(LONG.format(d), m.group(1), ahead ? "after" : "on or before", given), "time.weekday"));
        }
        // Longest first where readings overlap ("March 5, 2016" over "March 5").
        found.sort(Comparator.comparingInt((Found f) -> f.end() - f.start()).reversed().thenComparingInt(Found::start));
        var kept = new ArrayList<Found>();
        for (var f : found) {
            if (kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Found::start));
        return kept;
    }

    /** Where a year the text leaves out comes from: the publication's, or the one before or after it. */
    private static String yearSource(int year, LocalDate published, boolean ahead) {
        String given = LONG.format(published);
        if (year == published.getYear()) {
            return "The text gives no year; %d is the year the article was published (%s).".formatted(year, given);
        }
        return ahead ? "The text gives no year; %d is the first such date after the article's date (%s) for what the text says is to come."
                .formatted(year, given)
                : "The text gives no year; %d puts it nearest the article's date (%s).".formatted(year, given);
    }

    private static Found relative(String words, int start, int end, @Nullable LocalDate p, @Nullable String given) {
        String w = words.toLowerCase(Locale.ROOT);
        if (p == null) {
            return new Found(start, end, null, null, w.contains("day") || w.startsWith("to") || w.startsWith("yester") ? Precision.DAY
                    : Precision.APPROXIMATE, false, "\"%s\" depends on the article's date, which is not known.".formatted(words), "time.relative");
        }
        String asOf = "\"%s\" as of the article's date, %s.".formatted(words, given);
        String noYear = "The text gives no year; %d is the year the article was published (%s).".formatted(p.getYear(), given);
        if (w.equals("today") || w.equals("today's") || w.equals("tonight")) {
            return new Found(start, end, p, p, Precision.DAY, false, noYear, "time.today");
        }
        if (w.equals("yesterday")) {
            return new Found(start, end, p.minusDays(1), p.minusDays(1), Precision.DAY, false, asOf, "time.yesterday");
        }
        if (w.equals("tomorrow")) {
            return new Found(start, end, p.plusDays(1), p.plusDays(1), Precision.DAY, false, asOf, "time.tomorrow");
        }
        int year = p.getYear();
        if (w.endsWith("year")) {
            int y = w.startsWith("last") || w.contains("past") || w.contains("previous") || w.contains("a year ago") ? year - 1
                    : w.startsWith("next") || w.contains("coming") ? year + 1 : year;
            if (w.contains("a year ago")) {
                return new Found(start, end, p.minusYears(1), p.minusYears(1), Precision.APPROXIMATE, false, asOf, "time.ago");
            }
            return new Found(start, end, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR, false,
                    y == year ? noYear : asOf, "time.year_relative");
        }
        if (w.endsWith("month")) {
            var ym = YearMonth.from(p).plusMonths(w.startsWith("last") ? -1 : w.startsWith("next") ? 1 : 0);
            return new Found(start, end, ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH, false, asOf, "time.month_relative");
        }
        if (w.endsWith("week")) {
            var monday = p.minusDays(p.getDayOfWeek().getValue() - 1L).plusWeeks(w.startsWith("last") ? -1 : w.startsWith("next") ? 1 : 0);
            return new Found(start, end, monday, monday.plusDays(6), Precision.APPROXIMATE, false, asOf, "time.week_relative");
        }
        if (w.equals("recently")) {
            return new Found(start, end, null, p, Precision.APPROXIMATE, false, asOf, "time.recently");
        }
        if (w.endsWith("ago")) {
            var n = Pattern.compile("^(\\d+|two|three|four|five|a|a few|several|some) (day|week|month|year)s? ago$").matcher(w);
            if (n.find()) {
                String count = n.group(1);
                String unit = n.group(2);
                Integer exact = switch (count) {
                    case "a" -> 1;
                    case "two" -> 2;
                    case "three" -> 3;
                    case "four" -> 4;
                    case "five" -> 5;
                    case "a few", "several", "some" -> null;
                    default -> Integer.parseInt(count);
                };
                if (exact == null) {
                    // "a few days ago": before the article's date, by how much the text does not say.
                    LocalDate latest = switch (unit) {
                        case "day" -> p.minusDays(1);
                        case "week" -> p.minusWeeks(1);
                        case "month" -> p.minusMonths(1);
                        default -> p.minusYears(1);
                    };
                    return new Found(start, end, null, latest, Precision.APPROXIMATE, false, asOf, "time.ago");
                }
                LocalDate d = switch (unit) {
                    case "day" -> p.minusDays(exact);
                    case "week" -> p.minusWeeks(exact);
                    case "month" -> p.minusMonths(exact);
                    default -> p.minusYears(exact);
                };
                return new Found(start, end, d, d, unit.equals("day") ? Precision.DAY : Precision.APPROXIMATE, false, asOf, "time.ago");
            }
        }
        return new Found(start, end, null, null, Precision.APPROXIMATE, false, asOf, "time.relative");
    }

    /**
     * The year for a day the text gives without one: the first on or after the article's date for
     * what the sentence says is to come; otherwise the one nearest the article's date, either side
     * (news speaks mostly of its own weeks; tense is too weak a cue, "had hoped for a vote before
     * the summit on June 12"). A day so placed after the article's date is flagged by its rule.
     */
    private static LocalDate nearestYear(LocalDate published, Month month, int day, boolean ahead) {
        LocalDate best = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            var d = LocalDate.of(year, month, Math.min(day, month.length(java.time.Year.isLeap(year))));
            if (ahead && d.isBefore(published)) {
                continue;
            }
            if (best == null || Math.abs(d.toEpochDay() - published.toEpochDay()) < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                best = d;
            }
        }
        // The year after the article's always qualifies: that date is after the article's.
        return Objects.requireNonNull(best);
    }

    private static @Nullable LocalDate date(int year, Month month, int day) {
        if (day < 1 || day > month.length(java.time.Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    static Month month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(n.substring(0, Math.min(3, n.length())))) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /**
     * A day or month placed after the article's date for want of a cue, when the event's own verb
     * is in the past tense ("signed … on May 4"): the year before.
     */
    public static Found inThePast(Found f, LocalDate published) {
        if (!f.rule().endsWith("_after") || f.earliest() == null || f.latest() == null) {
            return f;
        }
        var earliest = f.earliest().minusYears(1);
        var latest = f.precision() == Precision.MONTH ? YearMonth.from(earliest).atEndOfMonth() : f.latest().minusYears(1);
        return new Found(f.start(), f.end(), earliest, latest, f.precision(), false,
                "The text gives no year; %d is the year before the article's date (%s): the event is told in the past tense."
                        .formatted(earliest.getYear(), LONG.format(published)), f.rule().replace("_after", "_past_tense"));
    }

    public static TimeRef toRef(Found f, Body body) {
        return new TimeRef(f.earliest(), f.latest(), f.precision(), body.span(f.start(), f.end()), f.stated(), f.source());
    }
}
