package nl.weerbaar.bot.aanmelding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.catalog.CatalogSnapshot;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.signals.Melden;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.CatalogSource;
import nl.weerbaar.catalog.LoadResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign-in over the wire, without a screen: the authorization request (PKCE, nonce), id tokens
 * the application must refuse, accounts of another tenant or domain, the session cookie, and CSRF.
 */
class AanmeldingProtocolTest extends AanmeldingContext {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Gesprek gesprek;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogService catalogs;

    @Test
    void anAccountOfTheSchoolSignsInWithPkceAndNonceAndGetsASessionRowInTheDatabase() throws Exception {
        Bezoeker b = new Bezoeker();
        HttpResponse<String> start = b.get(url("/oauth2/authorization/entra"));
        assertEquals(302, start.statusCode());
        Map<String, String> vraag =
                query(URI.create(start.headers().firstValue("Location").orElseThrow()));
        // authorization code with PKCE (also for this confidential client) and a nonce
        assertEquals("code", vraag.get("response_type"));
        assertEquals("S256", vraag.get("code_challenge_method"));
        assertTrue(vraag.get("code_challenge").length() >= 43, vraag.toString());
        assertTrue(vraag.containsKey("nonce") && vraag.containsKey("state"), vraag.toString());
        assertEquals("openid profile email", vraag.get("scope"));

        SchoolIdp.sanne();
        HttpResponse<String> terug = b.volg(url("/oauth2/authorization/entra"));
        assertEquals(200, terug.statusCode());
        assertEquals("/", b.route.get(b.route.size() - 1).getPath(), b.route.toString());
        String sessie = b.sessie().orElseThrow(() -> new AssertionError("no session cookie"));
        HttpResponse<String> inbox = b.get(url("/inbox"));
        assertEquals(200, inbox.statusCode(), inbox.body());
        assertTrue(inbox.body().contains("s.devries@voorbeeldcollege.example"), inbox.body());
        // Spring Session's row: the cookie holds the base64 of its id
        String id = new String(java.util.Base64.getDecoder().decode(sessie), StandardCharsets.UTF_8);
        assertEquals(
                "00000000-0000-4000-8000-000000000101",
                jdbc.sql("select principal_name from spring_session where session_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single(),
                "the session is a row in the database, named by the account's subject");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        Bezoeker b = new Bezoeker();
        SchoolIdp.sanne();
        HttpResponse<String> r = b.get(url("/oauth2/authorization/entra"));
        HttpResponse<String> authorize =
                b.get(r.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> callback =
                b.get(authorize.headers().firstValue("Location").orElseThrow());
        String setCookie = callback.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("weerbaar_sessie="))
                .reduce((x, y) -> y)
                .orElseThrow(() -> new AssertionError(callback.headers().toString()));
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain http on localhost: not Secure; " + setCookie);
    }

    @Test
    void idTokensWithAWrongIssuerAudienceExpiryOrKeyGiveNoSession() throws Exception {
        // the control: the same crafted response with a good id token signs Sanne in
        assertEquals("/", aanmelding("school", SchoolIdp.IDP.issuerUrl("school").toString(), "weerbaar", 3600));
        assertEquals(
                "/aanmelden/mislukt",
                aanmelding("school", SchoolIdp.IDP.issuerUrl("ander").toString(), "weerbaar", 3600),
                "wrong issuer");
        assertEquals(
                "/aanmelden/mislukt",
                aanmelding("school", SchoolIdp.IDP.issuerUrl("school").toString(), "een-andere-app", 3600),
                "wrong audience");
        assertEquals(
                "/aanmelden/mislukt",
                aanmelding("school", SchoolIdp.IDP.issuerUrl("school").toString(), "weerbaar", -600),
                "expired");
        assertEquals(
                "/aanmelden/mislukt",
                aanmelding("ander", SchoolIdp.IDP.issuerUrl("school").toString(), "weerbaar", 3600),
                "signed with another key");
        HttpResponse<String> mislukt = new Bezoeker().get(url("/aanmelden/mislukt"));
        assertEquals(401, mislukt.statusCode());
        assertTrue(mislukt.body().contains(AanmeldingTeksten.MISLUKT), mislukt.body());
    }

    /**
     * Signs Sanne in with an id token made here (issuer, audience, expiry, the key of {@code
     * sleutelVan}'s issuer) as the provider's token response; returns where the application sends
     * the browser after the callback, having checked that only "/" left a session that opens her
     * inbox.
     */
    private String aanmelding(String sleutelVan, String issuer, String audience, long seconden) throws Exception {
        Bezoeker b = new Bezoeker();
        HttpResponse<String> start = b.get(url("/oauth2/authorization/entra"));
        Map<String, String> vraag =
                query(URI.create(start.headers().firstValue("Location").orElseThrow()));
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", List.of(audience));
        claims.put("sub", "00000000-0000-4000-8000-000000000101");
        claims.put("nonce", vraag.get("nonce"));
        claims.put("oid", "00000000-0000-4000-8000-000000000101");
        claims.put("tid", SchoolIdp.TENANT);
        claims.put("preferred_username", "s.devries@" + SchoolIdp.DOMEIN);
        claims.put("name", "Sanne de Vries");
        var tokens = SchoolIdp.IDP.getConfig().getTokenProvider();
        SignedJWT idToken = tokens.jwt(claims, Duration.ofSeconds(seconden), sleutelVan);
        Map<String, Object> toegang = new HashMap<>(claims);
        toegang.put("iss", SchoolIdp.IDP.issuerUrl("school").toString());
        toegang.put("aud", List.of(SchoolIdp.CLIENT_ID));
        toegang.remove("nonce");
        SignedJWT accessToken = tokens.jwt(toegang, Duration.ofHours(1), "school");
        SchoolIdp.VOLGEND_TOKENANTWOORD.set(
                ("{\"access_token\":\"" + accessToken.serialize() + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":3600,\"scope\":\"openid profile email\",\"id_token\":\""
                        + idToken.serialize() + "\"}"));
        HttpResponse<String> callback = b.get(url("/login/oauth2/code/entra?code=" + UUID.randomUUID() + "&state="
                + URLEncoder.encode(vraag.get("state"), StandardCharsets.UTF_8)));
        assertEquals(302, callback.statusCode(), callback.body());
        String naar = URI.create(callback.headers().firstValue("Location").orElseThrow())
                .getPath();
        HttpResponse<String> inbox = b.get(url("/inbox"));
        if (naar.equals("/")) {
            assertEquals(200, inbox.statusCode(), "signed in: her inbox");
        } else {
            assertEquals(303, inbox.statusCode(), "no session: sent to sign in");
            assertFalse(inbox.body().contains("s.devries"));
        }
        return naar;
    }

    @Test
    void anAccountOfAnotherTenantOrDomainOrAPrivateAccountIsRefusedWithTheDutchPage() throws Exception {
        SchoolIdp.entra(UUID.randomUUID().toString(), SchoolIdp.ANDERE_TENANT, "iemand@andereschool.example", "X");
        geweigerd("entra");
        SchoolIdp.google("iemand@andereschool.example", "andereschool.example", "Y");
        geweigerd("google");
        SchoolIdp.google("iemand@gmail.com", null, "Z");
        geweigerd("google");
        // the school's own admin with her own account of the school's domain gets in
        SchoolIdp.femke();
        Bezoeker femke = new Bezoeker();
        femke.volg(url("/oauth2/authorization/google"));
        assertEquals(200, femke.get(url("/admin")).statusCode());
    }

    @Test
    void anotherProvidersAccountGetsInOnlyWithAVerifiedAddressOfTheSchoolsDomain() throws Exception {
        SchoolIdp.instelling("f.deboer@" + SchoolIdp.DOMEIN, false, "Femke?");
        geweigerd("instelling");
        SchoolIdp.instelling("f.deboer@" + SchoolIdp.DOMEIN, null, "Femke?");
        geweigerd("instelling");
        SchoolIdp.instelling("iemand@andereschool.example", true, "Iemand");
        geweigerd("instelling");
        // verified and of the school's domain: in, as the person of that address (not of its user name)
        SchoolIdp.instelling("f.deboer@" + SchoolIdp.DOMEIN, true, "Femke de Boer");
        Bezoeker femke = new Bezoeker();
        femke.volg(url("/oauth2/authorization/instelling"));
        assertEquals(200, femke.get(url("/admin")).statusCode(), "the admin of that address");
        HttpResponse<String> inbox = femke.get(url("/inbox"));
        assertEquals(200, inbox.statusCode(), inbox.body());
        assertTrue(inbox.body().contains("f.deboer@" + SchoolIdp.DOMEIN), inbox.body());
        assertFalse(inbox.body().contains("s.devries@"), "not the preferred_username's person; " + inbox.body());
    }

    @Test
    void anEntraAccountWithAnAdminsAddressButAnotherObjectIdIsNotThatAdmin() throws Exception {
        SchoolIdp.entra(UUID.randomUUID().toString(), SchoolIdp.TENANT, "f.deboer@" + SchoolIdp.DOMEIN, "F. de Boer");
        Bezoeker ander = new Bezoeker();
        ander.volg(url("/oauth2/authorization/entra"));
        assertEquals(403, ander.get(url("/admin")).statusCode(), "Femke's object id is in the directory: only it");
        HttpResponse<String> inbox = ander.get(url("/inbox"));
        assertEquals(403, inbox.statusCode());
        assertFalse(inbox.body().contains("Femke de Boer"), inbox.body());
        // her own object id, whatever the account's name: her
        SchoolIdp.entra("00000000-0000-4000-8000-000000000901", SchoolIdp.TENANT, "femke@" + SchoolIdp.DOMEIN, "F");
        Bezoeker femke = new Bezoeker();
        femke.volg(url("/oauth2/authorization/entra"));
        assertEquals(200, femke.get(url("/admin")).statusCode());
        // without an object id in the directory, Lotte is still found by her Entra account's address
        SchoolIdp.entra(UUID.randomUUID().toString(), SchoolIdp.TENANT, "l.visser@" + SchoolIdp.DOMEIN, "L");
        Bezoeker lotte = new Bezoeker();
        lotte.volg(url("/oauth2/authorization/entra"));
        HttpResponse<String> haar = lotte.get(url("/inbox"));
        assertEquals(403, haar.statusCode());
        assertTrue(haar.body().contains("Lotte Visser"), "the directory's name; " + haar.body());
    }

    @Test
    void anOtherAccountNamedInTheDirectoryIsThatPersonWithHerRoles() throws Exception {
        SchoolIdp.google("femke.beheer@" + SchoolIdp.DOMEIN, SchoolIdp.DOMEIN, "Femke (beheer)");
        Bezoeker femke = new Bezoeker();
        femke.volg(url("/oauth2/authorization/google"));
        SchoolIdp.entra(
                "00000000-0000-4000-8000-0000000001A1", SchoolIdp.TENANT, "beheer.sdv@" + SchoolIdp.DOMEIN, "SdV");
        Bezoeker sanne = new Bezoeker();
        sanne.volg(url("/oauth2/authorization/entra"));
        assertEquals(403, femke.get(url("/admin")).statusCode(), "not named yet: a teacher of the school");
        assertEquals(403, sanne.get(url("/inbox")).statusCode(), "not named yet: a teacher of the school");

        // the bundled catalogue with accounts for Femke and Sanne; its knelpunten are the same, so the
        // serving recognizer is reused (building one takes seconds)
        CatalogSnapshot oud = catalogs.snapshot().orElseThrow();
        String organisatie;
        try (var in = getClass().getResourceAsStream("/aanmelding/organisatie-met-accounts.yaml")) {
            organisatie = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CatalogSource metAccounts = new CatalogSource() {
            @Override
            public String description() {
                return "de meegeleverde catalogus met andere accounts";
            }

            @Override
            public java.util.Optional<String> read(String bestand) throws java.io.IOException {
                return bestand.equals("organisatie.yaml")
                        ? java.util.Optional.of(organisatie)
                        : CatalogSource.bundled().read(bestand);
            }
        };
        LoadResult geladen = CatalogLoader.load(metAccounts);
        assertEquals(List.of(), geladen.problems());
        catalogs.install(
                new CatalogService.Prepared(geladen, oud.recognizer(), Duration.ZERO), metAccounts.description());
        try {
            // the roles follow the directory on every request: the same sessions, now theirs
            assertEquals(200, femke.get(url("/admin")).statusCode(), "Femke's Google account: the admin page");
            HttpResponse<String> inbox = sanne.get(url("/inbox"));
            assertEquals(200, inbox.statusCode(), inbox.body());
            assertTrue(inbox.body().contains("s.devries@" + SchoolIdp.DOMEIN), "Sanne's own inbox; " + inbox.body());
            assertEquals(403, sanne.get(url("/admin")).statusCode(), "her roles, no more");
        } finally {
            catalogs.install(
                    new CatalogService.Prepared(
                            new LoadResult(oud.source(), java.util.Optional.of(oud.catalog()), List.of()),
                            oud.recognizer(),
                            Duration.ZERO),
                    oud.source());
        }
    }

    private void geweigerd(String registratie) throws Exception {
        Bezoeker b = new Bezoeker();
        HttpResponse<String> pagina = b.volg(url("/oauth2/authorization/" + registratie));
        assertEquals("/aanmelden/geweigerd", b.route.get(b.route.size() - 1).getPath(), b.route.toString());
        assertEquals(403, pagina.statusCode());
        assertTrue(pagina.body().contains(AanmeldingTeksten.GEWEIGERD), pagina.body());
        assertEquals(303, b.get(url("/inbox")).statusCode(), "no session: sent to sign in");
        assertEquals(303, b.get(url("/admin")).statusCode(), "no session: sent to sign in");
    }

    @Test
    void anUnknownTeacherOfTheSchoolIsRefusedTheInboxAndTheAdminPageButChatsAsHerself() throws Exception {
        SchoolIdp.entra(UUID.randomUUID().toString(), SchoolIdp.TENANT, "nieuw@" + SchoolIdp.DOMEIN, "Nina Nieuw");
        Bezoeker b = new Bezoeker();
        b.volg(url("/oauth2/authorization/entra"));
        HttpResponse<String> inbox = b.get(url("/inbox"));
        assertEquals(403, inbox.statusCode());
        assertTrue(inbox.body().contains(AanmeldingTeksten.GEEN_INBOX), inbox.body());
        assertTrue(inbox.body().contains("Nina Nieuw"), "says who is signed in");
        assertEquals(403, b.get(url("/admin")).statusCode());
        HttpResponse<String> health = b.get(url("/actuator/health"));
        assertEquals(200, health.statusCode());
        assertFalse(health.body().contains("components"), "health details need the token; " + health.body());
        HttpResponse<String> meldingen = chat(b, "mijn meldingen", null);
        assertEquals(200, meldingen.statusCode(), meldingen.body());
        assertFalse(meldingen.body().contains("inloggen"), "signed in: no request to sign in; " + meldingen.body());
    }

    @Test
    void aCrossSiteFormPostToAnInboxOrAnAdminActionIsRefusedTheSameFormFromThePageWorks() throws Exception {
        String ref = Melden.meld(
                gesprek,
                Afzender.webIngelogd("l.visser@voorbeeldcollege.example", "Lotte Visser"),
                "de-linde",
                "Een leerling wordt opgewacht bij de fietsenstalling.",
                false);
        SchoolIdp.sanne();
        Bezoeker sanne = new Bezoeker();
        sanne.volg(url("/oauth2/authorization/entra"));
        HttpResponse<String> aanval = sanne.stuur(formulier("/inbox/signaal/" + ref + "/opgepakt", "")
                .header("Origin", "https://aanvaller.example")
                .build());
        assertEquals(403, aanval.statusCode());
        assertEquals("NIEUW", status(ref), "nothing happened");

        Matcher token = CSRF.matcher(sanne.get(url("/inbox")).body());
        assertTrue(token.find(), "every inbox form carries the token");
        HttpResponse<String> eigen = sanne.stuur(formulier(
                        "/inbox/signaal/" + ref + "/opgepakt",
                        "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))
                .build());
        assertEquals(200, eigen.statusCode(), eigen.body());
        assertEquals("OPGEPAKT", status(ref));

        SchoolIdp.femke();
        Bezoeker femke = new Bezoeker();
        femke.volg(url("/oauth2/authorization/google"));
        HttpResponse<String> herindexeer = femke.stuur(formulier("/admin/reindex", "")
                .header("Origin", "https://aanvaller.example")
                .build());
        assertEquals(403, herindexeer.statusCode(), herindexeer.body());
        assertEquals(200, femke.get(url("/admin/status")).statusCode(), "her session reads the admin API");

        // exempt, as machine endpoints with their own authentication: no CSRF refusal but their own answer
        assertEquals(404, femke.stuur(formulier("/api/messages", "{}").build()).statusCode(), "Teams is off here");
        assertEquals(
                401,
                femke.stuur(formulier("/admin/reindex", "")
                                .header("Authorization", "Bearer " + "x".repeat(40))
                                .build())
                        .statusCode(),
                "a bearer token is judged by the admin API itself");

        // the JSON chat API of a signed-in browser: without the page's token refused, whatever the Origin
        assertEquals(403, chat(sanne, "hallo", "https://aanvaller.example").statusCode());
        assertEquals(403, chat(sanne, "hallo", "http://localhost:" + port).statusCode());
        assertEquals(200, femke.get(url("/admin/status")).statusCode());
        HttpResponse<String> assen = femke.stuur(HttpRequest.newBuilder(URI.create(url("/admin/onbeantwoord")))
                .header("X-Weerbaar-Beheerder", "Mallory")
                .build());
        assertEquals(200, assen.statusCode(), assen.body());
        assertEquals(
                "Femke de Boer <f.deboer@voorbeeldcollege.example>",
                jdbc.sql("select actor from onbeantwoord_inzage order by id desc limit 1")
                        .query(String.class)
                        .single(),
                "a session's audit names the signed-in admin; the header is ignored");
    }

    @Test
    void theWebChatPageSendsItsCsrfTokenSoAChatWorksBehindATlsProxyWithoutForwardedHeaders() throws Exception {
        SchoolIdp.sanne();
        Bezoeker sanne = new Bezoeker();
        sanne.volg(url("/oauth2/authorization/entra"));
        String pagina = sanne.get(url("/")).body();
        Matcher kop = Pattern.compile("data-csrf-header=\"([^\"]+)\"").matcher(pagina);
        Matcher token = Pattern.compile("data-csrf=\"([^\"]+)\"").matcher(pagina);
        assertTrue(kop.find() && token.find(), "the chat page carries the token for chat.js");
        // behind a TLS proxy the browser says https while the application sees http
        String achterProxy = "https://localhost:" + port;
        HttpRequest.Builder metToken = HttpRequest.newBuilder(URI.create(url("/api/chat")))
                .header("Content-Type", "application/json")
                .header("Origin", achterProxy)
                .header(kop.group(1), token.group(1))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"mijn meldingen\"}"));
        HttpResponse<String> meldingen = sanne.stuur(metToken.build());
        assertEquals(200, meldingen.statusCode(), meldingen.body());
        assertFalse(meldingen.body().contains("inloggen"), "as herself; " + meldingen.body());

        // not signed in: the JSON API needs no token (a cross-site script would need a CORS preflight)
        Bezoeker anoniem = new Bezoeker();
        assertFalse(anoniem.get(url("/")).body().contains("data-csrf=\""), "no session made for a token");
        assertEquals(200, chat(anoniem, "hallo", achterProxy).statusCode());
        assertEquals(200, chat(anoniem, "hallo", null).statusCode(), "a client that is no browser");
    }

    @Test
    void logoutDeletesTheSessionAndAsksTheProviderToEndItsOwn() throws Exception {
        SchoolIdp.sanne();
        Bezoeker sanne = new Bezoeker();
        sanne.volg(url("/oauth2/authorization/entra"));
        Matcher token = CSRF.matcher(sanne.get(url("/inbox")).body());
        assertTrue(token.find());
        assertEquals(
                403,
                sanne.stuur(formulier("/uitloggen", "")
                                .header("Origin", "https://aanvaller.example")
                                .build())
                        .statusCode(),
                "another site cannot log her out");
        assertEquals(200, sanne.get(url("/inbox")).statusCode());

        HttpResponse<String> uit = sanne.stuur(
                formulier("/uitloggen", "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))
                        .build());
        assertEquals(302, uit.statusCode());
        URI eind = URI.create(uit.headers().firstValue("Location").orElseThrow());
        // RP-initiated logout at the provider's end_session_endpoint, and back to our page
        assertEquals(SchoolIdp.IDP.endSessionEndpointUrl("school").encodedPath(), eind.getPath());
        Map<String, String> vraag = query(eind);
        assertTrue(vraag.containsKey("id_token_hint"), vraag.toString());
        assertEquals(url("/aanmelden/uitgelogd"), vraag.get("post_logout_redirect_uri"));
        assertEquals(303, sanne.get(url("/inbox")).statusCode(), "the session ended");
    }

    @Test
    void theInboxLinkStillSignsInBesideTheAccountAndItsFormNeedsTheCsrfToken() throws Exception {
        String link = nl.weerbaar.bot.signals.InboxToken.maak(
                SECRET,
                "a.elamrani@voorbeeldcollege.example",
                java.time.Instant.now().plus(Duration.ofDays(1)));
        Bezoeker ahmed = new Bezoeker();
        HttpResponse<String> pagina =
                ahmed.get(url("/inbox/login?token=" + URLEncoder.encode(link, StandardCharsets.UTF_8)));
        assertEquals(200, pagina.statusCode());
        Matcher token = CSRF.matcher(pagina.body());
        assertTrue(token.find(), pagina.body());
        String body = "token=" + URLEncoder.encode(link, StandardCharsets.UTF_8);
        assertEquals(
                403,
                ahmed.stuur(formulier("/inbox/login", body).build()).statusCode(),
                "without the token: refused, the link not used up");
        HttpResponse<String> binnen = ahmed.stuur(
                formulier("/inbox/login", body + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))
                        .build());
        assertEquals(303, binnen.statusCode(), binnen.body());
        HttpResponse<String> inbox = ahmed.get(url("/inbox"));
        assertEquals(200, inbox.statusCode());
        assertTrue(inbox.body().contains("a.elamrani@voorbeeldcollege.example"), inbox.body());
    }

    @Test
    void aSignInEndsTwelveHoursAfterItStartedHoweverBusyTheSession() throws Exception {
        SchoolIdp.sanne();
        Bezoeker sanne = new Bezoeker();
        sanne.volg(url("/oauth2/authorization/entra"));
        assertEquals(200, sanne.get(url("/inbox")).statusCode());
        String id =
                new String(java.util.Base64.getDecoder().decode(sanne.sessie().orElseThrow()), StandardCharsets.UTF_8);
        // the session was started 11 h 59 min ago, and used just now: still hers
        zetBegin(id, Duration.ofHours(12).minusMinutes(1));
        assertEquals(200, sanne.get(url("/inbox")).statusCode());
        // started 12 h ago: over, however recently used
        zetBegin(id, Duration.ofHours(12).plusSeconds(1));
        assertEquals(303, sanne.get(url("/inbox")).statusCode(), "sent to sign in again");
        assertEquals(
                0,
                jdbc.sql("select count(*) from spring_session where session_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single(),
                "the session row is gone");
    }

    private void zetBegin(String sessieId, Duration geleden) {
        jdbc.sql("update spring_session set creation_time = :t where session_id = :id")
                .param("t", System.currentTimeMillis() - geleden.toMillis())
                .param("id", sessieId)
                .update();
    }

    private String status(String ref) {
        return jdbc.sql("select status from signaal where referentie = :r")
                .param("r", ref)
                .query(String.class)
                .single();
    }

    private HttpRequest.Builder formulier(String pad, String body) {
        return HttpRequest.newBuilder(URI.create(url(pad)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> chat(Bezoeker b, String tekst, String origin) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url("/api/chat")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + tekst + "\"}"));
        if (origin != null) {
            r.header("Origin", origin);
        }
        return b.stuur(r.build());
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(
                        p -> p[0], p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
    }
}
