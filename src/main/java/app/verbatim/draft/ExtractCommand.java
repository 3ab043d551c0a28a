package app.verbatim.draft;

import app.verbatim.shared.InvalidDocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.Banner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code extract [FILE] [--headline=…] [--publisher=…] [--url=…] [--language=…] [--published=YYYY-MM-DD] [--document]}
 * as program arguments drafts one text (the file, or standard input when there is none or it is
 * {@code -}), prints the draft as JSON on standard output and stops: the drafter without a web
 * server. Standard output carries the JSON and nothing else; logs (warnings only) go to standard
 * error. People, places and organizations are linked against the configured database, or the
 * embedded one in {@code .data/postgres}; when a running service holds that one, against a
 * throw-away embedded database holding only the seed, which standard error says.
 *
 * <p>Exit status: 0 the draft was printed; 64 the arguments are wrong; 65 the input is not a text
 * to draft (not UTF-8, empty, only white space, too long, a bad option value); 66 the file cannot
 * be read; 70 drafting failed (a fault of ours); 1 the service could not start (no database).
 */
@Component
public class ExtractCommand {

    public static final String NAME = "extract";

    static final int OK = 0;
    static final int USAGE = 64;
    static final int DATA = 65;
    static final int NO_INPUT = 66;
    static final int SOFTWARE = 70;

    private static final Set<String> OPTIONS = Set.of("headline", "publisher", "url", "language", "published", "document");
    private static final String USAGE_LINE = "usage: extract [FILE|-] [--headline=TEXT] [--publisher=TEXT] [--url=URL] "
            + "[--language=TAG] [--published=YYYY-MM-DD] [--document]";

    /** Standard output as it was before {@link #prepare}: the draft's, and nobody else's. */
    private static PrintStream draftOut = System.out;

    private final Drafts drafts;
    private final JsonMapper json;
    private final ApplicationArguments args;
    private final ConfigurableApplicationContext context;
    private final long maxBytes;

    ExtractCommand(Drafts drafts, JsonMapper json, ApplicationArguments args, ConfigurableApplicationContext context,
                   @org.springframework.beans.factory.annotation.Value("${verbatim.limits.body:5MB}") org.springframework.util.unit.DataSize maxBytes) {
        this.drafts = drafts;
        this.json = json;
        this.args = args;
        this.context = context;
        this.maxBytes = maxBytes.toBytes();
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && args[0].equals(NAME);
    }

    /**
     * Makes the application a command: no web server, no banner, warnings only, every log line
     * and stray print on standard error (so {@code > draft.json} gets the JSON alone), and a
     * database chosen before it starts.
     */
    public static void prepare(SpringApplicationBuilder application, String[] args) {
        // Wrong arguments or a missing file are known before anything starts: say so at once.
        int early = precheck(new DefaultApplicationArguments(args));
        if (early != OK) {
            System.exit(early);
        }
        draftOut = System.out;
        System.setOut(System.err);
        application.web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of("logging.level.root", "WARN"))
                .listeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> chooseDatabase(event.getEnvironment()));
    }

    /**
     * The embedded database's folder can be open in one process only. When the service holds it,
     * draft against a throw-away one rather than fail: the text still gets its draft, linked to
     * the seed's people, and the person running the command is told what is missing.
     */
    static void chooseDatabase(ConfigurableEnvironment environment) {
        String url = environment.getProperty("spring.datasource.url");
        if ((url != null && !url.equals("embedded")) || !environment.getProperty("verbatim.embedded-postgres.enabled", Boolean.class, true)) {
            return;
        }
        String dir = environment.getProperty("verbatim.embedded-postgres.data-dir", ".data/postgres");
        if (dir.isBlank() || !inUse(Path.of(dir))) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("extract-command", Map.of("verbatim.embedded-postgres.data-dir", "")));
        System.err.printf("extract: %s is in use (is the service running?); linking against a temporary database with the seed only. "
                + "POST the text to the service's /api/v1/drafts to link it to everything the service knows.%n", dir);
    }

    /** Whether a live PostgreSQL holds this data folder (its postmaster.pid names a running process). */
    static boolean inUse(Path dataDir) {
        Path pid = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return false;
        }
        try (var lines = Files.lines(pid)) {
            long process = Long.parseLong(lines.findFirst().orElse("").strip());
            return ProcessHandle.of(process).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException | java.io.UncheckedIOException e) {
            return true; // unreadable: assume the worst rather than start a second server on it
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void run() {
        var words = args.getNonOptionArgs();
        if (words.isEmpty() || !words.getFirst().equals(NAME)) {
            return;
        }
        int status = execute(args, System.in, draftOut);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** The arguments' faults, found without starting anything: 0 when there are none. */
    static int precheck(ApplicationArguments args) {
        for (String option : args.getOptionNames()) {
            // Spring's own settings (--spring.datasource.url=…) pass through; a misspelt option of ours does not.
            if (!option.contains(".") && !OPTIONS.contains(option)) {
                return fail(USAGE, "unknown option --" + option + "\n" + USAGE_LINE);
            }
        }
        var files = files(args);
        if (files.size() > 1) {
            return fail(USAGE, "one file at a time\n" + USAGE_LINE);
        }
        String date = option(args, "published");
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                return fail(USAGE, "--published must be a date, YYYY-MM-DD");
            }
        }
        if (!files.isEmpty() && !files.getFirst().equals("-")) {
            try {
                Path file = Path.of(files.getFirst());
                if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                    return fail(NO_INPUT, "cannot read " + file + ": no such readable file");
                }
            } catch (java.nio.file.InvalidPathException e) {
                return fail(NO_INPUT, "cannot read " + files.getFirst() + ": " + e.getMessage());
            }
        }
        return OK;
    }

    private static List<String> files(ApplicationArguments args) {
        var words = args.getNonOptionArgs();
        return words.subList(Math.min(1, words.size()), words.size());
    }

    /** Runs {@code extract …} as given; the draft goes to {@code out}, messages to standard error. */
    int execute(ApplicationArguments args, InputStream stdin, PrintStream out) {
        int early = precheck(args);
        if (early != OK) {
            return early;
        }
        var files = files(args);
        String date = option(args, "published");
        LocalDate published = date == null ? null : LocalDate.parse(date);
        byte[] text;
        String file = files.isEmpty() ? "-" : files.getFirst();
        try (InputStream in = file.equals("-") ? stdin : Files.newInputStream(Path.of(file))) {
            text = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return fail(NO_INPUT, "cannot read " + file + ": " + e.getMessage());
        }
        if (text.length > maxBytes) {
            return fail(DATA, "%s is larger than a text may be (%d bytes)".formatted(file, maxBytes));
        }
        try {
            var draft = drafts.fromText(text, StandardCharsets.UTF_8,
                    new Drafts.Metadata(option(args, "headline"), option(args, "publisher"), option(args, "url"),
                            option(args, "language"), published));
            Object result = args.containsOption("document") ? draft.document() : draft;
            out.writeBytes(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(result));
            out.println();
            out.flush();
            return OK;
        } catch (Drafts.UnreadableTextException e) {
            return fail(DATA, e.getMessage());
        } catch (Drafts.TextTooLongException e) {
            return fail(DATA, e.getMessage());
        } catch (InvalidDocumentException e) {
            var reasons = new StringBuilder();
            e.problems().forEach(p -> reasons.append("\n  ").append(p.field()).append(' ').append(p.message()));
            return fail(DATA, "not a text to draft:" + reasons);
        } catch (RuntimeException e) {
            e.printStackTrace(System.err);
            return fail(SOFTWARE, "drafting failed: " + e);
        }
    }

    private static @Nullable String option(ApplicationArguments args, String name) {
        var values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static int fail(int status, String message) {
        System.err.println("extract: " + message);
        return status;
    }
}
