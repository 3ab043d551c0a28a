package app.verbatim.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDir where the embedded database keeps its files; empty for a throw-away folder
 * @param port    a fixed port, or 0 for any free one
 */
@ConfigurationProperties("verbatim.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue(".data/postgres") String dataDir, @DefaultValue("0") int port) {
}
