package app.verbatim.security;

/** A token just issued: the only time its secret is shown. */
public record IssuedToken(long id, String name, Role role, String token) {
}
