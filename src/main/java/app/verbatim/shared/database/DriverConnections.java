package app.verbatim.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** Connections of this module's own, straight from the driver rather than from the pool. */
final class DriverConnections {

    private DriverConnections() {
    }

    /**
     * Connects with the database's URL and credentials. A refused connection fails at once; the
     * timeouts bound a host that does not answer: 1 s to connect, 2 s to log in, and
     * {@code socketTimeoutSeconds} for any one answer after that.
     */
    static Connection open(JdbcConnectionDetails database, int socketTimeoutSeconds, @Nullable String applicationName)
            throws SQLException {
        var properties = new Properties();
        if (database.getUsername() != null) {
            properties.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("connectTimeout", "1");
        properties.setProperty("loginTimeout", "2");
        properties.setProperty("socketTimeout", Integer.toString(socketTimeoutSeconds));
        if (applicationName != null) {
            properties.setProperty("ApplicationName", applicationName);
        }
        return DriverManager.getConnection(database.getJdbcUrl(), properties);
    }
}
