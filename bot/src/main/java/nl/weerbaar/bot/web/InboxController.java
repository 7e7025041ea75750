package nl.weerbaar.bot.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.bot.signals.Actor;
import nl.weerbaar.bot.signals.InboxToken;
import nl.weerbaar.bot.signals.Signaal;
import nl.weerbaar.bot.signals.Signalen;
import nl.weerbaar.bot.signals.SignalenProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /inbox}: the signals of an aanspreekpunt, backup or admin, for setups without Teams or
 * Slack (and always as a fallback). Not open to anyone: a person signs in with their personal link
 * ({@code /inbox/login?token=…}, printed by the {@code inbox-link} command, an HMAC of their e-mail
 * with the server secret {@code weerbaar.signalen.secret}); the token then lives in an HttpOnly,
 * SameSite=Strict cookie limited to {@code /inbox}. Who may see which signal is checked against the
 * directory on every request, and every signal shown is audited as read. Without the secret the
 * inbox is off (404).
 */
@RestController
class InboxController {
    static final String COOKIE = "weerbaar_inbox";

    private final Signalen signalen;
    private final SignalenProperties properties;
    private final Clock clock;

    InboxController(Signalen signalen, SignalenProperties properties, Clock clock) {
        this.signalen = signalen;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/inbox/login")
    ResponseEntity<String> login(@RequestParam(name = "token", required = false) String token) {
        if (properties.secret() == null) {
            return pagina(HttpStatus.NOT_FOUND, "<p>De inbox staat uit: er is geen geheim ingesteld.</p>");
        }
        Optional<String> email = InboxToken.email(properties.secret(), token, clock.instant());
        if (email.isEmpty() || !signalen.isBehandelaar(Actor.inbox(email.get()))) {
            return pagina(
                    HttpStatus.FORBIDDEN,
                    "<p>Deze link is ongeldig of verlopen. Vraag een beheerder om een nieuwe.</p>");
        }
        ResponseCookie cookie = ResponseCookie.from(COOKIE, token)
                .httpOnly(true)
                .sameSite("Strict")
                .path("/inbox")
                .maxAge(Duration.ofHours(12))
                .build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, "/inbox")
                .cacheControl(CacheControl.noStore())
                .build();
    }

    @GetMapping("/inbox")
    ResponseEntity<String> inbox(HttpServletRequest request) {
        return ingelogd(request).map(actor -> lijst(actor, null)).orElseGet(this::geweigerd);
    }

    @PostMapping("/inbox/signaal/{referentie}/{actie}")
    ResponseEntity<String> actie(
            HttpServletRequest request, @PathVariable String referentie, @PathVariable String actie) {
        Optional<Actor> actor = ingelogd(request);
        if (actor.isEmpty()) {
            return geweigerd();
        }
        Signalen.Uitkomst uitkomst = switch (actie) {
            case "opgepakt" -> signalen.oppakken(actor.get(), referentie);
            case "doorsturen" -> signalen.doorsturen(actor.get(), referentie);
            case "afgehandeld" -> signalen.afhandelen(actor.get(), referentie);
            default -> new Signalen.Uitkomst(false, "Onbekende actie.", null);
        };
        return lijst(actor.get(), uitkomst.tekst());
    }

    private Optional<Actor> ingelogd(HttpServletRequest request) {
        if (properties.secret() == null || request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName())) {
                return InboxToken.email(properties.secret(), c.getValue(), clock.instant())
                        .map(Actor::inbox)
                        .filter(signalen::isBehandelaar);
            }
        }
        return Optional.empty();
    }

    private ResponseEntity<String> geweigerd() {
        if (properties.secret() == null) {
            return pagina(HttpStatus.NOT_FOUND, "<p>De inbox staat uit: er is geen geheim ingesteld.</p>");
        }
        return pagina(
                HttpStatus.UNAUTHORIZED,
                "<p>Log in met je persoonlijke link. Die krijg je van een beheerder (opdracht <code>inbox-link</code>).</p>");
    }

    private ResponseEntity<String> lijst(Actor actor, String melding) {
        List<Signaal> open = signalen.zichtbaarVoor(actor);
        StringBuilder b = new StringBuilder();
        if (melding != null) {
            b.append("<p class=\"melding\" role=\"status\">").append(e(melding)).append("</p>");
        }
        b.append("<p>Ingelogd als ").append(e(actor.email())).append(". ");
        b.append(open.isEmpty() ? "Er staan geen open signalen voor je klaar." : "Open signalen: " + open.size() + ".");
        b.append("</p>");
        for (Signaal s : open) {
            b.append("<article class=\"signaal")
                    .append(s.urgent() ? " urgent" : "")
                    .append("\">");
            if (s.urgent()) {
                b.append(
                        "<p class=\"waarschuwing\"><strong>Bij acuut gevaar: bel <a href=\"tel:112\">112</a>.</strong></p>");
            }
            b.append("<h2>")
                    .append(s.urgent() ? "Urgent signaal " : "Signaal ")
                    .append(e(s.referentie()))
                    .append(" &middot; ")
                    .append(e(signalen.locatieNaam(s.locatieId())))
                    .append("</h2>");
            b.append("<dl>");
            rij(b, "Beschrijving", s.beschrijving());
            if (s.leerling() != null) {
                rij(b, "Leerling", s.leerling());
            }
            rij(b, "Gemeld door", (s.melderNaam() == null ? "een collega" : s.melderNaam()) + " (" + kanaal(s) + ")");
            rij(b, "Tijd", signalen.tijd(s.aangemaaktOp()));
            rij(b, "Urgentie", s.urgent() ? "urgent" : "normaal");
            rij(
                    b,
                    "Status",
                    s.status() == Signaal.Status.NIEUW
                            ? "nog niet opgepakt"
                            : "opgepakt door " + s.opgepaktDoor() + " (" + signalen.tijd(s.opgepaktOp()) + ")");
            b.append("</dl><p class=\"knoppen\">");
            if (s.status() == Signaal.Status.NIEUW) {
                knop(b, s, "opgepakt", "Opgepakt");
                knop(b, s, "doorsturen", "Doorsturen naar backup");
            } else {
                knop(b, s, "afgehandeld", "Afgehandeld");
            }
            b.append("</p></article>");
        }
        b.append(
                "<p class=\"notitie\">Eén signaal bewijst nog niets, en een leerling die bij criminaliteit betrokken lijkt,"
                        + " is vaak zelf ook slachtoffer (criminele uitbuiting). Elke keer dat je deze pagina opent, wordt vastgelegd"
                        + " wie welk signaal heeft gezien.</p>");
        return pagina(HttpStatus.OK, b.toString());
    }

    private static String kanaal(Signaal s) {
        return switch (s.melderKanaal()) {
            case TEAMS -> "via Teams";
            case SLACK -> "via Slack";
            case WEB -> "via de webchat";
        };
    }

    private static void rij(StringBuilder b, String naam, String waarde) {
        b.append("<dt>").append(e(naam)).append("</dt><dd>").append(e(waarde)).append("</dd>");
    }

    private static void knop(StringBuilder b, Signaal s, String actie, String label) {
        b.append("<form method=\"post\" action=\"/inbox/signaal/")
                .append(e(s.referentie()))
                .append('/')
                .append(actie)
                .append("\"><button type=\"submit\">")
                .append(e(label))
                .append("</button></form>");
    }

    private static String e(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private static ResponseEntity<String> pagina(HttpStatus status, String inhoud) {
        String html = "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>Weerbaar – signalen</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:46rem;margin:1rem auto;padding:0 1rem;line-height:1.4}"
                + "article{border:1px solid #bbb;border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}"
                + "article.urgent{border:2px solid #b00020}.waarschuwing{color:#b00020}"
                + "dt{font-weight:bold}dd{margin:0 0 .5rem 0;white-space:pre-wrap}"
                + "form{display:inline}button{margin-right:.5rem;padding:.4rem .8rem}"
                + ".melding{background:#eef6ee;padding:.5rem}.notitie{font-size:.9rem;color:#444}"
                + "</style></head><body><h1>Weerbaar – signalen</h1>" + inhoud + "</body></html>";
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .body(html);
    }
}
