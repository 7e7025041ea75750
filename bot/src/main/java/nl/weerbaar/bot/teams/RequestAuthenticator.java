package nl.weerbaar.bot.teams;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.weerbaar.bot.teams.ChannelTokenValidator.RefusedToken;

/**
 * Decides whether a request to {@code /api/messages} may be processed. With an app id: a valid
 * Bot Framework token ({@link ChannelTokenValidator}) whose {@code serviceurl} matches the
 * activity. In emulator mode ({@link EndpointMode#EMULATOR}): no token, but only a caller whose
 * socket is on the loopback interface, with a service URL on loopback too, so that the bot never
 * posts what it answers anywhere else. Otherwise nothing is accepted ({@link #off()}).
 */
final class RequestAuthenticator {
    /** An IPv4 literal, or an IPv6 literal as a URI host writes it (in brackets): no name lookup. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[[0-9a-fA-F:.]+]");

    private final EndpointMode mode;
    private final ChannelTokenValidator validator;

    /** @param validator the token checks; only for {@link EndpointMode#BOT_FRAMEWORK} */
    RequestAuthenticator(EndpointMode mode, ChannelTokenValidator validator) {
        if ((mode == EndpointMode.BOT_FRAMEWORK) != (validator != null)) {
            throw new IllegalArgumentException("a token validator belongs to the Bot Framework mode only");
        }
        this.mode = mode;
        this.validator = validator;
    }

    /** True when the endpoint accepts nothing: no app id and no emulator (it answers 404). */
    boolean off() {
        return mode == EndpointMode.OFF;
    }

    /**
     * Checks the caller before the body is read; returns the token's claims (empty in emulator mode).
     *
     * @param socketAddress the TCP peer's address ({@link SocketAddressValve}), never a header's
     * @param forwarded whether the request came through a proxy (it carries {@code Forwarded} or an
     *     {@code X-Forwarded-*} header): a reverse proxy on the same machine is on the loopback
     *     socket too, and the emulator on the developer's machine is never behind one
     */
    Map<String, String> caller(String authorization, String socketAddress, boolean forwarded) throws RefusedToken {
        return switch (mode) {
            case BOT_FRAMEWORK -> validator.validate(authorization);
            case EMULATOR -> {
                if (!isLoopback(socketAddress)) {
                    throw new RefusedToken("emulator mode: only callers on the loopback socket are accepted");
                }
                if (forwarded) {
                    throw new RefusedToken("emulator mode: a request that came through a proxy is refused");
                }
                yield Map.of();
            }
            case OFF -> throw new RefusedToken("no MicrosoftAppId and no emulator: the endpoint is off");
        };
    }

    /** Checks the parsed activity against the token; returns the identity for the SDK's pipeline. */
    ClaimsIdentity identity(Map<String, String> claims, Activity activity) throws RefusedToken {
        if (mode == EndpointMode.BOT_FRAMEWORK) {
            ChannelTokenValidator.checkServiceUrl(claims, activity.getServiceUrl());
            return new ClaimsIdentity(ChannelTokenValidator.BOT_FRAMEWORK_ISSUER, claims);
        }
        if (mode == EndpointMode.EMULATOR && isLoopbackUrl(activity.getServiceUrl())) {
            return new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE, Map.of());
        }
        throw new RefusedToken("emulator mode: only a service URL on loopback is accepted");
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            // a literal address from the servlet container: no name lookup happens
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** An http(s) URL whose host is {@code localhost} or a loopback literal; no name is looked up. */
    static boolean isLoopbackUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null || uri.getUserInfo() != null) {
                return false;
            }
            if (host.equalsIgnoreCase("localhost")) {
                return true;
            }
            return IP_LITERAL.matcher(host).matches()
                    && isLoopback(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
