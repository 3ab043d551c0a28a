package app.verbatim.support;

import app.verbatim.security.Role;
import app.verbatim.security.Tokens;
import org.springframework.boot.test.context.TestComponent;

/** Real tokens, issued through the service as an admin would, for tests that write. */
@TestComponent
public class TestTokens {

    private final Tokens tokens;
    private String editor;
    private String admin;

    TestTokens(Tokens tokens) {
        this.tokens = tokens;
    }

    public synchronized String editor() {
        if (editor == null) {
            editor = tokens.issue("test editor", Role.EDITOR).token();
        }
        return editor;
    }

    public synchronized String admin() {
        if (admin == null) {
            admin = tokens.issue("test admin", Role.ADMIN).token();
        }
        return admin;
    }
}
