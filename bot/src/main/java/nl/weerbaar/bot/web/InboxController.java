package nl.weerbaar.bot.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.bot.aanmelding.Aangemeld;
import nl.weerbaar.bot.aanmelding.AanmeldPagina;
import nl.weerbaar.bot.aanmelding.Aanmeldingen;
import nl.weerbaar.bot.aanmelding.Melding;
import nl.weerbaar.bot.signals.Actor;
import nl.weerbaar.bot.signals.InboxSessies;
import nl.weerbaar.bot.signals.Signalen;
import nl.weerbaar.bot.signals.SignalenProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /inbox}: the signals of an aanspreekpunt, backup or admin, for setups without Teams or
 * Slack (and always as a fallback). Not open to anyone: a person signs in with their personal link
 * ({@code /inbox/login?token=…}, printed by the {@code inbox-link} command, an HMAC of their e-mail
 * with the server secret {@code weerbaar.signalen.secret}). The link is exchanged once for a session
 * the server keeps ({@link InboxSessies}, 12 hours); the browser holds only the session's random id
 * in an HttpOnly, SameSite=Strict cookie ({@code Secure} when the request came over https, as
 * Spring's forward-headers strategy decides). The same session signs the person in to the web chat.
 * "Uitloggen" (a POST form, protected against cross-site requests as the other forms: the
 * SameSite=Strict cookie is not sent with another site's request) ends the session on the server.
 * Who may see which signal is checked against the directory on every request (an admin sees a
 * signal only once it was escalated to the admins, the others as counts), and every signal shown is
 * audited as read. Without the secret the inbox is off (404). The pages are the templates
 * under {@code src/main/jte/inbox}; each signal is its {@code SignaalKaart}, as Teams and Slack
 * show it.
 *
 * <p>With sign-in configured (issue 17, {@link Aanmeldingen}) the school account's session comes
 * first: an aanspreekpunt, backup or admin sees their inbox, anyone else signed in gets "geen
 * toegang" (403), and someone not signed in is sent to sign in and back. The links keep working
 * beside it; every form then carries the CSRF token.
 */
@Controller
class InboxController {
    static final String COOKIE = "weerbaar_inbox";
    /** Where "Uitloggen" posts: the link's session, or the school account's (Spring Security's logout). */
    private static final String UITLOGGEN_LINK = "/inbox/uitloggen";

    private static final String UITLOGGEN_ACCOUNT = "/uitloggen";

    private final Signalen signalen;
    private final InboxSessies sessies;
    private final SignalenProperties properties;
    private final Aanmeldingen aanmeldingen;
    private final AanmeldPagina aanmeldPagina;

    InboxController(
            Signalen signalen,
            InboxSessies sessies,
            SignalenProperties properties,
            Aanmeldingen aanmeldingen,
            AanmeldPagina aanmeldPagina) {
        this.signalen = signalen;
        this.sessies = sessies;
        this.properties = properties;
        this.aanmeldingen = aanmeldingen;
        this.aanmeldPagina = aanmeldPagina;
    }

    /**
     * The link itself only shows a page with an "Inloggen" button: opening it (a mail scanner does)
     * uses nothing up, and the sign-in is a same-site POST, so the SameSite=Strict session cookie it
     * sets is sent with the redirect to the inbox even when the link was clicked in webmail.
     */
    @GetMapping("/inbox/login")
    ModelAndView bevestig(@RequestParam(name = "token", required = false) String token, HttpServletResponse response) {
        Optional<InboxSessies.Weigering> weigering = sessies.controleer(token);
        if (weigering.isPresent()) {
            return pagina(geenToegang(weigering.get()), response);
        }
        return pagina("inbox/bevestig", Map.of("token", token), HttpStatus.OK, response);
    }

    @PostMapping("/inbox/login")
    ModelAndView login(
            @RequestParam(name = "token", required = false) String token,
            HttpServletRequest request,
            HttpServletResponse response) {
        InboxSessies.Aanmelding aanmelding = sessies.inloggen(token);
        if (aanmelding.weigering() != null) {
            return pagina(geenToegang(aanmelding.weigering()), response);
        }
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                sessieCookie(aanmelding.sessieId(), sessies.duur(), request).toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        // 303 See Other to /inbox, the token no longer in the address
        RedirectView naarInbox = new RedirectView("/inbox", true, false);
        naarInbox.setExposeModelAttributes(false);
        return new ModelAndView(naarInbox);
    }

    @PostMapping("/inbox/uitloggen")
    ModelAndView uitloggen(HttpServletRequest request, HttpServletResponse response) {
        sessieIds(request).forEach(sessies::uitloggen);
        response.addHeader(
                HttpHeaders.SET_COOKIE, sessieCookie("", Duration.ZERO, request).toString());
        // the cookie of the first sign-in (it held the link itself, on /inbox only)
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                ResponseCookie.from(COOKIE, "")
                        .path("/inbox")
                        .maxAge(Duration.ZERO)
                        .httpOnly(true)
                        .sameSite("Strict")
                        .build()
                        .toString());
        return pagina(GeenToegang.UITGELOGD, response);
    }

    @GetMapping("/inbox")
    ModelAndView inbox(HttpServletRequest request, HttpServletResponse response) {
        Optional<Aangemeld> account = aanmeldingen.wie(request);
        if (account.isPresent()) {
            return account.get().behandelaar()
                    ? lijst(account.get().actor(), null, HttpStatus.OK, response, UITLOGGEN_ACCOUNT)
                    : geenInbox(request, response);
        }
        Optional<Actor> actor = ingelogd(request);
        if (actor.isEmpty() && aanmeldingen.aan()) {
            return aanmeldPagina.naarAanmelden(request, response);
        }
        return actor.map(a -> lijst(a, null, HttpStatus.OK, response)).orElseGet(() -> geweigerd(response));
    }

    @PostMapping("/inbox/signaal/{referentie}/{actie}")
    ModelAndView actie(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable String referentie,
            @PathVariable String actie) {
        Optional<Aangemeld> account = aanmeldingen.wie(request);
        if (account.isPresent() && !account.get().behandelaar()) {
            return geenInbox(request, response);
        }
        Optional<Actor> actor = account.isPresent() ? Optional.of(account.get().actor()) : ingelogd(request);
        if (actor.isEmpty()) {
            return geweigerd(response);
        }
        Signalen.Uitkomst uitkomst = InboxActie.van(actie)
                .map(a -> switch (a) {
                    case OPGEPAKT -> signalen.oppakken(actor.get(), referentie);
                    case DOORSTUREN -> signalen.doorsturen(actor.get(), referentie);
                    case AFGEHANDELD -> signalen.afhandelen(actor.get(), referentie);
                })
                .orElseGet(() -> new Signalen.Uitkomst(false, WebTeksten.ONBEKENDE_ACTIE, null));
        // not theirs to act on (an admin before escalation, another locatie): refused, audited, 403
        return lijst(
                actor.get(),
                uitkomst.tekst(),
                uitkomst.geweigerd() ? HttpStatus.FORBIDDEN : HttpStatus.OK,
                response,
                account.isPresent() ? UITLOGGEN_ACCOUNT : UITLOGGEN_LINK);
    }

    private ModelAndView geenInbox(HttpServletRequest request, HttpServletResponse response) {
        ModelAndView pagina = aanmeldPagina.bericht(Melding.GEEN_INBOX, request, response);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return pagina;
    }

    /** The session cookie: on the whole site, so the web chat knows who is signed in too. */
    static ResponseCookie sessieCookie(String waarde, Duration duur, HttpServletRequest request) {
        return ResponseCookie.from(COOKIE, waarde)
                .httpOnly(true)
                .sameSite("Strict")
                .secure(request.isSecure())
                .path("/")
                .maxAge(duur)
                .build();
    }

    /** The session ids the browser sent (an old cookie on /inbox may come along). */
    static List<String> sessieIds(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return List.of();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .toList();
    }

    private Optional<Actor> ingelogd(HttpServletRequest request) {
        return sessieIds(request).stream()
                .map(sessies::ingelogd)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private ModelAndView geweigerd(HttpServletResponse response) {
        return pagina(
                properties.secret() == null && !aanmeldingen.aan() ? GeenToegang.UIT : GeenToegang.NIET_INGELOGD,
                response);
    }

    private ModelAndView lijst(Actor actor, String melding, HttpStatus status, HttpServletResponse response) {
        return lijst(actor, melding, status, response, UITLOGGEN_LINK);
    }

    private ModelAndView lijst(
            Actor actor, String melding, HttpStatus status, HttpServletResponse response, String uitloggen) {
        InboxLijst lijst = new InboxLijst(melding, actor.email(), signalen.inbox(actor), signalen.aantallenVoor(actor));
        return pagina("inbox/lijst", Map.of("lijst", lijst, "uitloggen", uitloggen), status, response);
    }

    private static ModelAndView pagina(GeenToegang reden, HttpServletResponse response) {
        return pagina("inbox/toegang", Map.of("reden", reden), reden.status(), response);
    }

    /** A page of the inbox: never cached, never framed, no referrer to other sites. */
    private static ModelAndView pagina(
            String template, Map<String, ?> model, HttpStatus status, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        return new ModelAndView(template, model, status);
    }

    private static GeenToegang geenToegang(InboxSessies.Weigering weigering) {
        return switch (weigering) {
            case UIT -> GeenToegang.UIT;
            case ONGELDIG -> GeenToegang.ONGELDIGE_LINK;
            case GEBRUIKT -> GeenToegang.LINK_GEBRUIKT;
        };
    }
}
