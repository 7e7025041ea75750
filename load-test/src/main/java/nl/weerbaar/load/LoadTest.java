package nl.weerbaar.load;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
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
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The end-to-end load test: starts WireMock (Bot Framework OpenID/JWKS/token endpoint and Bot
 * Connector; Slack Web API) and the real jar ({@code taskset -c 0,1 java -Xmx256m -jar …}), then
 * drives it over loopback with an open model — requests are started on a fixed schedule whatever
 * the answers do, and latency counts from the scheduled start (no coordinated omission):
 *
 * <ol>
 *   <li>Teams: signed activities to {@code /api/messages} at {@code rate}/s for {@code seconds} s,
 *       replies to the stub connector; with {@code /actuator/health} at 50/s as the baseline;
 *   <li>Slack: signed {@code app_mention} events to {@code /slack/events} at the same rate;
 *   <li>web chat: {@code POST /api/chat} at 200/s for half the time.
 * </ol>
 *
 * Everything goes to 127.0.0.1, runs for a bounded time, and stops by itself. Arguments: jar,
 * seconds, rate, report file.
 */
public final class LoadTest {
    static final String APP_ID = "7f1c2b3a-5d4e-4f60-8a7b-9c0d1e2f3a4b";
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String SLACK_SECRET = "load-test-signing-secret";
    static final String QUESTION = "We hebben nauwelijks contact met de wijkagent.";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ExecutorService pool = Executors.newFixedThreadPool(256);
    private final StringBuilder report = new StringBuilder();
    private int port;
    private String serviceUrl;
    private String teamsToken;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        new LoadTest().run(jar, seconds, rate, out);
    }

    void run(Path jar, int seconds, int rate, Path out) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: mvn -B -DskipTests package -pl bot -am first");
        }
        RSAKey key = new RSAKeyGenerator(2048).keyID("load-key").generate();
        WireMockServer stub = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(64)
                .disableRequestJournal());
        stub.start();
        stubEverything(stub, key);
        port = freePort();
        serviceUrl = stub.baseUrl() + "/teams/";
        teamsToken = token(key);

        Process app = start(jar, stub, out.resolveSibling("app.log"));
        try {
            line(
                    "load test: %d s at %d/s per scenario, app pid %d, loadavg before: %s",
                    seconds, rate, app.pid(), loadavg());
            warmUp(Math.min(15, seconds));
            Phase teams = phase("teams /api/messages", seconds, rate, this::teams);
            Phase slack = phase("slack /slack/events", seconds, rate, this::slack);
            Phase chat = phase("web /api/chat", Math.max(10, seconds / 2), 200, this::chat);
            line("loadavg after: %s", loadavg());
            line("");
            line(
                    "| scenario | rate /s | sent | errors | p50 ms | p99 ms | max ms | health p50 | health p99 | p99 ratio |");
            line("|---|---|---|---|---|---|---|---|---|---|");
            for (Phase p : List.of(teams, slack, chat)) {
                line(
                        "| %s | %.0f | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |",
                        p.name,
                        p.achievedRate,
                        p.sent,
                        p.errors,
                        ms(p.main.getValueAtPercentile(50)),
                        ms(p.main.getValueAtPercentile(99)),
                        ms(p.main.getMaxValue()),
                        ms(p.health.getValueAtPercentile(50)),
                        ms(p.health.getValueAtPercentile(99)),
                        (double) p.main.getValueAtPercentile(99) / Math.max(1, p.health.getValueAtPercentile(99)));
            }
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            stub.stop();
            pool.shutdownNow();
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
            System.out.println("report: " + out);
        }
    }

    // ---- the application

    private Process start(Path jar, WireMockServer stub, Path log) throws Exception {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            command.addAll(List.of("taskset", "-c", "0,1"));
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:mem:load;DB_CLOSE_DELAY=-1",
                "--weerbaar.web.enabled=true",
                "--MicrosoftAppId=" + APP_ID,
                "--MicrosoftAppPassword=load-secret",
                "--MicrosoftAppTenantId=" + TENANT,
                "--weerbaar.teams.openid-metadata-url=" + stub.baseUrl() + "/v1/.well-known/openidconfiguration",
                "--weerbaar.teams.token-endpoint=" + stub.baseUrl() + "/" + TENANT + "/oauth2/v2.0/token",
                "--weerbaar.slack.api-url=" + stub.baseUrl() + "/api/",
                "--logging.level.root=WARN"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SLACK_BOT_TOKEN", "xoxb-load-test");
        builder.environment().put("SLACK_SIGNING_SECRET", SLACK_SECRET);
        long start = System.nanoTime();
        Process app = builder.start();
        URI ready = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        while (true) {
            if (!app.isAlive()) {
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
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(60)) {
                throw new IllegalStateException("not ready after 60 s");
            }
            Thread.sleep(25);
        }
        line(
                "start-up to ready: %.2f s (process start to /actuator/health/readiness = 200)",
                (System.nanoTime() - start) / 1e9);
        return app;
    }

    // ---- scenarios

    private final AtomicLong ids = new AtomicLong();

    HttpRequest teams(long n) {
        String id = "load-" + n;
        String body = "{\"type\":\"message\",\"id\":\"" + id + "\",\"timestamp\":\"" + Instant.now()
                + "\",\"channelId\":\"msteams\",\"serviceUrl\":\"" + serviceUrl + "\","
                + "\"from\":{\"id\":\"29:user-" + (n % 1000) + "\",\"name\":\"Docent\",\"aadObjectId\":\"aad-"
                + (n % 1000)
                + "\"},\"conversation\":{\"conversationType\":\"personal\",\"tenantId\":\"" + TENANT
                + "\",\"id\":\"a:conv-" + (n % 1000) + "\"},\"recipient\":{\"id\":\"28:" + APP_ID
                + "\",\"name\":\"Weerbaar\"},\"text\":\"" + QUESTION + "\",\"locale\":\"nl-NL\"}";
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + teamsToken)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    HttpRequest slack(long n) {
        String body = "{\"token\":\"x\",\"team_id\":\"T111\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
                + "\"event_id\":\"EvLoad" + n + "-" + ids.incrementAndGet() + "\",\"event_time\":1700000000,"
                + "\"event\":{\"type\":\"app_mention\",\"user\":\"U" + (n % 1000) + "\",\"text\":\"<@UBOT> " + QUESTION
                + "\",\"ts\":\"1700000000." + n + "\",\"channel\":\"C0LOAD\",\"event_ts\":\"1700000000." + n + "\"}}";
        String ts = String.valueOf(Instant.now().getEpochSecond());
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", slackSignature(ts, body))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    HttpRequest chat(long n) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"load-" + (n % 1000)
                        + "\",\"location\":\"de-linde\",\"text\":\"" + QUESTION + "\"}"))
                .build();
    }

    HttpRequest health(long n) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    // ---- the open-model driver

    static final class Phase {
        final String name;
        final Histogram main;
        final Histogram health;
        final long sent;
        final long errors;
        final double achievedRate;

        Phase(String name, Histogram main, Histogram health, long sent, long errors, double achievedRate) {
            this.name = name;
            this.main = main;
            this.health = health;
            this.sent = sent;
            this.errors = errors;
            this.achievedRate = achievedRate;
        }
    }

    private void warmUp(int seconds) throws Exception {
        drive(seconds, 100, this::teams, new Recorder(3), new AtomicLong());
        drive(seconds, 100, this::slack, new Recorder(3), new AtomicLong());
        drive(seconds / 2, 100, this::chat, new Recorder(3), new AtomicLong());
        Thread.sleep(2000);
    }

    private Phase phase(String name, int seconds, int rate, LongFunction<HttpRequest> request) throws Exception {
        Recorder main = new Recorder(3);
        Recorder health = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        AtomicLong healthErrors = new AtomicLong();
        Thread baseline = new Thread(() -> {
            try {
                drive(seconds, 50, this::health, health, healthErrors);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        baseline.start();
        long start = System.nanoTime();
        long sent = drive(seconds, rate, request, main, errors);
        double achieved = sent / ((System.nanoTime() - start) / 1e9);
        baseline.join();
        Thread.sleep(3000); // let the Slack workers drain before the next phase
        Phase p = new Phase(
                name,
                main.getIntervalHistogram(),
                health.getIntervalHistogram(),
                sent,
                errors.get() + healthErrors.get(),
                achieved);
        line(
                "%s: %d requests, %d errors, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms; health p99 %.1f ms",
                name,
                p.sent,
                p.errors,
                ms(p.main.getValueAtPercentile(50)),
                ms(p.main.getValueAtPercentile(99)),
                ms(p.main.getValueAtPercentile(99.9)),
                ms(p.main.getMaxValue()),
                ms(p.health.getValueAtPercentile(99)));
        return p;
    }

    /** Starts {@code rate} requests per second for {@code seconds}, each timed from its scheduled start; waits for all. */
    private long drive(int seconds, int rate, LongFunction<HttpRequest> request, Recorder recorder, AtomicLong errors)
            throws InterruptedException {
        long total = (long) seconds * rate;
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long t0 = System.nanoTime();
        List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            long scheduled = t0 + i * period;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long n = i;
            pending.add(pool.submit(() -> {
                try {
                    HttpResponse<Void> response = http.send(request.apply(n), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                } catch (IOException | InterruptedException | RuntimeException e) {
                    errors.incrementAndGet();
                }
                recorder.recordValue(Math.max(0, System.nanoTime() - scheduled));
            }));
            if (pending.size() > 10_000) {
                pending.removeIf(java.util.concurrent.Future::isDone);
            }
        }
        for (var f : pending) {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                errors.incrementAndGet();
            }
        }
        return total;
    }

    // ---- stubs, tokens, signatures

    private static void stubEverything(WireMockServer stub, RSAKey key) {
        stub.stubFor(get(urlEqualTo("/v1/.well-known/openidconfiguration"))
                .willReturn(okJson("{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\"" + stub.baseUrl()
                        + "/v1/.well-known/keys\"}")));
        stub.stubFor(
                get(urlEqualTo("/v1/.well-known/keys")).willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
        stub.stubFor(post(urlEqualTo("/" + TENANT + "/oauth2/v2.0/token"))
                .willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"stub-token\"}")));
        stub.stubFor(post(urlPathMatching("/teams/v3/conversations/.*"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"reply\"}")));
        stub.stubFor(post(urlEqualTo("/api/auth.test"))
                .willReturn(okJson(
                        "{\"ok\":true,\"url\":\"https://load.slack.com/\",\"team\":\"Load\",\"user\":\"weerbaar\","
                                + "\"team_id\":\"T111\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}")));
        stub.stubFor(
                post(urlEqualTo("/api/users.info")).willReturn(okJson("{\"ok\":false,\"error\":\"user_not_found\"}")));
        stub.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C0LOAD\",\"ts\":\"1.2\"}")));
        stub.stubFor(any(urlPathMatching("/api/.*")).atPriority(10).willReturn(okJson("{\"ok\":true}")));
    }

    private String token(RSAKey key) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                new JWTClaimsSet.Builder()
                        .issuer("https://api.botframework.com")
                        .audience(APP_ID)
                        .claim("serviceurl", serviceUrl)
                        .notBeforeTime(Date.from(now.minusSeconds(60)))
                        .expirationTime(Date.from(now.plusSeconds(3600)))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String slackSignature(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SLACK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println(s);
        report.append(s).append('\n');
    }
}
