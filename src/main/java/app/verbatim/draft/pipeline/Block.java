package app.verbatim.draft.pipeline;

import app.verbatim.article.ParagraphKind;

/** A block of the body between blank lines, {@code [start, end)} in UTF-16, and what it is. */
public record Block(int start, int end, ParagraphKind kind) {

    public boolean contains(int index) {
        return index >= start && index < end;
    }
}
