package app.verbatim.article;

/** What a block of the body is: the articles we keep carry page furniture too, kept verbatim. */
public enum ParagraphKind { HEADING, REPEATED_HEADING, PARAGRAPH, BOILERPLATE }
