package nl.weerbaar.bot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells a full disk from other storage failures, so that an admin reads "the disk is full" and not
 * a generic error. Only two places on this machine's disks are written: the H2 file database
 * (the default {@code spring.datasource.url}) and the configured catalogue folder ({@code
 * weerbaar.catalog.path}, where "add as example phrasing" writes). A failure counts as a full disk
 * when its causes say so (ENOSPC, a quota), or when one of those places has less than {@link
 * #MIN_FREE} left: after H2 failed to write once it closes the database, and the later errors
 * ("database closed") no longer carry the reason.
 */
@Component
public class DiskSpace {
    /** Less than this free counts as full: H2 and a YAML file need a little room to write. */
    public static final long MIN_FREE = 1024 * 1024;

    private static final String[] FULL = {
        "no space left on device", "disk quota exceeded", "not enough space on the disk", "disk full"
    };

    private final List<Path> places;

    public DiskSpace(Environment env) {
        List<Path> p = new ArrayList<>();
        h2Directory(env.getProperty("spring.datasource.url")).ifPresent(p::add);
        String catalog = env.getProperty("weerbaar.catalog.path");
        if (catalog != null && !catalog.isBlank()) {
            try {
                p.add(Path.of(catalog.strip()).toAbsolutePath());
            } catch (InvalidPathException e) {
                // the catalogue service reports a bad path itself
            }
        }
        this.places = List.copyOf(p);
    }

    /** True when the failure (or the disks this application writes to) says the disk is full. */
    public boolean full(Throwable failure) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (saysFull(t)) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (saysFull(s)) {
                    return true;
                }
            }
        }
        for (Path place : places) {
            if (usable(place).orElse(Long.MAX_VALUE) < MIN_FREE) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysFull(Throwable t) {
        String message = t.getMessage();
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        for (String full : FULL) {
            if (m.contains(full)) {
                return true;
            }
        }
        return false;
    }

    /** The free bytes of the file system holding {@code place} (or its nearest existing parent). */
    static Optional<Long> usable(Path place) {
        for (Path p = place; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Optional.of(Files.getFileStore(p).getUsableSpace());
                } catch (IOException | SecurityException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The folder of an embedded H2 file database ({@code jdbc:h2:file:./data/weerbaar;…} → ./data). */
    static Optional<Path> h2Directory(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        int options = rest.indexOf(';');
        if (options >= 0) {
            rest = rest.substring(0, options);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.contains(":") && !rest.matches("^[A-Za-z]:[\\\\/].*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip: …: not a file on this machine's disk
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        try {
            Path file = Path.of(rest).toAbsolutePath();
            return Optional.ofNullable(file.getParent());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
