package nl.weerbaar.bot.teams;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** What {@code /api/messages} accepts ({@link EndpointMode}), and the socket address it checks in emulator mode. */
@Configuration(proxyBeanMethods = false)
class TeamsEndpointConfiguration {
    private static final Logger log = LoggerFactory.getLogger(TeamsEndpointConfiguration.class);

    @Bean
    EndpointMode teamsEndpointMode(Environment env, TeamsProperties properties) {
        EndpointMode mode = EndpointMode.of(env, properties.emulator());
        switch (mode) {
            case EMULATOR ->
                log.warn("Teams: emulator mode (weerbaar.teams.emulator=true): /api/messages accepts unauthenticated"
                        + " activities from loopback with a loopback service URL. Local trial only.");
            case OFF -> log.info("Teams: no MicrosoftAppId configured; /api/messages is off (404)");
            case BOT_FRAMEWORK -> {
                // the normal case: every request is checked
            }
        }
        return mode;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> teamsSocketAddress() {
        return factory -> factory.addContextValves(new SocketAddressValve());
    }
}
