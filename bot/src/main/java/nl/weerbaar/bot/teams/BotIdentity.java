package nl.weerbaar.bot.teams;

import org.springframework.core.env.Environment;

/**
 * The bot's Azure registration, from the conventional Bot Framework settings {@code
 * MicrosoftAppId}, {@code MicrosoftAppPassword} and {@code MicrosoftAppTenantId} (environment
 * variables or properties). Without an app id the Teams endpoint is off, or, when {@code
 * weerbaar.teams.emulator=true}, in emulator mode ({@link EndpointMode}).
 */
record BotIdentity(String appId, String appPassword, String tenantId) {

    static BotIdentity from(Environment env) {
        return new BotIdentity(
                blankToNull(env.getProperty("MicrosoftAppId")),
                blankToNull(env.getProperty("MicrosoftAppPassword")),
                blankToNull(env.getProperty("MicrosoftAppTenantId")));
    }

    boolean configured() {
        return appId != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "BotIdentity[appId=" + appId + ", tenantId=" + tenantId + "]";
    }
}
