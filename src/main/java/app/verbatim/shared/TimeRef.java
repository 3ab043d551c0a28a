package app.verbatim.shared;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When something happened, as precisely as the text allows: the earliest and latest day it can
 * be ({@code null} for an open end), the precision the text gives ("May" is a month, not May 1),
 * the words it rests on, and whether it is all stated by the text. When any part comes from
 * outside the text (a year, a date), {@code stated} is false and {@code source} says where from.
 */
@Embeddable
public record TimeRef(
        @Nullable LocalDate earliest,
        @Nullable LocalDate latest,
        @NotNull @Enumerated(EnumType.STRING) Precision precision,
        @Valid @Embedded @Nullable TextSpan span,
        boolean stated,
        @Nullable String source) {

    public enum Precision { DAY, MONTH, YEAR, APPROXIMATE }
}
