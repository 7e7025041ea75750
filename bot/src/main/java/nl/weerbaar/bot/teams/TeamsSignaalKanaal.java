package nl.weerbaar.bot.teams;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.bot.http.RetryPolicy;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.signals.BezorgFout;
import nl.weerbaar.bot.signals.SignaalKaart;
import nl.weerbaar.bot.signals.SignaalKanaal;
import nl.weerbaar.catalog.Kanaal;
import nl.weerbaar.catalog.Persoon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signals in Teams, as proactive messages with an Adaptive Card. With a stored personal
 * conversation reference the card is posted into that conversation (what the SDK's {@code
 * continueConversation} + {@code sendActivity} put on the wire: {@code POST
 * {serviceUrl}/v3/conversations/{id}/activities}); without one, a 1:1 conversation is created
 * first with the user's AAD object id and the tenant ({@code POST {serviceUrl}/v3/conversations},
 * the connector's createConversation). One attempt per call, each with a timeout: the signals
 * outbox retries 5xx, 429 (Retry-After) and timeouts under its {@link RetryPolicy}. The bearer
 * token comes from the same client-credentials client the replies use.
 */
final class TeamsSignaalKanaal implements SignaalKanaal {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final BotIdentity identity;
    private final BotTokenClient tokens;
    private final ConversationReferences references;
    private final URI serviceUrl;
    private final JsonMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TeamsSignaalKanaal(
            BotIdentity identity,
            BotTokenClient tokens,
            ConversationReferences references,
            URI serviceUrl,
            JsonMapper json) {
        this.identity = identity;
        this.tokens = tokens;
        this.references = references;
        this.serviceUrl = serviceUrl;
        this.json = json;
    }

    @Override
    public Kanaal kanaal() {
        return Kanaal.TEAMS;
    }

    @Override
    public boolean actief() {
        return tokens != null && identity.configured();
    }

    @Override
    public Optional<String> adres(Persoon persoon) {
        return actief()
                ? Optional.ofNullable(persoon.teamsAadObjectId()).filter(id -> !id.isBlank())
                : Optional.empty();
    }

    @Override
    public void stuur(String userAadId, Antwoord bericht) {
        stuurKaart(userAadId, AdaptiveCards.card(bericht), AdaptiveCards.voorvertoning(bericht));
    }

    @Override
    public void stuur(String userAadId, SignaalKaart kaart) {
        stuurKaart(userAadId, AdaptiveCards.card(kaart), AdaptiveCards.voorvertoning(kaart));
    }

    private void stuurKaart(String userAadId, Map<String, Object> card, String voorvertoning) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("type", "message");
        // what the notification shows: for a signal its heading, never the description or the pupil
        activity.put("summary", voorvertoning);
        activity.put("text", AdaptiveCards.escape(voorvertoning));
        activity.put("attachments", List.of(Map.of("contentType", AdaptiveCards.CONTENT_TYPE, "content", card)));
        Optional<ConversationReferences.Opgeslagen> opgeslagen = references.persoonlijk(userAadId);
        String base;
        String conversation;
        if (opgeslagen.isPresent()) {
            base = withSlash(opgeslagen.get().serviceUrl());
            conversation = opgeslagen.get().conversationId();
        } else {
            base = withSlash(serviceUrl.toString());
            conversation = createConversation(base, userAadId);
        }
        post(base + "v3/conversations/" + encode(conversation) + "/activities", activity, "sendToConversation");
    }

    private String createConversation(String base, String userAadId) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("isGroup", false);
        params.put("bot", Map.of("id", "28:" + identity.appId()));
        params.put("members", List.of(Map.of("id", userAadId)));
        if (identity.tenantId() != null) {
            params.put("tenantId", identity.tenantId());
            params.put("channelData", Map.of("tenant", Map.of("id", identity.tenantId())));
        }
        JsonNode created = json.readTree(post(base + "v3/conversations", params, "createConversation"));
        String id = created.path("id").asString(null);
        if (id == null || id.isBlank()) {
            throw BezorgFout.definitief("createConversation: no conversation id");
        }
        return id;
    }

    private String post(String url, Object body, String call) {
        String token;
        try {
            token = tokens.token();
        } catch (RuntimeException e) {
            throw BezorgFout.tijdelijk("token: " + e.getClass().getSimpleName(), null);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw BezorgFout.tijdelijk(call + ": timeout", null);
        } catch (IOException e) {
            throw BezorgFout.tijdelijk(call + ": " + e.getClass().getSimpleName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw BezorgFout.tijdelijk(call + ": interrupted", null);
        }
        int status = response.statusCode();
        if (RetryPolicy.isTemporary(status)) {
            throw BezorgFout.tijdelijk(
                    call + ": HTTP " + status,
                    response.headers().firstValue("Retry-After").orElse(null));
        }
        if (status < 200 || status >= 300) {
            throw BezorgFout.definitief(call + ": HTTP " + status);
        }
        return response.body();
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static String encode(String conversationId) {
        return java.net.URLEncoder.encode(conversationId, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
