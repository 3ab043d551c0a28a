package app.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.ApiTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Where Docker runs (GitHub's runners), the suite must really run on the PostgreSQL container. */
@ApiTest
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersWiringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void usesThePostgresContainerAndNotTheEmbeddedFallback() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17");
    }
}
