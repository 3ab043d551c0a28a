package app.verbatim.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generic plans for the rest of the current transaction, for writes of whole documents. The
 * service's connections ask for custom plans ({@code plan_cache_mode = force_custom_plan} in
 * application.yaml): its reads meet skewed data, and a plan made for the actual values wins
 * there. PostgreSQL's foreign-key checks are cached plans too and obey the same setting, so a
 * write of many rows would plan every row's check again, a primary-key probe that one generic
 * plan serves for every value (2 000 articles: 213 000 plans, a third of the database's time).
 * {@code SET LOCAL} ends with the transaction: the pooled connection is handed back as it was.
 */
public final class GenericPlans {

    private static final String FOR_THIS_TRANSACTION = "SET LOCAL plan_cache_mode = force_generic_plan";

    private GenericPlans() {
    }

    /** On the transaction's own connection, as the bulk import holds it. */
    public static void forThisTransaction(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(FOR_THIS_TRANSACTION);
        }
    }

    /** On the connection of the transaction the client takes part in. */
    public static void forThisTransaction(JdbcClient jdbc) {
        jdbc.sql(FOR_THIS_TRANSACTION).update();
    }
}
