package nl.weerbaar.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application under test as a separate process: {@code taskset -c 0,1 java -Xmx256m …}, either
 * the jar as built ({@code java -jar weerbaar.jar}) or extracted with a class-data-sharing archive
 * (the production start described in the README), on the embedded default store (an H2 file
 * database in a fresh working folder). Knows its start-up time and its CPU time.
 */
final class App implements AutoCloseable {
    private final Process process;
    final double startupSeconds;

    private App(Process process, double startupSeconds) {
        this.process = process;
        this.startupSeconds = startupSeconds;
    }

    /** The launch: what comes after {@code java -Xmx256m} (e.g. {@code -jar weerbaar.jar}). */
    record Launch(String name, List<String> jvm) {
        static Launch jar(Path jar) {
            return new Launch("java -jar weerbaar.jar", List.of("-jar", jar.toString()));
        }

        static Launch cds(Path extracted, Path archive) {
            return new Launch(
                    "extracted + CDS archive",
                    List.of(
                            "-XX:SharedArchiveFile=" + archive,
                            "-Xlog:cds=off",
                            "-Xlog:cds+dynamic=off",
                            "-jar",
                            extracted.toString()));
        }
    }

    static App start(
            Launch launch, List<String> extraJvm, List<String> appArgs, Map<String, String> env, int port, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            command.addAll(List.of("taskset", "-c", "0,1"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(extraJvm);
        command.addAll(launch.jvm());
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        command.addAll(appArgs);
        // the embedded default store, an H2 file database under ./data, fresh for every start
        Path work = log.resolveSibling("work");
        deleteTree(work);
        Files.createDirectories(work);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited: see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(90)) {
                process.destroyForcibly();
                throw new IllegalStateException("not ready after 90 s: see " + log);
            }
            Thread.sleep(20);
        }
        return new App(process, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The production start of the README: {@code deploy/cds.sh} extracts the jar and records a
     * class-data-sharing archive in a training run; the app then starts from both.
     */
    static Launch prepareCds(Path jar, Path dir, Path script) throws IOException, InterruptedException {
        Files.createDirectories(dir.getParent());
        ProcessBuilder builder = new ProcessBuilder("sh", script.toString(), jar.toString(), dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolveSibling("cds.log").toFile());
        builder.environment()
                .put(
                        "JAVA",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (builder.start().waitFor() != 0) {
            throw new IllegalStateException(script + " failed: see " + dir.resolveSibling("cds.log"));
        }
        return Launch.cds(dir.resolve(jar.getFileName()), dir.resolve("weerbaar.jsa"));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    long pid() {
        return process.pid();
    }

    /** CPU time (user + system) the process has used so far, in milliseconds. */
    long cpuMillis() {
        return cpuMillisOf(process.pid());
    }

    static long cpuMillisOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
            return ticks * 10; // USER_HZ = 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: graceful shutdown (and the CDS archive of a training run)
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
