package nl.weerbaar.bot.teams;

import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.Activity;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import nl.weerbaar.bot.teams.ActivityJson.BadActivity;
import nl.weerbaar.bot.teams.ChannelTokenValidator.KeysUnavailable;
import nl.weerbaar.bot.teams.ChannelTokenValidator.RefusedToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}, the Bot Framework messaging endpoint Teams calls. Order of work: the
 * caller is authenticated first (401 and nothing else happens), then the body is read as an
 * activity (400 when it is not one), then the token is matched to the activity's service URL
 * (401), and only then the bot runs and replies through the Bot Connector. Without an app id and
 * without the emulator switched on the endpoint is 404 ({@link EndpointMode}). Message texts are
 * never logged.
 */
@RestController
class TeamsController {
    private static final Logger log = LoggerFactory.getLogger(TeamsController.class);
    static final int MAX_BODY_BYTES = 256 * 1024;

    private final RequestAuthenticator authenticator;
    private final TeamsAdapter adapter;
    private final TeamsBot bot;
    /** Turns in progress; bounded so that a hanging connector cannot hold every request thread. */
    private final Semaphore turns;

    private final int maxTurns;
    private final AtomicLong busy = new AtomicLong();

    TeamsController(
            RequestAuthenticator authenticator, TeamsAdapter adapter, TeamsBot bot, TeamsProperties properties) {
        this.authenticator = authenticator;
        this.adapter = adapter;
        this.bot = bot;
        this.maxTurns = properties.maxConcurrentTurns();
        this.turns = new Semaphore(maxTurns);
        ActivityJson.warmUp();
    }

    @PostMapping("/api/messages")
    ResponseEntity<String> messages(HttpServletRequest request) throws IOException {
        if (authenticator.off()) {
            return ResponseEntity.notFound().build();
        }
        Map<String, String> claims;
        try {
            // the socket's address, never getRemoteAddr(): behind forwarded headers that is the client's say
            claims = authenticator.caller(
                    request.getHeader(HttpHeaders.AUTHORIZATION), SocketAddressValve.of(request), viaProxy(request));
        } catch (RefusedToken e) {
            return refuse(e);
        } catch (KeysUnavailable e) {
            log.error("Cannot check Teams tokens: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        byte[] body = read(request.getInputStream());
        if (body == null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        Activity activity;
        ClaimsIdentity identity;
        try {
            activity = ActivityJson.parse(body);
            identity = authenticator.identity(claims, activity);
        } catch (BadActivity e) {
            log.info("Refused a request to /api/messages: {}", e.getMessage());
            return ResponseEntity.badRequest().build();
        } catch (RefusedToken e) {
            return refuse(e);
        }
        if (!turns.tryAcquire()) {
            long refused = busy.incrementAndGet();
            if (refused == 1 || refused % 1000 == 0) {
                log.warn(
                        "Teams: {} turns already in progress; asked the Bot Framework to retry ({} times so far)",
                        maxTurns,
                        refused);
            }
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "1")
                    .build();
        }
        InvokeResponse invokeResponse;
        try {
            invokeResponse = adapter.process(identity, activity, bot).join();
        } catch (CompletionException | IllegalArgumentException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            boolean connector = causedByConnector(cause);
            log.error(
                    "Teams activity {} of type {} failed{}: {}",
                    activity.getId(),
                    activity.getType(),
                    connector ? " (Bot Connector unreachable or refusing after retries)" : "",
                    cause.toString());
            return ResponseEntity.status(connector ? HttpStatus.BAD_GATEWAY : HttpStatus.INTERNAL_SERVER_ERROR)
                    .build();
        } finally {
            turns.release();
        }
        if (invokeResponse == null) {
            return ResponseEntity.ok().build();
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(invokeResponse.getStatus());
        if (invokeResponse.getBody() == null) {
            return response.build();
        }
        return response.contentType(MediaType.APPLICATION_JSON).body(ActivityJson.write(invokeResponse.getBody()));
    }

    /** The Bot Connector could not be reached or answered with an error after all retries. */
    private static boolean causedByConnector(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException || c instanceof ErrorResponseException) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<String> refuse(RefusedToken e) {
        log.warn("Refused a request to /api/messages: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }

    /** The body, or null when it exceeds {@link #MAX_BODY_BYTES}. */
    private static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }

    /**
     * Whether the request came through a proxy: it carries a forwarding header, or a forward-headers
     * strategy already replaced the remote address (and may have removed the header) so that it is
     * no longer the socket's peer.
     */
    private static boolean viaProxy(HttpServletRequest request) {
        String peer = SocketAddressValve.of(request);
        if (request.getHeader("Forwarded") != null || (peer != null && !peer.equals(request.getRemoteAddr()))) {
            return true;
        }
        var names = request.getHeaderNames();
        while (names != null && names.hasMoreElements()) {
            if (names.nextElement().toLowerCase(java.util.Locale.ROOT).startsWith("x-forwarded-")) {
                return true;
            }
        }
        return false;
    }
}
