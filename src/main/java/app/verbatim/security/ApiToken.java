package app.verbatim.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.CreationTimestamp;
import org.jspecify.annotations.Nullable;

@Entity
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_id")
    @SequenceGenerator(name = "api_token_id", sequenceName = "api_token_id_seq", allocationSize = 50)
    @Nullable Long id;

    String name;
    @Enumerated(EnumType.STRING)
    Role role;
    String tokenHash;
    @CreationTimestamp
    @Nullable Instant createdAt;
    @Nullable Instant revokedAt;

    protected ApiToken() {
        this("", Role.EDITOR, "");
    }

    ApiToken(String name, Role role, String tokenHash) {
        this.name = name;
        this.role = role;
        this.tokenHash = tokenHash;
    }

    /** The id, which a token has from the moment it is saved. */
    long key() {
        return Objects.requireNonNull(id, "a token that is not saved has no id");
    }
}
