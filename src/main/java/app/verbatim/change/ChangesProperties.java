package app.verbatim.change;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code verbatim.changes.*}: how long changes (and so tombstones) are kept, how often the older
 * ones are purged, and the live streams' limits.
 *
 * @param retention   how long a change stays in the log; a cursor older than that is answered 410
 * @param purgeEvery  how often changes past retention are deleted
 * @param maxStreams  live streams open at once; one more is answered 503 with Retry-After
 * @param heartbeat   how often an idle stream sends a comment, so proxies keep it open
 * @param streamLimit how long one stream stays open; the client reconnects with Last-Event-ID
 * @param listenUrl   where the change feed holds its {@code LISTEN} connection, when that is not the
 *                    service's own database URL: a connection pooler in transaction mode (PgBouncer)
 *                    hands each transaction a different server connection, so a {@code LISTEN} made
 *                    through it is silently never heard; point this at PostgreSQL itself (the
 *                    primary). Same user and password as the data source. Unset: the data source's URL.
 */
@ConfigurationProperties("verbatim.changes")
public record ChangesProperties(@DefaultValue("30d") Duration retention, @DefaultValue("1h") Duration purgeEvery,
                                @DefaultValue("200") int maxStreams, @DefaultValue("15s") Duration heartbeat,
                                @DefaultValue("30m") Duration streamLimit, @Nullable String listenUrl) {
}
