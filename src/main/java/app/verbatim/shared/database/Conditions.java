package app.verbatim.shared.database;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The WHERE of a search and its parameters, built filter by filter: a filter the client left out
 * adds nothing.
 */
public final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    /** Adds {@code condition}, whose parameter {@code name} is {@code value}, when there is a value. */
    public Conditions and(String condition, String name, @Nullable Object value) {
        if (value != null) {
            conditions.add(condition);
            params.addValue(name, value);
        }
        return this;
    }

    /** Adds a condition whose parameters, if any, are given with {@link #param}. */
    public Conditions and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Puts {@code replacement} where {@code condition} was: the same test, written for another plan. */
    public Conditions replace(String condition, String replacement) {
        conditions.set(conditions.indexOf(condition), replacement);
        return this;
    }

    public Conditions param(String name, @Nullable Object value) {
        params.addValue(name, value);
        return this;
    }

    /** {@code " where a and b"}, or nothing when there is no condition. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public MapSqlParameterSource params() {
        return params;
    }
}
