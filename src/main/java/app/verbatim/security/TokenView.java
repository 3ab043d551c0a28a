package app.verbatim.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A token as an admin sees it: never the secret, which is shown once, when issued. */
public record TokenView(long id, String name, Role role, @Nullable Instant createdAt, @Nullable Instant revokedAt) {

    static TokenView from(ApiToken t) {
        return new TokenView(t.key(), t.name, t.role, t.createdAt, t.revokedAt);
    }
}
