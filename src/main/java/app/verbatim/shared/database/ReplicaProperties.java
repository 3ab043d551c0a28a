package app.verbatim.shared.database;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Streaming replicas that serve read-only transactions.
 *
 * @param urls       JDBC URLs of the replicas, each a PostgreSQL hot standby of the primary; the
 *                   primary's user, password and pool settings apply. None (the default): every
 *                   transaction goes to the primary, as without this feature.
 * @param maxLag     a replica further behind the primary than this is taken out of rotation until it
 *                   catches up
 * @param checkEvery how often each replica's replay position (and the primary's WAL position) is read
 */
@ConfigurationProperties("verbatim.replicas")
public record ReplicaProperties(@DefaultValue List<String> urls, @DefaultValue("2s") Duration maxLag,
                                @DefaultValue("200ms") Duration checkEvery) {

    public boolean enabled() {
        return !urls.isEmpty();
    }
}
