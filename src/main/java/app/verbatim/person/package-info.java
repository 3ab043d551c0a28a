/** People, named once across all articles, with the aliases and mentions the texts use. */
@NullMarked
package app.verbatim.person;

import org.jspecify.annotations.NullMarked;
