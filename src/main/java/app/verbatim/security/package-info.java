/**
 * Who may write: API tokens (stored only as hashes) with a role, the filter chain that keeps
 * reads public and writes behind a token, and the token's identity for the audit trail.
 */
@NullMarked
package app.verbatim.security;

import org.jspecify.annotations.NullMarked;
