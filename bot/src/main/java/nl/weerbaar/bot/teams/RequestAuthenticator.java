package nl.weerbaar.bot.teams;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import nl.weerbaar.bot.teams.ChannelTokenValidator.RefusedToken;

/**
 * Decides whether a request to {@code /api/messages} may be processed. With an app id: a valid
 * Bot Framework token ({@link ChannelTokenValidator}) whose {@code serviceurl} matches the
 * activity. Without one (local trial): only callers on the loopback interface, no token needed.
 */
final class RequestAuthenticator {
    private final ChannelTokenValidator validator;

    /** @param validator null for local-trial mode */
    RequestAuthenticator(ChannelTokenValidator validator) {
        this.validator = validator;
    }

    /** Checks the caller before the body is read; returns the token's claims (empty in trial mode). */
    Map<String, String> caller(String authorization, String remoteAddress) throws RefusedToken {
        if (validator != null) {
            return validator.validate(authorization);
        }
        if (!isLoopback(remoteAddress)) {
            throw new RefusedToken("no MicrosoftAppId configured: only loopback callers are accepted");
        }
        return Map.of();
    }

    /** Checks the parsed activity against the token; returns the identity for the SDK's pipeline. */
    ClaimsIdentity identity(Map<String, String> claims, Activity activity) throws RefusedToken {
        if (validator == null) {
            return new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE, Map.of());
        }
        ChannelTokenValidator.checkServiceUrl(claims, activity.getServiceUrl());
        return new ClaimsIdentity(ChannelTokenValidator.BOT_FRAMEWORK_ISSUER, claims);
    }

    static boolean isLoopback(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return false;
        }
        try {
            // a literal address from the servlet container: no name lookup happens
            return InetAddress.getByName(remoteAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
