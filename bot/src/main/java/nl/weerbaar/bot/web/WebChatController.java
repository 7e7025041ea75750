package nl.weerbaar.bot.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.bot.aanmelding.Aanmeldingen;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.bot.signals.InboxSessies;
import nl.weerbaar.bot.signals.Signalen;
import nl.weerbaar.catalog.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local web chat's API. Translates JSON into a {@link Bericht} and returns the reply model as
 * JSON; refuses bad input with 4xx and a clear message.
 *
 * <p>Who is asking never comes from the body: a browser signed in with its inbox session ({@link
 * InboxSessies}, cookie {@code weerbaar_inbox}) is that person; any other browser is an anonymous
 * session the server issued on first use ({@link WebChatSessies}, cookie {@code weerbaar_chat}:
 * random, signed, HttpOnly, SameSite=Strict, {@code Secure} on https). Anonymous users get answers
 * only; the conversation tells them where to sign in for signals. The body's {@code user} (sent by
 * older clients) is checked for length and otherwise ignored. With sign-in configured (issue 17), a
 * browser signed in with the school's account ({@link Aanmeldingen}) is that person first: their
 * name and e-mail from the directory, so their locatie, signals and "mijn meldingen" are theirs.
 */
@RestController
@Conditional(WebChatEnabled.class)
class WebChatController {
    /** Longest text a user may send, in characters (documented in the README). */
    static final int MAX_TEXT = 2000;

    static final int MAX_BODY_BYTES = 16 * 1024;
    static final String COOKIE = "weerbaar_chat";
    private static final Logger log = LoggerFactory.getLogger(WebChatController.class);
    private static final int MAX_ID = 100;

    private final Gesprek gesprek;
    private final CatalogService catalogs;
    private final JsonMapper json;
    private final WebChatSessies chatSessies;
    private final InboxSessies inboxSessies;
    private final Signalen signalen;
    private final Aanmeldingen aanmeldingen;

    WebChatController(
            Gesprek gesprek,
            CatalogService catalogs,
            JsonMapper json,
            WebChatSessies chatSessies,
            InboxSessies inboxSessies,
            Signalen signalen,
            Aanmeldingen aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
        this.gesprek = gesprek;
        this.catalogs = catalogs;
        this.json = json;
        this.chatSessies = chatSessies;
        this.inboxSessies = inboxSessies;
        this.signalen = signalen;
    }

    record LocatieOptie(String id, String naam) {}

    @GetMapping(path = "/api/locaties", produces = MediaType.APPLICATION_JSON_VALUE)
    List<LocatieOptie> locaties() {
        return catalogs.current().map(Catalog::directory).stream()
                .flatMap(d -> d.locaties().stream())
                .map(l -> new LocatieOptie(l.id(), l.naam()))
                .toList();
    }

    @PostMapping(path = "/api/chat", produces = MediaType.APPLICATION_JSON_VALUE)
    Antwoord chat(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new BadRequest(HttpStatus.UNSUPPORTED_MEDIA_TYPE, WebTeksten.STUUR_JSON);
        }
        ChatRequest body = parse(request.getInputStream());
        return gesprek.beantwoord(bericht(body, afzender(request, response)));
    }

    /** The signed-in person, or this browser's anonymous session (issued now when it has none). */
    private Afzender afzender(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> sessie = cookies(request, COOKIE).stream()
                .map(chatSessies::gebruiker)
                .flatMap(Optional::stream)
                .findFirst();
        if (sessie.isEmpty()) {
            String nieuw = chatSessies.nieuw();
            response.addHeader(
                    HttpHeaders.SET_COOKIE,
                    ResponseCookie.from(COOKIE, nieuw)
                            .httpOnly(true)
                            .sameSite("Strict")
                            .secure(request.isSecure())
                            .path("/")
                            .build()
                            .toString());
            sessie = chatSessies.gebruiker(nieuw);
        }
        return ingelogd(request).orElse(Afzender.webAnoniem(sessie.orElseThrow()));
    }

    private Optional<Afzender> ingelogd(HttpServletRequest request) {
        Optional<Afzender> account = aanmeldingen.wie(request).map(a -> Afzender.webIngelogd(a.email(), a.naam()));
        if (account.isPresent()) {
            return account;
        }
        List<String> ids = cookies(request, InboxController.COOKIE);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        try {
            return ids.stream()
                    .map(inboxSessies::ingelogd)
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(actor -> {
                        Afzender zonderNaam = Afzender.webIngelogd(actor.email(), null);
                        return Afzender.webIngelogd(
                                actor.email(),
                                signalen.naamUitDirectory(zonderNaam).orElse(null));
                    });
        } catch (IllegalStateException noCatalogue) {
            // just after start, before the catalogue (and its directory) is loaded: the conversation
            // answers that it is starting; nobody is signed in meanwhile
            return Optional.of(Afzender.webOnbevestigd());
        } catch (DataAccessException e) {
            // the session cannot be checked: an identity that owns nothing; signal steps meet the same outage
            log.warn(
                    "Database unavailable: web chat session not checked ({})",
                    e.getClass().getSimpleName());
            return Optional.of(Afzender.webOnbevestigd());
        }
    }

    private static List<String> cookies(HttpServletRequest request, String naam) {
        if (request.getCookies() == null) {
            return List.of();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> naam.equals(c.getName()))
                .map(Cookie::getValue)
                .toList();
    }

    private ChatRequest parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BadRequest(HttpStatus.CONTENT_TOO_LARGE, WebTeksten.teGroot(MAX_BODY_BYTES));
        }
        try {
            ChatRequest body = json.readValue(bytes, ChatRequest.class);
            if (body == null) {
                throw new BadRequest(HttpStatus.BAD_REQUEST, WebTeksten.LEEG);
            }
            return body;
        } catch (JacksonException e) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, WebTeksten.ONGELDIGE_JSON);
        }
    }

    private Bericht bericht(ChatRequest body, Afzender afzender) {
        if (body.user() != null && body.user().length() > MAX_ID) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, WebTeksten.userTeLang(MAX_ID));
        }
        if ((body.text() == null) == (body.action() == null)) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, WebTeksten.TEXT_OF_ACTION);
        }
        String location = body.location() == null || body.location().isBlank() ? null : body.location();
        if (location != null
                && catalogs.current()
                        .flatMap(c -> c.directory().locatie(location))
                        .isEmpty()) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, WebTeksten.onbekendeLocatie(abbreviate(location)));
        }
        if (body.text() != null) {
            if (body.text().isBlank()) {
                throw new BadRequest(HttpStatus.BAD_REQUEST, WebTeksten.TEXT_LEEG);
            }
            if (body.text().length() > MAX_TEXT) {
                throw new BadRequest(HttpStatus.BAD_REQUEST, WebTeksten.tekstTeLang(MAX_TEXT));
            }
            return Bericht.tekst(afzender, location, body.text());
        }
        if (body.action().type() == null || body.action().type().isBlank()) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, WebTeksten.ACTION_TYPE_ONTBREEKT);
        }
        Map<String, String> waarden =
                body.action().waarden() == null ? Map.of() : body.action().waarden();
        if (waarden.size() > 10 || waarden.values().stream().anyMatch(v -> v == null || v.length() > MAX_ID)) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, WebTeksten.WAARDEN_ONGELDIG);
        }
        return Bericht.actie(afzender, location, new Actie(body.action().type(), waarden));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    record Fout(String error) {}

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<Fout> refuse(BadRequest e) {
        return ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Fout(e.getMessage()));
    }
}
