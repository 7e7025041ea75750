package nl.weerbaar.bot.teams;

import java.time.Clock;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.store.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/** Wires the Teams channel from {@code MicrosoftAppId}/{@code MicrosoftAppPassword}/{@code MicrosoftAppTenantId}. */
@Configuration(proxyBeanMethods = false)
class TeamsConfiguration {
    @Bean
    BotIdentity botIdentity(Environment env) {
        return BotIdentity.from(env);
    }

    @Bean
    RequestAuthenticator teamsRequestAuthenticator(
            EndpointMode mode, BotIdentity identity, TeamsProperties properties, Clock clock, JsonMapper json) {
        return new RequestAuthenticator(
                mode,
                mode == EndpointMode.BOT_FRAMEWORK
                        ? new ChannelTokenValidator(identity.appId(), properties.openidMetadataUrl(), clock, json)
                        : null);
    }

    /** The bot's token client, shared by replies and proactive messages; empty without an app id. */
    record BotTokens(BotTokenClient client) {}

    @Bean
    BotTokens teamsBotTokens(BotIdentity identity, TeamsProperties properties, Clock clock) {
        return new BotTokens(
                identity.configured()
                        ? new BotTokenClient(
                                identity.appId(),
                                identity.appPassword(),
                                properties.tokenEndpointFor(identity.tenantId()),
                                clock)
                        : null);
    }

    @Bean
    TeamsAdapter teamsAdapter(BotIdentity identity, BotTokens tokens, TeamsProperties properties, Clock clock) {
        return new TeamsAdapter(identity, tokens.client(), properties, clock);
    }

    /** Signals to aanspreekpunten and reporters as proactive Teams messages (see docs/SIGNALEN.md). */
    @Bean
    TeamsSignaalKanaal teamsSignaalKanaal(
            BotIdentity identity,
            BotTokens tokens,
            ConversationReferences references,
            TeamsProperties properties,
            JsonMapper json) {
        return new TeamsSignaalKanaal(identity, tokens.client(), references, properties.serviceUrl(), json);
    }

    @Bean
    TeamsBot teamsBot(
            Gesprek gesprek, ConversationReferences references, Database database, TeamsSignaalKanaal persoonlijk) {
        return new TeamsBot(gesprek, references, database, persoonlijk);
    }
}
