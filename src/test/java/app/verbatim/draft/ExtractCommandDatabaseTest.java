package app.verbatim.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Which database the extract command drafts against, decided before the application starts. */
class ExtractCommandDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aDataFolderALivePostgresHoldsIsLeftToItAndATemporaryOneIsUsed() throws IOException {
        Files.writeString(dir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dir + "\n");
        var environment = environment(Map.of("verbatim.embedded-postgres.data-dir", dir.toString()));

        ExtractCommand.chooseDatabase(environment);

        assertThat(ExtractCommand.inUse(dir)).isTrue();
        assertThat(environment.getProperty("verbatim.embedded-postgres.data-dir")).isEmpty();
    }

    @Test
    void aFreeOrStaleDataFolderIsUsedAsConfigured() throws IOException {
        var environment = environment(Map.of("verbatim.embedded-postgres.data-dir", dir.toString()));
        ExtractCommand.chooseDatabase(environment);
        assertThat(environment.getProperty("verbatim.embedded-postgres.data-dir")).isEqualTo(dir.toString());

        // A pid file left by a PostgreSQL that is gone (a crash, a killed test) holds nothing.
        Files.writeString(dir.resolve("postmaster.pid"), Long.MAX_VALUE / 2 + "\n");
        ExtractCommand.chooseDatabase(environment);
        assertThat(ExtractCommand.inUse(dir)).isFalse();
        assertThat(environment.getProperty("verbatim.embedded-postgres.data-dir")).isEqualTo(dir.toString());
    }

    @Test
    void aConfiguredDatabaseIsUsedWhateverTheEmbeddedFolderHolds() throws IOException {
        Files.writeString(dir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
        var environment = environment(Map.of("verbatim.embedded-postgres.data-dir", dir.toString(),
                "spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/verbatim"));

        ExtractCommand.chooseDatabase(environment);

        assertThat(environment.getProperty("verbatim.embedded-postgres.data-dir")).isEqualTo(dir.toString());
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
