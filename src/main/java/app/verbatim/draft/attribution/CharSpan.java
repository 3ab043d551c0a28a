package app.verbatim.draft.attribution;

public record CharSpan(int start, int end) {
}
