package nl.weerbaar.search;

/**
 * The recogniser could not be built from a catalogue, e.g. because a synonym rule is rejected by
 * the synonym parser. The message says what is wrong in words an admin can act on.
 */
public final class IndexBuildException extends RuntimeException {
    public IndexBuildException(String message, Throwable cause) {
        super(message, cause);
    }

    public IndexBuildException(String message) {
        super(message);
    }
}
