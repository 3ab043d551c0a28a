package app.verbatim.shared.database;

import app.verbatim.shared.web.ProblemType;
import app.verbatim.shared.ServiceBusyException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a failure says about the database, for the caller: a dependency that is down or too busy
 * is the server's trouble (5xx with {@code Retry-After}), never a 500 "internal" error and never a
 * wait of 30 s. Read from the SQLSTATEs in the cause chain first (they say what happened whichever
 * layer wrapped them: Hikari, Hibernate, Spring), then from Spring's and Hibernate's types.
 */
public record DatabaseFault(ProblemType type, int retryAfterSeconds, String detail) {

    /** No connection can be had: PostgreSQL is stopped, restarting, or not reachable. */
    public static final DatabaseFault UNREACHABLE = new DatabaseFault(ProblemType.UNAVAILABLE, 2, "The database is not reachable; try again shortly.");
    /** The database is up but has no room now: the pool is exhausted, the expensive-search limit reached, a deadlock lost. */
    public static final DatabaseFault BUSY = new DatabaseFault(ProblemType.BUSY, 1, "The service is at capacity; try again shortly.");
    /** A statement ran past the statement timeout or waited past the lock timeout. */
    public static final DatabaseFault TIMEOUT = new DatabaseFault(ProblemType.TIMEOUT, 1, "The database did not answer in time; try again shortly.");

    /** The fault a failure shows, or null when it is not one (a bug, a constraint, bad input). */
    public static @Nullable DatabaseFault of(Throwable failure) {
        DatabaseFault byType = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceBusyException) {
                return BUSY;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                // A constraint refused the write: the caller's conflict, however it was wrapped.
                return null;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                var fault = ofSqlState(sql.getSQLState());
                if (fault != null) {
                    return fault;
                }
            }
            if (t instanceof ConnectException) {
                return UNREACHABLE;
            }
            // The deepest type wins: a CannotCreateTransactionException may wrap an exhausted pool.
            var typed = ofType(t);
            if (typed != null) {
                byType = typed;
            }
        }
        return byType;
    }

    /** True when a failure is a connection that could not be made or was lost: worth asking whether the database is down. */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** A unique, foreign-key, check or exclusion constraint refused the write (class 23). */
    public static boolean isConstraintViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t instanceof org.springframework.dao.DataIntegrityViolationException) {
                return true;
            }
        }
        return false;
    }

    static @Nullable DatabaseFault ofSqlState(String state) {
        if (state.startsWith("08")) {
            // connection_exception: refused, lost, closed (08001, 08004, 08006, 08003).
            return UNREACHABLE;
        }
        return switch (state) {
            // admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down).
            case "57P01", "57P02", "57P03" -> UNREACHABLE;
            // query_canceled (statement_timeout), lock_not_available (lock_timeout).
            case "57014", "55P03" -> TIMEOUT;
            // serialization_failure, deadlock_detected: a retry succeeds; too_many_connections and other
            // insufficient_resources: the server is full.
            case "40001", "40P01", "53000", "53100", "53200", "53300", "53400" -> BUSY;
            default -> null;
        };
    }

    private static @Nullable DatabaseFault ofType(Throwable t) {
        if (t instanceof QueryTimeoutException || t instanceof org.hibernate.QueryTimeoutException
                || t instanceof jakarta.persistence.QueryTimeoutException || t instanceof java.sql.SQLTimeoutException) {
            return TIMEOUT;
        }
        if (t instanceof PessimisticLockingFailureException || t instanceof org.hibernate.PessimisticLockException
                || t instanceof jakarta.persistence.PessimisticLockException) {
            return BUSY;
        }
        if (t instanceof SQLTransientConnectionException) {
            // Hikari's "connection is not available" with no failure to connect behind it: every connection is busy.
            return BUSY;
        }
        // Hibernate's "unable to commit/rollback against JDBC connection": the connection went away
        // mid-transaction (the pool then says only "connection is closed", without a SQLSTATE).
        if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                || t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof org.hibernate.TransactionException) {
            return UNREACHABLE;
        }
        return null;
    }
}
