package app.verbatim.shared.database;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDir where the embedded database keeps its files; empty for a throw-away folder
 * @param port     a fixed port, or 0 for any free one
 * @param settings PostgreSQL settings for the server ({@code postgresql.conf} names), e.g.
 *                 {@code verbatim.embedded-postgres.settings.shared_buffers=1GB}
 */
@ConfigurationProperties("verbatim.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue(".data/postgres") String dataDir, @DefaultValue("0") int port,
                                         @DefaultValue Map<String, String> settings) {
}
