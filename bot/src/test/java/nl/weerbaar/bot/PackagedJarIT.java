package nl.weerbaar.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The runnable jar as a newcomer uses it: {@code bot/target/weerbaar.jar}, in a fresh folder. */
class PackagedJarIT {
    static final Path JAR = Path.of("target", "weerbaar.jar").toAbsolutePath();

    record Result(int exit, String out, String err) {}

    static Result runJar(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command did not finish");
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void validateExitsZeroWithCountsAndStartsNoServer(@TempDir Path dir) throws Exception {
        Result result = runJar(dir, "validate");

        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("7 knelpunten, 21 interventies, 3 trainingen"), result.out());
        assertFalse(result.out().contains("Tomcat"), result.out());
        assertFalse(Files.exists(dir.resolve("data")), "validate must not open the database");
    }

    @Test
    void validateExitsOneOnABrokenCopyNamingFileAndProblem(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("catalogus"));
        CliValidateTest.copyBundled(folder);
        Path organisatie = folder.resolve("organisatie.yaml");
        Files.writeString(
                organisatie,
                Files.readString(organisatie).replace("locatie: het-baken", "locatie: het-bakken"),
                StandardCharsets.UTF_8);

        Result result = runJar(dir, "validate", folder.toString());

        assertEquals(1, result.exit(), result.out());
        assertTrue(result.err().contains("organisatie.yaml:"), result.err());
        assertTrue(result.err().contains("Onbekende locatie 'het-bakken'"), result.err());
    }

    @Test
    void startsHealthyInAFreshFolderWithNoConfiguration(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("app.log");
        Process app = new ProcessBuilder(javaBinary(), "-jar", JAR.toString(), "--server.port=" + port)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            String health = awaitUp(app, port, log);
            assertTrue(isUp(health), () -> health + "\n" + read(log));
            // the catalogue is part of readiness; anonymous health shows the status, no components
            HttpResponse<String> readiness = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(
                    "UP",
                    JsonMapper.builder()
                            .build()
                            .readTree(readiness.body())
                            .path("status")
                            .asString(),
                    readiness.body());
            assertTrue(
                    JsonMapper.builder()
                            .build()
                            .readTree(health)
                            .path("components")
                            .isMissingNode(),
                    health);
            assertTrue(Files.exists(dir.resolve("data").resolve("weerbaar.mv.db")), "H2 file database under ./data");
            // a server-side page: the inbox's templates were compiled into the jar at build time
            HttpResponse<String> inbox = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/inbox"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(404, inbox.statusCode(), () -> inbox.body() + "\n" + read(log));
            assertTrue(
                    inbox.body().contains("<p>De inbox staat uit: er is geen geheim ingesteld.</p>"),
                    () -> inbox.body() + "\n" + read(log));
            // without Teams or Slack, / is the web chat: its template with the labels for chat.js, and chat.js
            HttpResponse<String> home = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, home.statusCode(), () -> home.body() + "\n" + read(log));
            assertTrue(
                    home.body().contains("Bij acuut gevaar: bel <a href=\"tel:112\">112</a>."),
                    () -> home.body() + "\n" + read(log));
            assertTrue(home.body().contains("data-wat-je-kunt-doen=\"Wat je kunt doen:\""), home.body());
            HttpResponse<String> script = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/chat.js"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, script.statusCode());
            assertTrue(script.body().contains("getElementById(\"webchat\").dataset"), script.body());
        } finally {
            app.destroy();
            app.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void theProductionStartOfDeployCdsShUsesItsArchiveAndAnswers(@TempDir Path dir) throws Exception {
        Path cds = dir.resolve("weerbaar-cds");
        ProcessBuilder cdsScript = new ProcessBuilder(
                        "sh", Path.of("..", "deploy", "cds.sh").toString(), JAR.toString(), cds.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("cds.log").toFile());
        cdsScript.environment().put("JAVA", javaBinary());
        Process prepare = cdsScript.start();
        assertTrue(prepare.waitFor(120, TimeUnit.SECONDS), "deploy/cds.sh did not finish");
        assertEquals(0, prepare.exitValue(), read(dir.resolve("cds.log")));
        assertTrue(Files.isRegularFile(cds.resolve("weerbaar.jsa")), read(dir.resolve("cds.log")));

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("app.log");
        Path loaded = dir.resolve("classes.txt");
        Process app = new ProcessBuilder(
                        javaBinary(),
                        "-XX:SharedArchiveFile=" + cds.resolve("weerbaar.jsa"),
                        "-Xlog:class+load=info:file=" + loaded,
                        "-jar",
                        cds.resolve("weerbaar.jar").toString(),
                        "--server.port=" + port)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitUp(app, port, log);
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"user\":\"cds\",\"text\":\"We hebben nauwelijks contact met de wijkagent.\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("bekwaamheid-ketenpartners"), answer.body());
            assertTrue(
                    read(loaded).contains("nl.weerbaar.bot.WeerbaarApplication source: shared objects file"),
                    "the application's classes come from the archive");
        } finally {
            app.destroy();
            app.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Waits until {@code /actuator/health} says UP; returns its body. */
    private static String awaitUp(Process app, int port, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String body = "";
        while (Instant.now().isBefore(deadline) && !isUp(body)) {
            assertTrue(app.isAlive(), () -> "the app stopped:\n" + read(log));
            try {
                body = http.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
            } catch (IOException notYetListening) {
                Thread.sleep(200);
            }
        }
        return body;
    }

    private static boolean isUp(String health) {
        return !health.isEmpty()
                && "UP"
                        .equals(JsonMapper.builder()
                                .build()
                                .readTree(health)
                                .path("status")
                                .asString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
