package nl.weerbaar.bot.aanmelding;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Spring Security for the whole application. Without a client registration it stays out of the
 * way: no filter runs, and every surface keeps its own protection (Teams JWT, Slack signature, the
 * admin bearer token, the inbox links' SameSite=Strict session). With one (or several):
 *
 * <ul>
 *   <li>OAuth2 login (authorization code with PKCE, also for confidential clients) at {@code
 *       /oauth2/authorization/{registrationId}}, back at {@code /login/oauth2/code/{registrationId}};
 *       the Dutch choice of provider at {@code /aanmelden}; a refused account ends on {@code
 *       /aanmelden/geweigerd}, a failed sign-in (a bad id token) on {@code /aanmelden/mislukt}.
 *   <li>The session in the database (Spring Session JDBC), at most 12 hours from the sign-in ({@link
 *       SessieDuur}), its cookie HttpOnly, SameSite=Lax (the
 *       provider's redirect back is a cross-site navigation), {@code Secure} over https.
 *   <li>CSRF tokens on every form: the inbox, the inbox-link sign-in, logout. Exempt are only
 *       requests that a browser cannot forge cross-site: the machine endpoints with their own
 *       authentication ({@code /api/messages}: the Bot Framework's JWT; {@code /slack/**}: the
 *       signing secret), requests carrying an {@code Authorization} header (the admin API's and
 *       actuator's bearer token: a browser never adds it by itself), and the web chat's JSON API
 *       {@code POST /api/chat} when it is {@code application/json} (a cross-site form cannot send
 *       that; a cross-site script must ask a CORS preflight we never grant) and comes either
 *       without {@code Origin} (not a browser: the documented API for other clients) or from a
 *       browser not signed in with an account. A signed-in browser's chat sends the page's token
 *       in a header ({@code chat.js}), so nothing depends on comparing {@code Origin} with the
 *       request's scheme and host (which a TLS proxy without forwarded headers changes).
 *   <li>Logout is {@code POST /uitloggen} (with the token): the session row is deleted, so it ends on
 *       every instance, and the provider is asked to end its session too where it offers
 *       RP-initiated logout ({@code end_session_endpoint}); back on {@code /aanmelden/uitgelogd}.
 * </ul>
 *
 * Who may see what is decided by the pages themselves from the directory ({@link Aanmeldingen}):
 * this chain only establishes who someone is.
 */
@Configuration(proxyBeanMethods = false)
class Beveiliging {
    static final String AANMELDEN = "/aanmelden";
    static final String GEWEIGERD = "/aanmelden/geweigerd";
    static final String MISLUKT = "/aanmelden/mislukt";
    static final String UITGELOGD = "/aanmelden/uitgelogd";
    static final String UITLOGGEN = "/uitloggen";

    private static final Set<String> VEILIG = Set.of("GET", "HEAD", "TRACE", "OPTIONS");

    @Bean
    RequestCache requestCache() {
        return new HttpSessionRequestCache();
    }

    @Bean
    SecurityFilterChain beveiligingsketen(
            HttpSecurity http,
            Environment env,
            RequestCache requestCache,
            AanmeldingProperties properties,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<ClientRegistrationRepository> registraties)
            throws Exception {
        if (!AanmeldingAan.isAan(env)) {
            // no provider: the chain matches nothing, so nothing changes
            return http.securityMatcher(request -> false).build();
        }
        if (properties.leeg()) {
            throw new IllegalStateException(
                    "Sign-in is configured (" + AanmeldingAan.REGISTRATIES
                            + ".*) but no account is allowed: set weerbaar.aanmelding.tenants (Entra tenant ids)"
                            + " or weerbaar.aanmelding.domeinen (Google Workspace domains, or e-mail domains of another OIDC provider)");
        }
        ClientRegistrationRepository repository = registraties.getObject();
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(repository, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        SavedRequestAwareAuthenticationSuccessHandler terug = new SavedRequestAwareAuthenticationSuccessHandler();
        terug.setRequestCache(requestCache);
        terug.setDefaultTargetUrl("/");
        OidcClientInitiatedLogoutSuccessHandler uitgelogd = new OidcClientInitiatedLogoutSuccessHandler(repository);
        uitgelogd.setPostLogoutRedirectUri("{baseUrl}" + UITGELOGD);
        uitgelogd.setDefaultTargetUrl(UITGELOGD);
        Duration duur = Binder.get(env)
                .bind("server.servlet.session.timeout", Duration.class)
                .orElse(Duration.ofHours(12));
        return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .addFilterAfter(new SessieDuur(duur, clock), SecurityContextHolderFilter.class)
                .requestCache(c -> c.requestCache(requestCache))
                .csrf(c -> c.requireCsrfProtectionMatcher(Beveiliging::csrfNodig))
                .oauth2Login(o -> o.loginPage(AANMELDEN)
                        .authorizationEndpoint(e -> e.authorizationRequestResolver(resolver))
                        .userInfoEndpoint(u -> u.oidcUserService(new SchoolAccounts(properties)))
                        .successHandler(terug)
                        .failureHandler((request, response, fout) -> {
                            boolean geweigerd = fout instanceof OAuth2AuthenticationException e
                                    && SchoolAccounts.GEEN_TOEGANG.equals(
                                            e.getError().getErrorCode());
                            response.sendRedirect(request.getContextPath() + (geweigerd ? GEWEIGERD : MISLUKT));
                        }))
                .logout(l -> l.logoutUrl(UITLOGGEN)
                        .logoutSuccessHandler(uitgelogd)
                        .invalidateHttpSession(true)
                        .clearAuthentication(true))
                .build();
    }

    /** Whether a request must carry the CSRF token (see the class comment for the exemptions). */
    static boolean csrfNodig(HttpServletRequest request) {
        if (VEILIG.contains(request.getMethod())) {
            return false;
        }
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        if (pad.equals("/api/messages") || pad.startsWith("/slack/")) {
            return false;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        if (pad.equals("/api/chat")) {
            return !(json(request) && (request.getHeader(HttpHeaders.ORIGIN) == null || !metAccount()));
        }
        return true;
    }

    private static boolean json(HttpServletRequest request) {
        try {
            return request.getContentType() != null
                    && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether this request's session is signed in with an account (its cookie is only SameSite=Lax). */
    private static boolean metAccount() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken;
    }
}
