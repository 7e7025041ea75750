package nl.weerbaar.bot.aanmelding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The identity providers of the sign-in tests: one mock-oauth2-server (a real OpenID Connect
 * provider on localhost: discovery, JWKS, authorize, token, userinfo, end_session) with three
 * issuers, "school" playing the school's Entra ID tenant, "google" its Google Workspace and
 * "instelling" any other OpenID Connect provider (e.g. the school's own Keycloak), registered as
 * {@code entra} ("Microsoft"), {@code google} ("Google") and {@code instelling} ("Schoolaccount"). Who signs in next is said with {@link
 * #entra} or {@link #google} before the browser reaches the token endpoint.
 */
final class SchoolIdp {
    static final String CLIENT_ID = "weerbaar";
    static final String TENANT = "11111111-2222-4333-8444-555555555555";
    static final String ANDERE_TENANT = "99999999-8888-4777-8666-555555555555";
    static final String DOMEIN = "voorbeeldcollege.example";

    /** A token response of the test's own making, answered once by the school's token endpoint. */
    static final AtomicReference<String> VOLGEND_TOKENANTWOORD = new AtomicReference<>();

    static final MockOAuth2Server IDP = start();

    private SchoolIdp() {}

    private static MockOAuth2Server start() {
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(), new EigenTokenantwoord());
        server.start();
        return server;
    }

    /** Before the provider's own routes: the school's token endpoint answers a prepared response once. */
    private static final class EigenTokenantwoord implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return request.getMethod().equals("POST")
                    && request.getUrl().encodedPath().equals("/school/token")
                    && VOLGEND_TOKENANTWOORD.get() != null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String body = VOLGEND_TOKENANTWOORD.getAndSet(null);
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, body, null);
        }
    }

    /** The two registrations and the allowed tenant and domain. */
    static void registraties(DynamicPropertyRegistry registry) {
        registratie(registry, "entra", "Microsoft", "school");
        registratie(registry, "google", "Google", "google");
        registratie(registry, "instelling", "Schoolaccount", "instelling");
        registry.add("weerbaar.aanmelding.tenants", () -> TENANT);
        registry.add("weerbaar.aanmelding.domeinen", () -> DOMEIN);
    }

    private static void registratie(DynamicPropertyRegistry registry, String id, String naam, String issuer) {
        String prefix = "spring.security.oauth2.client.registration." + id + ".";
        registry.add(prefix + "client-id", () -> CLIENT_ID);
        registry.add(prefix + "client-secret", () -> "geheim-" + id);
        registry.add(prefix + "client-name", () -> naam);
        registry.add(prefix + "scope", () -> "openid,profile,email");
        registry.add(prefix + "provider", () -> id);
        registry.add(
                "spring.security.oauth2.client.provider." + id + ".issuer-uri",
                () -> IDP.issuerUrl(issuer).toString());
    }

    /** The next sign-in at "Microsoft" is this Entra account. */
    static void entra(String oid, String tenant, String upn, String naam) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("oid", oid);
        claims.put("tid", tenant);
        claims.put("preferred_username", upn);
        claims.put("name", naam);
        IDP.enqueueCallback(new DefaultOAuth2TokenCallback("school", oid, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    /** The next sign-in at "Google" is this Workspace account. */
    static void google(String email, String domein, String naam) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email", email);
        claims.put("email_verified", true);
        if (domein != null) {
            claims.put("hd", domein);
        }
        claims.put("name", naam);
        IDP.enqueueCallback(
                new DefaultOAuth2TokenCallback("google", "g-" + email, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    /**
     * The next sign-in at "Schoolaccount" (another OpenID Connect provider, known by its issuer
     * URI) is this account; {@code geverifieerd} is its {@code email_verified} claim (null: none).
     */
    static void instelling(String email, Boolean geverifieerd, String naam) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email", email);
        if (geverifieerd != null) {
            claims.put("email_verified", geverifieerd);
        }
        // a user name of its own choosing, shaped like someone else's address: never the identity
        claims.put("preferred_username", "s.devries@" + DOMEIN);
        claims.put("name", naam);
        IDP.enqueueCallback(
                new DefaultOAuth2TokenCallback("instelling", "i-" + email, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    static void sanne() {
        entra("00000000-0000-4000-8000-000000000101", TENANT, "s.devries@" + DOMEIN, "Sanne de Vries (account)");
    }

    static void daan() {
        // known by his Entra object id; his account name differs from the directory's
        entra("00000000-0000-4000-8000-000000000210", TENANT, "daan.smit@" + DOMEIN, "D. Smit");
    }

    static void femke() {
        google("f.deboer@" + DOMEIN, DOMEIN, "Femke de Boer");
    }
}
