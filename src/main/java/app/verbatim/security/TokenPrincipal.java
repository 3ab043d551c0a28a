package app.verbatim.security;

/** The token a request came with: what the audit trail records as "who". */
public record TokenPrincipal(long id, String name, Role role) {
}
