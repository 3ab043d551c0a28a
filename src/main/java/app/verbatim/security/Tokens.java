package app.verbatim.security;

import app.verbatim.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, checks and revokes API tokens. */
@Service
@Transactional(readOnly = true)
public class Tokens {

    private static final String PREFIX = "vbt_";
    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;

    Tokens(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Transactional
    public IssuedToken issue(String name, Role role) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var saved = tokens.save(new ApiToken(name, role, hash(token)));
        return new IssuedToken(saved.key(), saved.name, saved.role, token);
    }

    public List<TokenView> list() {
        return tokens.findAllByOrderById().stream().map(TokenView::from).toList();
    }

    @Transactional
    public void revoke(long id) {
        var token = tokens.findById(id).orElseThrow(() -> new NotFoundException("token", id));
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
        }
    }

    Optional<TokenPrincipal> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndRevokedAtIsNull(hash(token)).map(t -> new TokenPrincipal(t.key(), t.name, t.role));
    }

    /** The token of the current request, if it came with one. */
    public static @Nullable TokenPrincipal current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof TokenPrincipal p ? p : null;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
