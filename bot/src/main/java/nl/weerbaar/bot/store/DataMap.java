package nl.weerbaar.bot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The folder of the embedded H2 database (default {@code ./data}) holds signal texts: only the
 * user the application runs as may read it. Before the {@link DataSource} exists — so before H2
 * opens or creates its file — the folder is created and set to {@code rwx------} (0700), and the
 * files in it to {@code rw-------} (0600); after start-up the files H2 has just created are set
 * to 0600 too. Permissions are set explicitly, whatever the umask. Files H2 creates later (a
 * trace file, a temporary file while compacting) get the umask's mode, inside a folder nobody else
 * can enter. A folder that is not the database's own (the file system root, the temporary folder,
 * the home or working directory) is left as it is, with a warning: give the database a folder of
 * its own. On a file system without POSIX permissions nothing is changed (logged). If the folder
 * or a file stays readable by others (not the owner, say), the application does not start.
 */
@Component
class DataMap implements BeanPostProcessor, SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(DataMap.class);
    static final Set<PosixFilePermission> MAP = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> BESTAND = PosixFilePermissions.fromString("rw-------");

    private final Optional<Path> map;
    private volatile boolean beveiligd;

    DataMap(Environment env) {
        this.map = DiskSpace.h2Directory(env.getProperty("spring.datasource.url"));
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource && !beveiligd) {
            map.ifPresent(DataMap::beveilig);
            beveiligd = true;
        }
        return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        map.ifPresent(DataMap::beveilig); // the files H2 created while Flyway migrated
    }

    /**
     * Creates {@code map} if needed; sets it to 0700 and the files directly in it to 0600 — in a
     * folder shared with others (home, working directory, temp) only H2's own files.
     */
    static void beveilig(Path map) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            log.info("The data folder {} is on a file system without POSIX permissions: left as it is", map);
            return;
        }
        try {
            Files.createDirectories(map);
            boolean gedeeld = gedeeld(map);
            if (gedeeld) {
                log.warn(
                        "The H2 database lives in {}, a folder it shares with others: its mode is left as it is."
                                + " Give the database a folder of its own (the default is ./data)",
                        map);
            } else {
                zet(map, MAP);
            }
            try (DirectoryStream<Path> bestanden = Files.newDirectoryStream(map)) {
                for (Path bestand : bestanden) {
                    // in a shared folder only H2's own files: the others are not ours to change
                    if (Files.isRegularFile(bestand, LinkOption.NOFOLLOW_LINKS) && (!gedeeld || vanH2(bestand))) {
                        zet(bestand, BESTAND);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the data folder " + map + " private to this user", e);
        }
    }

    /** A file H2 makes for a database: {@code name.mv.db}, {@code .trace.db}, {@code .lock.db}, temp files. */
    private static boolean vanH2(Path bestand) {
        String naam = bestand.getFileName().toString();
        return naam.endsWith(".mv.db")
                || naam.endsWith(".trace.db")
                || naam.endsWith(".lock.db")
                || naam.endsWith(".temp.db");
    }

    private static void zet(Path pad, Set<PosixFilePermission> rechten) throws IOException {
        try {
            Files.setPosixFilePermissions(pad, rechten);
        } catch (IOException | SecurityException e) {
            // not the owner, say: fine if it is private already, else refuse to store signals there
        }
        Set<PosixFilePermission> nu = Files.getPosixFilePermissions(pad, LinkOption.NOFOLLOW_LINKS);
        if (!rechten.containsAll(nu)) {
            throw new IllegalStateException(pad + " is " + PosixFilePermissions.toString(nu) + " and cannot be made "
                    + PosixFilePermissions.toString(rechten) + ": others could read the signals stored there");
        }
    }

    /** Folders that are never the database's own. */
    private static boolean gedeeld(Path map) throws IOException {
        Path echt = map.toRealPath();
        if (echt.getParent() == null) {
            return true;
        }
        for (String eigenschap : new String[] {"java.io.tmpdir", "user.home", "user.dir"}) {
            String waarde = System.getProperty(eigenschap);
            if (waarde != null && Files.isDirectory(Path.of(waarde)) && Files.isSameFile(echt, Path.of(waarde))) {
                return true;
            }
        }
        return false;
    }
}
