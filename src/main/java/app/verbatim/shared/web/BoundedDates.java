package app.verbatim.shared.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Dates and date-times in query parameters as RFC 3339 writes them: a four-digit year from 0001
 * to 9999, nothing else. Java's ISO parsers also take {@code +999999999-12-31} and year 0 or
 * below, which overflow later or which PostgreSQL refuses ("timestamp out of range"), and no
 * article is dated there. Registered after Spring's own, so it is tried first.
 */
final class BoundedDates implements GenericConverter {

    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DATE).appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).appendOffsetId()
            .toFormatter().withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, LocalDate.class), new ConvertiblePair(String.class, OffsetDateTime.class));
    }

    @Override
    public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null || ((String) source).isBlank()) {
            return null;
        }
        String text = ((String) source).strip();
        if (targetType.getType() == LocalDate.class) {
            return checked(LocalDate.parse(text, DATE), text);
        }
        var parsed = OffsetDateTime.parse(text, DATE_TIME);
        checked(parsed.toLocalDate(), text);
        // The same instant in UTC: PostgreSQL refuses offsets past 15:59 that RFC 3339 and Java allow.
        return parsed.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static LocalDate checked(LocalDate date, String text) {
        if (date.getYear() < 1) {
            throw new IllegalArgumentException("year before 0001: " + text);
        }
        return date;
    }
}
