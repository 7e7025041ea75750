package nl.weerbaar.bot.slack;

import com.google.gson.JsonParseException;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.methods.SlackApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: events, interactivity and slash commands. Bolt's servlet, with the
 * steps before Bolt done here: the body is read once as raw bytes (never through a reader, so
 * neither the platform charset nor a trailing newline changes it), the signature and timestamp
 * are checked over those bytes before anything is parsed (401 otherwise), and a signed request
 * Bolt cannot make sense of gets 400 instead of 500.
 */
final class SlackEventsServlet extends SlackAppServlet {
    private static final Logger log = LoggerFactory.getLogger(SlackEventsServlet.class);

    private final transient RequestSignature signature;
    private final transient SlackRequestParser parser;
    private final int maxBodyBytes;
    /** Events refused because the workers were full; logged the first time and every 1000th. */
    private final transient AtomicLong busy = new AtomicLong();

    SlackEventsServlet(App app, RequestSignature signature, int maxBodyBytes) {
        super(app);
        this.signature = signature;
        this.parser = new SlackRequestParser(app.config());
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = req.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            write(resp, Response.json(413, "{\"error\":\"request too large\"}"));
            return;
        }
        if (!signature.isValid(
                req.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                req.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE),
                body)) {
            write(resp, Response.json(401, "{\"error\":\"invalid request\"}"));
            return;
        }
        Request<?> slackRequest;
        try {
            slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(req.getRequestURI())
                    .queryString(QueryStringParser.toMap(req.getQueryString()))
                    .headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(req)))
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .remoteAddress(req.getRemoteAddr())
                    .build());
        } catch (RuntimeException e) {
            slackRequest = null;
        }
        if (slackRequest == null) {
            write(resp, Response.json(400, "{\"error\":\"unrecognised request\"}"));
            return;
        }
        write(resp, run(slackRequest));
    }

    private Response run(Request<?> slackRequest) {
        try {
            return getApp().run(slackRequest);
        } catch (MalformedPayload
                | JsonParseException
                | IllegalStateException
                | ClassCastException
                | UnsupportedOperationException
                | NullPointerException e) {
            // Bolt reads fields without checking their shape: a signed but odd payload is the sender's fault
            log.warn("Refused a malformed Slack {} request: {}", slackRequest.getRequestType(), e.toString());
            return Response.json(400, "{\"error\":\"malformed payload\"}");
        } catch (SlackWorkers.Busy e) {
            long refused = busy.incrementAndGet();
            if (refused == 1 || refused % 1000 == 0) {
                // not a line per event: under overload, logging would take CPU from the workers
                log.warn("Slack workers busy; asked Slack to retry ({} times so far)", refused);
            }
            Response busy = Response.json(503, "{\"error\":\"busy\"}");
            busy.getHeaders().put("Retry-After", java.util.List.of("5"));
            return busy;
        } catch (SlackApiException | IOException e) {
            // Bolt asks the Web API while acknowledging (e.g. bots.info for a bot's message): Slack's
            // own outage, so ask Slack to retry instead of failing with 500 (found by fuzzing)
            log.warn(
                    "Slack Web API failed while handling a {} request; asked Slack to retry: {}",
                    slackRequest.getRequestType(),
                    e.toString());
            Response unavailable = Response.json(503, "{\"error\":\"slack api unavailable\"}");
            unavailable.getHeaders().put("Retry-After", java.util.List.of("5"));
            return unavailable;
        } catch (Exception e) {
            log.error("Failed to handle a Slack {} request: {}", slackRequest.getRequestType(), e.toString());
            return Response.json(500, "{\"error\":\"internal error\"}");
        }
    }

    private static void write(HttpServletResponse resp, Response slackResponse) throws IOException {
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        ServletAdapterOps.writeResponse(resp, slackResponse);
    }
}
