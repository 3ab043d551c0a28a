package app.verbatim.draft;

import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.web.InputReader;
import app.verbatim.shared.InvalidDocumentException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * What the outside world hands the drafter: a text as bytes, or a JSON request. Checks it the
 * way the importer will check the draft's document (so a draft is always importable), and
 * refuses what is not an article's text with the reason: bytes that are not text in their
 * charset, an empty text, a NUL, a text longer than an article may be.
 */
@Service
public class Drafts {

    /** As {@code ArticleDocument.body} takes it: a draft must import. */
    public static final int MAX_TEXT_LENGTH = 1_000_000;

    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

    private final Drafter drafter;
    private final InputReader reader;
    /** One text drafted, the first (which loads the language models) included; absent without metrics. */
    private final @Nullable Timer drafting;

    Drafts(Drafter drafter, InputReader reader, ObjectProvider<MeterRegistry> meters) {
        this.drafter = drafter;
        this.reader = reader;
        MeterRegistry registry = meters.getIfAvailable();
        this.drafting = registry == null ? null : Timer.builder("verbatim.drafts")
                .description("Time to draft one text (POST /drafts, each line of /drafts/bulk, the extract command)")
                .publishPercentileHistogram()
                .register(registry);
    }

    /**
     * The article as received, {@code text/plain}, with what the text itself does not say given
     * beside it (query parameters on the web, options on the command line).
     */
    public Draft fromText(byte @Nullable [] text, @Nullable Charset charset, Metadata metadata) {
        String body = decode(text == null ? new byte[0] : text, charset == null ? StandardCharsets.UTF_8 : charset);
        return draft(new DraftRequest(body, metadata.headline(), metadata.publisher(), metadata.url(), metadata.language(),
                metadata.published()));
    }

    /** {@code {body, headline?, publisher?, url?, language?, published?}}; unknown properties are refused. */
    public Draft fromJson(JsonNode request) {
        return draft(read(request));
    }

    /** A JSON request read and checked, or every reason it is not one. */
    DraftRequest read(JsonNode request) {
        return reader.read(request, DraftRequest.class);
    }

    Draft draft(DraftRequest request) {
        check(request);
        if (drafting == null) {
            return drafter.draft(request);
        }
        return drafting.record(() -> drafter.draft(request));
    }

    /** The optional facts about a text that travel beside it rather than in it. */
    public record Metadata(@Nullable String headline, @Nullable String publisher, @Nullable String url,
                           @Nullable String language, @Nullable LocalDate published) {
        public static final Metadata NONE = new Metadata(null, null, null, null, null);
    }

    /** Bytes that are not text in the charset they claim (or UTF-8, when they claim none): 400. */
    public static class UnreadableTextException extends RuntimeException {
        public UnreadableTextException(String message) {
            super(message);
        }

        /** Never null: the constructor sets the message. */
        @Override
        public String getMessage() {
            return Objects.requireNonNull(super.getMessage());
        }
    }

    /** A text longer than an article may be: 413, as for a body past its cap. */
    public static class TextTooLongException extends RuntimeException {
        public TextTooLongException(int length) {
            super("The text is %d characters long; an article may have at most %d (UTF-16 code units).".formatted(length, MAX_TEXT_LENGTH));
        }

        /** Never null: the constructor sets the message. */
        @Override
        public String getMessage() {
            return Objects.requireNonNull(super.getMessage());
        }
    }

    static String decode(byte[] bytes, Charset charset) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UnreadableTextException("The body is not %s text: a byte sequence at byte %d is not a character in it; send the article as UTF-8."
                    .formatted(charset.name(), in.position()));
        }
        String text = out.flip().toString();
        // A byte order mark says how the bytes are encoded; it is not a character of the article.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The request as the importer would check the draft's document: a draft must import unchanged. */
    private static void check(DraftRequest request) {
        var problems = new ArrayList<FieldProblem>();
        String body = request.body();
        if (body == null) {
            problems.add(new FieldProblem("body", "is missing: the article's text"));
        } else if (body.isEmpty()) {
            problems.add(new FieldProblem("body", "is empty: there is no article to draft"));
        } else if (blank(body)) {
            problems.add(new FieldProblem("body", "is only white space: there is no article to draft"));
        } else if (body.length() > MAX_TEXT_LENGTH) {
            throw new TextTooLongException(body.length());
        }
        text("body", body, problems);
        if (request.headline() != null) {
            if (request.headline().isBlank()) {
                problems.add(new FieldProblem("headline", "must not be blank; leave it out to take the text's first line"));
            } else if (request.headline().length() > 1000) {
                problems.add(new FieldProblem("headline", "must be at most 1000 characters"));
            }
            text("headline", request.headline(), problems);
        }
        if (request.publisher() != null) {
            if (request.publisher().length() > 300) {
                problems.add(new FieldProblem("publisher", "must be at most 300 characters"));
            }
            text("publisher", request.publisher(), problems);
        }
        if (request.url() != null && (request.url().length() > 2000 || !URL.matcher(request.url()).matches())) {
            problems.add(new FieldProblem("url", "must be an http or https URL of at most 2000 characters"));
        }
        if (request.language() != null && !LANGUAGE.matcher(request.language()).matches()) {
            problems.add(new FieldProblem("language", "must be a BCP 47 language tag in lower case (en, fr, pt-BR)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
    }

    /** White space of any script (a non-breaking space too) and the invisible marks that pass for it. */
    private static boolean blank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0xFEFF);
    }

    /** PostgreSQL cannot store U+0000, and a lone surrogate is no character at all: the draft could not be imported. */
    private static void text(String field, @Nullable String value, List<FieldProblem> problems) {
        if (value == null) {
            return;
        }
        if (value.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(field, "must not contain the NUL character (U+0000)"));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problems.add(new FieldProblem(field, "holds a lone UTF-16 surrogate at index %d, which is not a character".formatted(i)));
                return;
            }
        }
    }
}
