/**
 * The HTTP conventions every resource shares: media types, problem documents, request ids,
 * ETags and preconditions, reading and merge-patching JSON bodies, parameter conversion. A named
 * interface of the shared kernel, for the modules' web layers.
 */
@NullMarked
@NamedInterface("web")
package app.verbatim.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
