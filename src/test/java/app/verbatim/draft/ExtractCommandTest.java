package app.verbatim.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar verbatim.jar extract article.txt > draft.json}: the drafter as a command. Its
 * outcomes are checked in the service's own context; one real run in a process of its own shows
 * that it opens no web server and prints nothing on standard output but the draft.
 */
@ApiTest
class ExtractCommandTest {

    private static final String TEXT = """
            Talks on the Tarva river

            "The river belongs to both our peoples," Norland's Environment Minister Elena Varga said after the talks.
            """;

    @Autowired
    ExtractCommand command;
    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;

    @TempDir
    Path dir;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void printsTheDraftThePlainTextResourceGivesForAFileOrStandardInput() throws IOException {
        Path file = write("article.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        JsonNode expected = api.send("POST", "/api/v1/drafts?published=2017-04-03", "text/plain; charset=utf-8", TEXT,
                "Authorization", "Bearer " + tokens.editor()).json();

        var fromFile = run(InputStream.nullInputStream(), "extract", file.toString(), "--published=2017-04-03");
        var fromStdin = run(input(TEXT), "extract", "--published=2017-04-03");
        var fromDash = run(input(TEXT), "extract", "-", "--published=2017-04-03");
        var documentOnly = run(input(TEXT), "extract", "--document", "--published=2017-04-03");

        assertThat(fromFile.status()).as(fromFile.err()).isZero();
        assertThat(json.readTree(fromFile.out())).isEqualTo(expected);
        assertThat(fromStdin.out()).isEqualTo(fromFile.out());
        assertThat(fromDash.out()).isEqualTo(fromFile.out());
        assertThat(json.readTree(documentOnly.out())).isEqualTo(expected.get("document"));
        assertThat(fromFile.err()).isEmpty();
    }

    @Test
    void exitsWithAStatusThatSaysWhatIsWrong() throws IOException {
        Path latin1 = write("latin1.txt", "Caf\u00e9 talks.".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8));

        assertThat(run(InputStream.nullInputStream(), "extract", latin1.toString())).satisfies(r -> {
            assertThat(r.status()).isEqualTo(65);
            assertThat(r.err()).contains("not UTF-8");
            assertThat(r.out()).isEmpty();
        });
        assertThat(run(InputStream.nullInputStream(), "extract", empty.toString()).status()).isEqualTo(65);
        assertThat(run(input(""), "extract").status()).isEqualTo(65);
        assertThat(run(InputStream.nullInputStream(), "extract", blank.toString()).err()).contains("body", "white space");
        assertThat(run(InputStream.nullInputStream(), "extract", dir.resolve("missing.txt").toString()).status()).isEqualTo(66);
        assertThat(run(input(TEXT), "extract", "--headlin=x").status()).isEqualTo(64);
        assertThat(run(input(TEXT), "extract", "a.txt", "b.txt").status()).isEqualTo(64);
        assertThat(run(input(TEXT), "extract", "--published=April").status()).isEqualTo(64);
        assertThat(run(input(TEXT), "extract", "--url=not-a-url").err()).contains("url");
    }

    @Test
    void runsWithoutAWebServerAndPrintsOnlyTheDraft() throws Exception {
        Path file = write("article.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The port of the service this test runs against: a command that started a web server would fail on it.
        String port = api.uri("/").getPort() + "";
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "app.verbatim.VerbatimApplication",
                "extract", file.toString(), "--published=2017-04-03", "--server.port=" + port,
                "--verbatim.embedded-postgres.data-dir=")
                .redirectError(dir.resolve("stderr.txt").toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .start();

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the command ends by itself").isTrue();
        String stdout = Files.readString(dir.resolve("stdout.txt"));
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("stderr.txt"))).isZero();
        JsonNode draft = json.readTree(stdout); // the whole of standard output is the one JSON document
        assertThat(draft.get("document").get("body").asString()).isEqualTo(TEXT);
        assertThat(stdout.strip()).startsWith("{").endsWith("}");

        // Faults in the arguments are found before anything starts.
        var unknown = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "app.verbatim.VerbatimApplication",
                "extract", "--headlin=x").redirectErrorStream(true).start();
        assertThat(unknown.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(unknown.exitValue()).isEqualTo(64);
        assertThat(new String(unknown.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("unknown option --headlin", "usage:");
    }

    // ---------------------------------------------------------------------------------------------

    private record Run(int status, String out, String err) {
    }

    private Run run(InputStream stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var realErr = System.err;
        int status;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            status = command.execute(new DefaultApplicationArguments(args), stdin, new PrintStream(out, true, StandardCharsets.UTF_8));
        } finally {
            System.setErr(realErr);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static InputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
