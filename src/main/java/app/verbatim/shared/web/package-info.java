/** The HTTP conventions every resource shares: problem documents and parameter conversion. */
@NullMarked
package app.verbatim.shared.web;

import org.jspecify.annotations.NullMarked;
