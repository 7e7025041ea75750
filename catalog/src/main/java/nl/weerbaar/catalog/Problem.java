package nl.weerbaar.catalog;

/**
 * One thing wrong with a catalogue folder, in words a school admin understands.
 *
 * @param file the file name inside the catalogue folder
 * @param path where in the file, e.g. {@code locaties[1].aanspreekpunt.naam}; empty for the
 *     whole file
 * @param line the 1-based line number, or 0 when unknown
 * @param message what is wrong and, where possible, how to fix it (Dutch)
 */
public record Problem(String file, String path, int line, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        if (!path.isEmpty()) {
            s.append(" (").append(path).append(')');
        }
        return s.append(": ").append(message).toString();
    }
}
