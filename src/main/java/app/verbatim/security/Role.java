package app.verbatim.security;

/** {@code editor} writes; {@code admin} also deletes and manages tokens. Reads need no token. */
public enum Role { EDITOR, ADMIN }
