package nl.weerbaar.load;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The end-to-end load test. Starts a stub of Microsoft's and Slack's servers ({@link StubServer})
 * and the real jar ({@code taskset -c 0,1 java -Xmx256m …}), then drives it over loopback with an
 * open model: requests start on a fixed schedule whatever the answers do, and latency counts from
 * the scheduled start (no coordinated omission; {@link Connections} is the driver's lean HTTP
 * client). Per rate:
 *
 * <ol>
 *   <li>Teams: signed activities to {@code /api/messages}, each answered through the stub
 *       connector; {@code /actuator/health} at 50/s alongside as the baseline;
 *   <li>Slack: signed {@code app_mention} events to {@code /slack/events} at the same rate;
 * </ol>
 *
 * then web chat ({@code POST /api/chat}) at 200/s. After each phase it checks at the stub that
 * every accepted message was answered exactly once, and reports the application's CPU time per
 * request. Start-up is measured separately for {@code java -jar} and for the extracted jar with a
 * class-data-sharing archive.
 *
 * <p>Arguments: jar, seconds, rates (comma-separated), report file. System properties: {@code
 * load.startups} (start-up measurements per launch, default 3), {@code load.appJvmArgs} (extra
 * JVM options for the app, e.g. a flight recording), {@code load.launch} ({@code cds} or {@code
 * jar}: how the app under load is started, default cds).
 */
public final class LoadTest {
    static final String APP_ID = "7f1c2b3a-5d4e-4f60-8a7b-9c0d1e2f3a4b";
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String SLACK_SECRET = "load-test-signing-secret";
    static final String QUESTION = "We hebben nauwelijks contact met de wijkagent.";

    /** Connections for the scenario under test, and separate ones for the health baseline. */
    private Connections mainConnections;

    private Connections healthConnections;
    private final StringBuilder report = new StringBuilder();
    /** Message numbers are unique over the whole run, so each answer can be matched to its message. */
    private final AtomicLong next = new AtomicLong();

    private int port;
    private String serviceUrl;
    private String teamsToken;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        List<Integer> rates = Arrays.stream(args[2].split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
        Path out = Path.of(args[3]);
        new LoadTest().run(jar, seconds, rates, out);
        System.exit(0);
    }

    void run(Path jar, int seconds, List<Integer> rates, Path out) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: mvn -B -DskipTests package -pl bot -am first");
        }
        RSAKey key = new RSAKeyGenerator(2048).keyID("load-key").generate();
        try (StubServer stub = new StubServer(new JWKSet(key.toPublicJWK()).toString(), TENANT)) {
            port = freePort();
            serviceUrl = stub.baseUrl() + "/teams/";
            teamsToken = token(key);
            List<String> appArgs = appArgs(stub);
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-load-test", "SLACK_SIGNING_SECRET", SLACK_SECRET);
            Path logs = out.getParent();
            line("load test: %d s per phase at %s/s, loadavg before: %s", seconds, rates, loadavg());

            App.Launch plain = App.Launch.jar(jar);
            boolean useCds = !"jar".equals(System.getProperty("load.launch"));
            int startups = Integer.getInteger("load.startups", 3);
            App.Launch cds = useCds || startups > 0
                    ? App.prepareCds(jar, logs.resolve("weerbaar-cds"), Path.of(System.getProperty("load.cdsScript")))
                    : plain;
            for (App.Launch launch : startups > 0 ? List.of(plain, cds) : List.<App.Launch>of()) {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < startups; i++) {
                    try (App app = App.start(launch, List.of(), appArgs, env, port, logs.resolve("startup.log"))) {
                        times.add(app.startupSeconds);
                    }
                }
                Collections.sort(times);
                line(
                        "start-up to ready (%s, process start to /actuator/health/readiness = 200): median %.2f s, all %s",
                        launch.name(),
                        times.get(times.size() / 2),
                        times.stream()
                                .map(t -> String.format(Locale.ROOT, "%.2f", t))
                                .toList());
            }

            App.Launch launch = useCds ? cds : plain;
            List<String> extra = Arrays.stream(
                            System.getProperty("load.appJvmArgs", "").split(" "))
                    .filter(a -> !a.isBlank())
                    .toList();
            try (App app = App.start(launch, extra, appArgs, env, port, logs.resolve("app.log"));
                    Connections main = new Connections(port, 256);
                    Connections baseline = new Connections(port, 16)) {
                mainConnections = main;
                healthConnections = baseline;
                line("under load: %s %s, pid %d", launch.name(), extra, app.pid());
                warmUp(Math.min(15, seconds));
                List<Phase> phases = new ArrayList<>();
                for (int rate : rates) {
                    phases.add(phase(app, stub, "teams /api/messages", seconds, rate, this::teams, Channel.TEAMS));
                    phases.add(phase(app, stub, "slack /slack/events", seconds, rate, this::slack, Channel.SLACK));
                }
                phases.add(phase(app, stub, "web /api/chat", Math.max(10, seconds / 2), 200, this::chat, Channel.WEB));
                line("loadavg after: %s", loadavg());
                line("");
                line(
                        "| scenario | rate /s | sent | not 200 | answered once | duplicates | unanswered | p50 ms | p99 ms | max ms"
                                + " | health p99 ms | p99 ratio | app CPU ms/req | driver+stub CPU ms/req |");
                line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
                for (Phase p : phases) {
                    line(
                            "| %s | %.0f | %d | %d | %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |",
                            p.name,
                            p.achievedRate,
                            p.sent,
                            p.errors,
                            p.tally == null ? "-" : String.valueOf(p.tally.once()),
                            p.tally == null ? "-" : String.valueOf(p.tally.duplicated()),
                            p.tally == null ? "-" : String.valueOf(p.tally.missing()),
                            ms(p.main.getValueAtPercentile(50)),
                            ms(p.main.getValueAtPercentile(99)),
                            ms(p.main.getMaxValue()),
                            ms(p.health.getValueAtPercentile(99)),
                            (double) p.main.getValueAtPercentile(99) / Math.max(1, p.health.getValueAtPercentile(99)),
                            p.cpuPerRequest,
                            p.driverCpuPerRequest);
                }
                line("");
                line("answers the stub could not match to a message: %d", stub.unmatched());
            }
        } finally {
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
            System.out.println("report: " + out);
        }
    }

    private List<String> appArgs(StubServer stub) {
        return List.of(
                "--weerbaar.web.enabled=true",
                "--MicrosoftAppId=" + APP_ID,
                "--MicrosoftAppPassword=load-secret",
                "--MicrosoftAppTenantId=" + TENANT,
                "--weerbaar.teams.openid-metadata-url=" + stub.baseUrl() + "/v1/.well-known/openidconfiguration",
                "--weerbaar.teams.token-endpoint=" + stub.baseUrl() + "/" + TENANT + "/oauth2/v2.0/token",
                "--weerbaar.slack.api-url=" + stub.baseUrl() + "/api/",
                "--logging.level.root=WARN");
    }

    // ---- scenarios

    enum Channel {
        TEAMS,
        SLACK,
        WEB
    }

    byte[] teams(long n) {
        String id = "load-" + n;
        String body = "{\"type\":\"message\",\"id\":\"" + id + "\",\"timestamp\":\"" + Instant.now()
                + "\",\"channelId\":\"msteams\",\"serviceUrl\":\"" + serviceUrl + "\","
                + "\"from\":{\"id\":\"29:user-" + (n % 1000) + "\",\"name\":\"Docent\",\"aadObjectId\":\"aad-"
                + (n % 1000)
                + "\"},\"conversation\":{\"conversationType\":\"personal\",\"tenantId\":\"" + TENANT
                + "\",\"id\":\"a:conv-" + (n % 1000) + "\"},\"recipient\":{\"id\":\"28:" + APP_ID
                + "\",\"name\":\"Weerbaar\"},\"text\":\"" + QUESTION + "\",\"locale\":\"nl-NL\"}";
        return Connections.request(
                "POST",
                "/api/messages",
                port,
                List.of("Content-Type: application/json", "Authorization: Bearer " + teamsToken),
                body);
    }

    byte[] slack(long n) {
        String body = "{\"token\":\"x\",\"team_id\":\"T111\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
                + "\"event_id\":\"EvLoad" + n + "\",\"event_time\":1700000000,"
                + "\"event\":{\"type\":\"app_mention\",\"user\":\"U" + (n % 1000) + "\",\"text\":\"<@UBOT> " + QUESTION
                + "\",\"ts\":\"1700000000." + n + "\",\"channel\":\"C0LOAD\",\"event_ts\":\"1700000000." + n + "\"}}";
        String ts = String.valueOf(Instant.now().getEpochSecond());
        return Connections.request(
                "POST",
                "/slack/events",
                port,
                List.of(
                        "Content-Type: application/json",
                        "X-Slack-Request-Timestamp: " + ts,
                        "X-Slack-Signature: " + slackSignature(ts, body)),
                body);
    }

    byte[] chat(long n) {
        return Connections.request(
                "POST",
                "/api/chat",
                port,
                List.of("Content-Type: application/json"),
                "{\"user\":\"load-" + (n % 1000) + "\",\"location\":\"de-linde\",\"text\":\"" + QUESTION + "\"}");
    }

    byte[] health(long n) {
        return Connections.request("GET", "/actuator/health", port, List.of(), null);
    }

    // ---- the open-model driver

    static final class Phase {
        final String name;
        final Histogram main;
        final Histogram health;
        final long sent;
        final long errors;
        final double achievedRate;
        final StubServer.Tally tally;
        final double cpuPerRequest;
        final double driverCpuPerRequest;

        Phase(
                String name,
                Histogram main,
                Histogram health,
                long sent,
                long errors,
                double achievedRate,
                StubServer.Tally tally,
                double cpuPerRequest,
                double driverCpuPerRequest) {
            this.name = name;
            this.main = main;
            this.health = health;
            this.sent = sent;
            this.errors = errors;
            this.achievedRate = achievedRate;
            this.tally = tally;
            this.cpuPerRequest = cpuPerRequest;
            this.driverCpuPerRequest = driverCpuPerRequest;
        }
    }

    private void warmUp(int seconds) throws Exception {
        drive(mainConnections, seconds, 100, this::teams, true, new Recorder(3), new AtomicLong());
        drive(mainConnections, seconds, 100, this::slack, true, new Recorder(3), new AtomicLong());
        drive(mainConnections, seconds / 2, 100, this::chat, true, new Recorder(3), new AtomicLong());
        Thread.sleep(3000);
    }

    private Phase phase(
            App app, StubServer stub, String name, int seconds, int rate, LongFunction<byte[]> request, Channel channel)
            throws Exception {
        Recorder main = new Recorder(3);
        Recorder health = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        AtomicLong healthErrors = new AtomicLong();
        Thread baseline = new Thread(() -> {
            try {
                drive(healthConnections, seconds, 50, this::health, false, health, healthErrors);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long cpuBefore = app.cpuMillis();
        long driverBefore = App.cpuMillisOf(ProcessHandle.current().pid());
        baseline.start();
        long start = System.nanoTime();
        long first = next.get();
        long sent = drive(mainConnections, seconds, rate, request, true, main, errors);
        double achieved = sent / ((System.nanoTime() - start) / 1e9);
        baseline.join();
        long last = next.get();
        StubServer.Tally tally = null;
        if (channel != Channel.WEB) {
            // answers may still be on their way (Slack answers from its workers): wait up to 30 s
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            do {
                tally = channel == Channel.TEAMS ? stub.teams(first, last) : stub.slack(first, last);
                if (tally.missing() <= errors.get()) {
                    break;
                }
                Thread.sleep(500);
            } while (System.nanoTime() < deadline);
        } else {
            Thread.sleep(2000);
        }
        long cpu = app.cpuMillis() - cpuBefore;
        long driverCpu = App.cpuMillisOf(ProcessHandle.current().pid()) - driverBefore;
        Phase p = new Phase(
                name + " @" + rate,
                main.getIntervalHistogram(),
                health.getIntervalHistogram(),
                sent,
                errors.get() + healthErrors.get(),
                achieved,
                tally,
                (double) cpu / (sent + (long) seconds * 50),
                (double) driverCpu / (sent + (long) seconds * 50));
        line(
                "%s: %d requests, %d not 200, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms; health p99 %.1f ms;"
                        + " answered %s; CPU per request: app %.2f ms, driver and stub %.2f ms",
                p.name,
                p.sent,
                p.errors,
                ms(p.main.getValueAtPercentile(50)),
                ms(p.main.getValueAtPercentile(99)),
                ms(p.main.getValueAtPercentile(99.9)),
                ms(p.main.getMaxValue()),
                ms(p.health.getValueAtPercentile(99)),
                tally == null ? "-" : tally,
                p.cpuPerRequest,
                p.driverCpuPerRequest);
        Thread.sleep(2000);
        return p;
    }

    /**
     * Starts {@code rate} requests per second for {@code seconds}, each timed from its scheduled
     * start and numbered from the run's counter; waits for all.
     */
    private long drive(
            Connections connections,
            int seconds,
            int rate,
            LongFunction<byte[]> request,
            boolean numbered,
            Recorder recorder,
            AtomicLong errors)
            throws InterruptedException {
        long total = (long) seconds * rate;
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long t0 = System.nanoTime();
        CountDownLatch done = new CountDownLatch((int) total);
        for (long i = 0; i < total; i++) {
            long scheduled = t0 + i * period;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            byte[] r = request.apply(numbered ? next.getAndIncrement() : i);
            connections.send(r, status -> {
                if (status != 200) {
                    errors.incrementAndGet();
                }
                recorder.recordValue(Math.max(0, System.nanoTime() - scheduled));
                done.countDown();
            });
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            errors.addAndGet(done.getCount());
        }
        return total;
    }

    // ---- stubs, tokens, signatures

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
