package app.verbatim.article;

/** The kinds of remark an editor makes about a text, so a client can style or filter them. */
public enum NoteKind {
    TYPO, REPEATED_HEADLINE, SCARE_QUOTE, MIXED_QUOTE_MARKS, NON_BREAKING_SPACE,
    UNATTRIBUTED_STATEMENT, AMBIGUOUS_REFERENCE, REDUNDANCY, BOILERPLATE,
    /** A quotation mark with no partner in its paragraph (and no next paragraph continuing the quote). */
    UNBALANCED_QUOTE_MARK
}
