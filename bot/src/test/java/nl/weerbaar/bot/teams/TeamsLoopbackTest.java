package nl.weerbaar.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The local trial, switched on with {@code weerbaar.teams.emulator=true} (no MicrosoftAppId): loopback
 * callers only (the socket's address, never a forwarded header: this context trusts forwarded
 * headers as Spring does behind a proxy), no token, a loopback service URL only, replies without a
 * token.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:teams-loopback;DB_CLOSE_DELAY=-1",
            "weerbaar.teams.emulator=true",
            "server.forward-headers-strategy=native",
            // every caller counts as a trusted proxy, as the ingress of a cluster does
            "server.tomcat.remoteip.internal-proxies=.*"
        })
class TeamsLoopbackTest extends TeamsHttpTest {

    @BeforeEach
    void emptyJournal() {
        WIREMOCK.resetRequests();
        WIREMOCK.stubFor(post(urlPathMatching("/[^/]+/v3/conversations/.*"))
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"reply-1\"}")));
    }

    @Test
    void loopbackCallerWithoutTokenIsAnsweredWithoutBearer() throws Exception {
        ObjectNode activity = fixture("02-personal-chat-message.json");
        activity.put("text", "help");

        assertEquals(200, send(null, JSON.writeValueAsString(activity)).statusCode());

        assertEquals(1, connectorCalls().size());
        assertNull(connectorCalls().get(0).getHeader("Authorization"));
    }

    @Test
    void emulatorActivityWithoutRecipientRoleIsAccepted() throws Exception {
        ObjectNode activity = fixture("02-personal-chat-message.json");
        activity.put("channelId", "emulator");
        activity.put("text", "help");
        ((ObjectNode) activity.path("recipient")).remove("role");

        assertEquals(200, send(null, JSON.writeValueAsString(activity)).statusCode());
        assertEquals(1, connectorCalls().size());
    }

    @Test
    void malformedJsonIsA400NotA500() throws Exception {
        assertEquals(400, send(null, "{\"type\": ").statusCode());
    }

    @Test
    void nonLoopbackCallerIsRejectedWithoutReply() throws Exception {
        Optional<String> address = nonLoopbackAddress();
        assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address");
        ObjectNode activity = fixture("02-personal-chat-message.json");
        activity.put("text", "help");
        ((ObjectNode) activity.path("from"))
                .put("aadObjectId", UUID.randomUUID().toString());

        assertEquals(
                401,
                send(address.get(), null, JSON.writeValueAsString(activity)).statusCode());
        assertEquals(0, connectorCalls().size());
    }

    /** Issue 15, item 1: behind a proxy that forwards headers, "X-Forwarded-For: 127.0.0.1" from outside. */
    @Test
    void forwardedForLoopbackFromOutsideIsRejectedWithoutReply() throws Exception {
        Optional<String> address = nonLoopbackAddress();
        assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address");
        ObjectNode activity = fixture("02-personal-chat-message.json");
        activity.put("text", "help");

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://" + address.get() + ":" + port + "/api/messages"))
                                .header("Content-Type", "application/json")
                                .header("X-Forwarded-For", "127.0.0.1")
                                .header("X-Real-IP", "127.0.0.1")
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(activity)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode());
        assertEquals(0, connectorCalls().size());
    }

    /**
     * A reverse proxy on the same machine reaches the app over the loopback socket too: whatever it
     * forwards (here an outside client) is refused in emulator mode, with or without the header.
     */
    @Test
    void aReverseProxyOnTheSameMachineForwardingAnOutsideCallerIsRejectedWithoutReply() throws Exception {
        ObjectNode activity = fixture("02-personal-chat-message.json");
        activity.put("text", "help");

        for (String header : List.of("X-Forwarded-For", "Forwarded")) {
            String value = header.equals("Forwarded") ? "for=203.0.113.7" : "203.0.113.7";
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                                    .header("Content-Type", "application/json")
                                    .header(header, value)
                                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(activity)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertEquals(401, response.statusCode(), header);
        }
        assertEquals(0, connectorCalls().size());
    }

    /** Issue 15, item 1: a loopback caller may not make the bot post to a service URL elsewhere. */
    @Test
    void serviceUrlOffTheMachineIsRefusedAndNothingIsPostedThere() throws Exception {
        Optional<String> address = nonLoopbackAddress();
        assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address");
        String elsewhere = "/" + UUID.randomUUID() + "/";
        ObjectNode activity = fixture("02-personal-chat-message.json");
        activity.put("serviceUrl", "http://" + address.get() + ":" + WIREMOCK.port() + elsewhere);
        activity.put("text", "help");

        assertEquals(401, send(null, JSON.writeValueAsString(activity)).statusCode());

        assertEquals(
                0,
                WIREMOCK.getAllServeEvents().stream()
                        .filter(e -> e.getRequest().getUrl().startsWith(elsewhere))
                        .count());
    }

    private static Optional<String> nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }
}
