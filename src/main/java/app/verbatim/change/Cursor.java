package app.verbatim.change;

import app.verbatim.shared.BadParameterException;

/**
 * A position in the change log: the id of the writing transaction and the change's sequence
 * number, written {@code <xid>-<seq>}. Scripts keep it as an opaque string.
 */
record Cursor(long xid, long seq) implements Comparable<Cursor> {

    static final Cursor START = new Cursor(0, 0);

    static Cursor parse(String parameter, String text) {
        int dash = text.indexOf('-');
        try {
            if (dash > 0) {
                long xid = Long.parseLong(text, 0, dash, 10);
                long seq = Long.parseLong(text, dash + 1, text.length(), 10);
                if (xid >= 0 && seq >= 0) {
                    return new Cursor(xid, seq);
                }
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameterException(parameter, "must be a cursor from this log (as in 'next' or an item's 'cursor'), or 'now'");
    }

    @Override
    public int compareTo(Cursor other) {
        int byXid = Long.compare(xid, other.xid);
        return byXid != 0 ? byXid : Long.compare(seq, other.seq);
    }

    @Override
    public String toString() {
        return xid + "-" + seq;
    }
}
