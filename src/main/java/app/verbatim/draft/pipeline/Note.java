package app.verbatim.draft.pipeline;

import app.verbatim.article.NoteKind;

/** An editor's note on {@code [start, end)} (UTF-16), as the seed's hand-made notes read. */
public record Note(NoteKind kind, int start, int end, String note) {
}
