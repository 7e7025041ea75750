package nl.weerbaar.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays Microsoft's and Slack's servers for the load test: OpenID metadata, JWKS and the token
 * endpoint of the Bot Framework, the Bot Connector, and Slack's Web API. It is the JDK's own HTTP
 * server rather than WireMock (which the bot's tests use): on two shared cores every cycle the
 * stub spends is taken from the application under test, and this one does no request matching,
 * journaling or templating. It counts what it receives, so the test can say whether every message
 * got exactly one answer.
 */
final class StubServer implements AutoCloseable {
    private static final Pattern TEAMS_REPLY = Pattern.compile("/teams/v3/conversations/[^/]+/activities/load-(\\d+)");
    private static final Pattern SLACK_THREAD = Pattern.compile("(?:^|&)thread_ts=1700000000\\.(\\d+)");
    private static final Pattern SLACK_THREAD_JSON = Pattern.compile("\"thread_ts\"\\s*:\\s*\"1700000000\\.(\\d+)\"");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(32);
    private final String jwks;
    private final String tenant;
    /** Answers received per message number, per channel. */
    private final Map<Long, AtomicInteger> teamsReplies = new ConcurrentHashMap<>();

    private final Map<Long, AtomicInteger> slackReplies = new ConcurrentHashMap<>();
    private final AtomicLong unmatched = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    StubServer(String jwks, String tenant) throws IOException {
        // Without TCP_NODELAY the JDK server's small answers wait for the client's delayed ACK:
        // some 40 ms per call, which capped the Slack workers at about 80 answers per second.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.jwks = jwks;
        this.tenant = tenant;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (path.equals("/v1/.well-known/openidconfiguration")) {
            json(
                    exchange,
                    "{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\"" + baseUrl()
                            + "/v1/.well-known/keys\"}");
        } else if (path.equals("/v1/.well-known/keys")) {
            json(exchange, jwks);
        } else if (path.equals("/" + tenant + "/oauth2/v2.0/token")) {
            json(exchange, "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"stub-token\"}");
        } else if (path.startsWith("/teams/v3/conversations/")) {
            count(TEAMS_REPLY.matcher(path), teamsReplies);
            json(exchange, "{\"id\":\"reply\"}");
        } else if (path.equals("/api/auth.test")) {
            json(
                    exchange,
                    "{\"ok\":true,\"url\":\"https://load.slack.com/\",\"team\":\"Load\",\"user\":\"weerbaar\","
                            + "\"team_id\":\"T111\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}");
        } else if (path.equals("/api/users.info")) {
            json(exchange, "{\"ok\":false,\"error\":\"user_not_found\"}");
        } else if (path.equals("/api/chat.postMessage")) {
            String form = URLDecoder.decode(body, StandardCharsets.UTF_8);
            Matcher m = SLACK_THREAD.matcher(form);
            count(m.find() ? m : SLACK_THREAD_JSON.matcher(body), slackReplies);
            json(exchange, "{\"ok\":true,\"channel\":\"C0LOAD\",\"ts\":\"1.2\"}");
        } else if (path.startsWith("/api/")) {
            json(exchange, "{\"ok\":true}");
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        }
    }

    private void count(Matcher m, Map<Long, AtomicInteger> replies) {
        if (m.find()) {
            replies.computeIfAbsent(Long.parseLong(m.group(1)), k -> new AtomicInteger())
                    .incrementAndGet();
        } else {
            unmatched.incrementAndGet();
        }
    }

    private static void json(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** How many of messages {@code from} (inclusive) to {@code to} (exclusive) were answered once, more than once, never. */
    Tally teams(long from, long to) {
        return Tally.of(teamsReplies, from, to);
    }

    Tally slack(long from, long to) {
        return Tally.of(slackReplies, from, to);
    }

    long unmatched() {
        return unmatched.get();
    }

    record Tally(long once, long duplicated, long missing) {
        static Tally of(Map<Long, AtomicInteger> replies, long from, long to) {
            long once = 0;
            long duplicated = 0;
            long missing = 0;
            for (long n = from; n < to; n++) {
                AtomicInteger c = replies.get(n);
                int count = c == null ? 0 : c.get();
                if (count == 0) {
                    missing++;
                } else if (count == 1) {
                    once++;
                } else {
                    duplicated++;
                }
            }
            return new Tally(once, duplicated, missing);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
