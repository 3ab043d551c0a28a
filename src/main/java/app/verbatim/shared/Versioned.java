package app.verbatim.shared;

/** A representation of one record with a version: its ETag starts with it (see {@link Etags}). */
public interface Versioned {

    int version();
}
