package nl.weerbaar.bot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.catalog.Catalog;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 */
@RestController
@Conditional(WebChatEnabled.class)
class WebChatController {
    /** Longest text a user may send, in characters (documented in the README). */
    static final int MAX_TEXT = 2000;

    static final int MAX_BODY_BYTES = 16 * 1024;
    private static final int MAX_ID = 100;

    private final Gesprek gesprek;
    private final CatalogService catalogs;
    private final JsonMapper json;

    WebChatController(Gesprek gesprek, CatalogService catalogs, JsonMapper json) {
        this.gesprek = gesprek;
        this.catalogs = catalogs;
        this.json = json;
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
    Antwoord chat(HttpServletRequest request) throws IOException {
        MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new BadRequest(HttpStatus.UNSUPPORTED_MEDIA_TYPE, WebTeksten.STUUR_JSON);
        }
        ChatRequest body = parse(request.getInputStream());
        return gesprek.beantwoord(bericht(body));
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

    private Bericht bericht(ChatRequest body) {
        if (body.user() == null || body.user().isBlank()) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, WebTeksten.USER_ONTBREEKT);
        }
        if (body.user().length() > MAX_ID) {
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
        Afzender afzender = Afzender.web(body.user());
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
