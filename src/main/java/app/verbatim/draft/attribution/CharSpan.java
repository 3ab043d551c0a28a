package app.verbatim.draft.attribution;

/** Characters {@code [start, end)} of the analysed text, as Java {@code String} (UTF-16) indexes. */
public record CharSpan(int start, int end) {

    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a span: [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }
}
