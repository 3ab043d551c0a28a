package app.verbatim.security;

import app.verbatim.shared.database.KeyedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.jspecify.annotations.Nullable;

@Entity
@SequenceGenerator(sequenceName = "api_token_id_seq", allocationSize = 50)
class ApiToken extends KeyedRow {

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
}
