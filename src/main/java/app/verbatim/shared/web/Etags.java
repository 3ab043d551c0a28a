package app.verbatim.shared.web;

import app.verbatim.shared.PreconditionException;
import app.verbatim.shared.Versioned;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ETag of a record: {@code "v<version>-<digest>"}. The version makes every write visible in
 * it; the digest of the JSON shown covers what the record shows of others (a quote shows its
 * speaker's name), so a cached copy is never wrongly confirmed. A write's {@link Precondition}
 * must name it.
 */
@Component
public class Etags {

    private final JsonMapper json;

    Etags(JsonMapper json) {
        this.json = json;
    }

    public String of(Versioned representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(representation));
            return "\"v%d-%s\"".formatted(representation.version(), HexFormat.of().formatHex(digest, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Refuses a write whose {@code If-Match} is missing (428) or names another state than the
     * current one (412). {@code *} matches any existing record.
     */
    public void require(Precondition precondition, Versioned current) {
        if (!precondition.given()) {
            throw PreconditionException.missing("This write needs If-Match with the ETag of the record as you last read it.");
        }
        if (precondition.any()) {
            return;
        }
        String etag = of(current);
        if (!precondition.matches(etag)) {
            throw PreconditionException.stale("The record changed since you read it (its ETag is now " + etag + "); read it again.");
        }
    }
}
