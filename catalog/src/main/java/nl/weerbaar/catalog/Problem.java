package nl.weerbaar.catalog;

/**
 * One thing wrong with a catalogue folder, in words a school admin understands.
 *
 * @param file the file name inside the catalogue folder
 * @param path where in the file, e.g. {@code locaties[1].aanspreekpunt.naam}; empty for the
 *     whole file
 * @param line the 1-based line number, or 0 when unknown: for a field the line of its key, for
 *     a list item the item's line
 * @param column the 1-based column on that line, or 0 when unknown (a whole line or file)
 * @param message what is wrong and, where possible, how to fix it (Dutch)
 */
public record Problem(String file, String path, int line, int column, String message) {

    /** A problem at a whole line (text files) or a whole file (line 0). */
    public Problem(String file, String path, int line, String message) {
        this(file, path, line, 0, message);
    }

    /** {@code file:line:column (path): message}, like a compiler, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        if (!path.isEmpty()) {
            s.append(" (").append(path).append(')');
        }
        return s.append(": ").append(message).toString();
    }
}
