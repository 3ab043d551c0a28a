package app.verbatim.document;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.VerbatimApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The run command's own database: an embedded PostgreSQL whose data outlives the process. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsTheDataAcrossARestartAndTheSeedAddsNothingTheSecondTime() {
        int first = quotesAfterStart();
        int second = quotesAfterStart();

        assertThat(first).isEqualTo(14);
        assertThat(second).isEqualTo(first);
    }

    private int quotesAfterStart() {
        try (var context = new SpringApplicationBuilder(VerbatimApplication.class)
                .web(WebApplicationType.NONE)
                .run("--verbatim.embedded-postgres.data-dir=" + dataDir, "--spring.main.banner-mode=off")) {
            return context.getBean(JdbcClient.class).sql("select count(*) from quote").query(Integer.class).single();
        }
    }
}
