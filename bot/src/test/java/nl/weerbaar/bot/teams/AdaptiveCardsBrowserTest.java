package nl.weerbaar.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.bot.BotTest;
import nl.weerbaar.bot.Chromium;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.Knop;
import nl.weerbaar.bot.reply.Antwoord.Knoppen;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.bot.signals.Kaarten;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of Adaptive Card the bot sends, as Teams would draw it: real replies of the conversation (welcome,
 * help, home, an answer, "Bedoel je …?", the overview, every step of passing on a signal) and the delivered signal
 * cards, rendered by our Teams code, written as JSON to {@code target/adaptive-cards/}, then drawn by Microsoft's
 * own renderer ({@code adaptivecards} from npm, see {@code src/test/resources/adaptivecards/README.md}) in Chromium
 * at a phone's 320 px and a desktop chat's 726 px. Nothing may be ellipsised or clipped, no button may be dropped.
 */
class AdaptiveCardsBrowserTest extends BotTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Integer> WIDTHS = List.of(320, 726);
    private static final Path OUT = Path.of("target", "adaptive-cards");

    /**
     * Draws the card into a box of the given width and lists what a reader cannot read whole: an element that
     * hides overflow (a button title, a text on one line) while its content is wider or taller than it.
     */
    private static final String RENDER = """
            const [card, hostConfig, width] = arguments;
            document.body.innerHTML = '';
            const box = document.createElement('div');
            box.style.width = width + 'px';
            document.body.appendChild(box);
            const adaptive = new AdaptiveCards.AdaptiveCard();
            adaptive.hostConfig = new AdaptiveCards.HostConfig(JSON.parse(hostConfig));
            adaptive.parse(JSON.parse(card));
            box.appendChild(adaptive.render());
            const problems = [];
            for (const e of box.querySelectorAll('*')) {
              const text = (e.innerText || '').trim();
              if (!text) continue;
              const style = getComputedStyle(e);
              if (style.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1) {
                problems.push('cut off (' + e.scrollWidth + ' > ' + e.clientWidth + ' px): ' + text);
              } else if (style.overflowY !== 'visible' && e.scrollHeight > e.clientHeight + 1) {
                problems.push('clipped (' + e.scrollHeight + ' > ' + e.clientHeight + ' px): ' + text);
              }
            }
            if (box.scrollWidth > width + 1) {
              problems.push('the card is ' + box.scrollWidth + ' px wide');
            }
            const buttons = [...box.querySelectorAll('button.ac-pushButton')].map(b => b.innerText.trim());
            return JSON.stringify({problems: problems, buttons: buttons});
            """;

    @Autowired
    Gesprek gesprek;

    @TempDir
    Path page;

    @TempDir
    Path profile;

    private final String user = "kaarten-" + UUID.randomUUID();

    @Test
    void everyCardTheBotSendsReadsWholeAt320And726PixelsInMicrosoftsRenderer() throws IOException {
        Map<String, Map<String, Object>> cards = cards();
        assertTrue(cards.size() >= 25, "cards captured: " + cards.keySet());
        Files.createDirectories(OUT);
        for (var card : cards.entrySet()) {
            Files.writeString(OUT.resolve(card.getKey() + ".json"), JSON.writeValueAsString(card.getValue()));
        }
        for (String file : List.of("adaptivecards.min.js", "adaptivecards.css")) {
            try (InputStream in = getClass().getResourceAsStream("/adaptivecards/" + file)) {
                Files.copy(in, page.resolve(file));
            }
        }
        Files.writeString(
                page.resolve("kaart.html"),
                "<!doctype html><html><head><meta charset='utf-8'><link rel='stylesheet' href='adaptivecards.css'>"
                        + "<script src='adaptivecards.min.js'></script></head><body style='margin:0'></body></html>");
        String hostConfig;
        try (InputStream in = getClass().getResourceAsStream("/adaptivecards/teams-hostconfig.json")) {
            hostConfig = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        List<String> problems = new ArrayList<>();
        ChromeDriver browser = Chromium.start(profile, 800, 900);
        try {
            browser.get(page.resolve("kaart.html").toUri().toString());
            for (var card : cards.entrySet()) {
                for (int width : WIDTHS) {
                    JsonNode result = JSON.readTree((String)
                            browser.executeScript(RENDER, JSON.writeValueAsString(card.getValue()), hostConfig, width));
                    result.path("problems")
                            .forEach(p -> problems.add(card.getKey() + " at " + width + " px: " + p.asString()));
                    assertEquals(
                            titles(card.getValue()),
                            JSON.convertValue(result.path("buttons"), List.class),
                            card.getKey() + " at " + width + " px: every button is drawn, with its title");
                }
            }
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), problems, "texts the reader cannot read whole");
    }

    /** The cards, by name: what the conversation answers, rendered by the Teams code, and the signal cards. */
    private Map<String, Map<String, Object>> cards() {
        Map<String, Map<String, Object>> cards = new LinkedHashMap<>();
        Afzender teams = new Afzender(
                nl.weerbaar.catalog.Kanaal.TEAMS,
                user,
                "Lotte Visser",
                "l.visser@voorbeeldcollege.example",
                null,
                null);
        cards.put("welkom", AdaptiveCards.card(gesprek.welkom(teams)));
        cards.put("help", AdaptiveCards.card(gesprek.help()));
        cards.put("thuis", AdaptiveCards.card(gesprek.thuis(teams)));
        cards.put("antwoord-zonder-locatie", card(null, "We hebben nauwelijks contact met de wijkagent."));
        cards.put("antwoord", card("de-linde", "Collega's durven het niet aan te kaarten als ze iets vermoeden"));
        cards.put(
                "antwoord-met-signaal",
                card("de-linde", "Een leerling uit 2B heeft opeens dure kleding en twee telefoons."));
        cards.put(
                "bedoel-je",
                card(
                        "de-linde",
                        "Niemand durft het erover te hebben en we weten niet bij wie we signalen kwijt kunnen."));
        cards.put("weet-niet", card("de-linde", "Hoe laat gaat de school morgen uit?"));
        cards.put("overzicht", card(gesprek.beantwoord(Bericht.actie(web(), "de-linde", Actie.of(Actie.OVERZICHT)))));
        cards.put("themas", card("de-linde", "thema's"));
        cards.put("trainingen", card("de-linde", "welke trainingen zijn er"));
        // acute danger: Bel 112 (Action.OpenUrl), three steps, the aanspreekpunt to call, stacked buttons
        cards.put(
                "acuut",
                card("de-linde", "Er loopt nu een leerling met een mes door de gang die andere leerlingen bedreigt"));
        // someone whose locatie Weerbaar does not know yet: the question which locatie instead of the call button
        cards.put(
                "acuut-zonder-locatie",
                card(gesprek.beantwoord(Bericht.tekst(
                        Afzender.web(user + "-nieuw"),
                        null,
                        "Er staat nu iemand met een pistool bij de ingang van de school"))));
        // informatievragen: the contacts table, the backup with contact details, the legal frame, a greeting
        cards.put("informatie-contacten", card("de-linde", "Welke nummers moet ik kennen als er iets aan de hand is?"));
        cards.put("informatie-backup", card(null, "Sanne is ziek, bij wie kan ik terecht?"));
        cards.put(
                "informatie-aanspreekpunt",
                card("de-linde", "Wat is het telefoonnummer van de veiligheidscoördinator?"));
        cards.put("informatie-wet", card("de-linde", "Wat betekent de Wet vrij en veilig onderwijs voor mij?"));
        cards.put("informatie-groet", card("de-linde", "Goedemorgen"));
        // a short reply with no question open
        cards.put("geen-vraag-open", card("de-linde", "ja"));

        // passing on a signal, step by step: always the first choice that goes on
        Antwoord stap = gesprek.beantwoord(Bericht.tekst(web(), null, "melden"));
        cards.put("melden-beschrijving", AdaptiveCards.card(stap));
        stap = gesprek.beantwoord(Bericht.tekst(web(), null, "Een leerling uit 2B staat elke pauze bij het hek."));
        for (int i = 1; i <= 8; i++) {
            cards.put("melden-stap-" + i, AdaptiveCards.card(stap));
            Knop verder = verder(stap);
            if (verder == null) {
                break;
            }
            stap = gesprek.beantwoord(Bericht.actie(web(), null, verder.actie()));
        }
        cards.put("mijn-meldingen", card(null, "mijn meldingen"));

        // a question typed at a step with buttons: "Je melding is nog niet verstuurd: verder / weggooien"
        Afzender ander = Afzender.web(user + "-2");
        gesprek.beantwoord(Bericht.tekst(ander, "de-linde", "melden"));
        gesprek.beantwoord(Bericht.tekst(ander, "de-linde", "Een leerling uit 2B staat elke pauze bij het hek."));
        Antwoord nogNiet =
                gesprek.beantwoord(Bericht.tekst(ander, "de-linde", "Welke trainingen zijn er voor leraren?"));
        assertTrue(
                nogNiet.onderdelen().stream()
                        .anyMatch(d -> d instanceof Knoppen k
                                && k.vraag() != null
                                && k.vraag().contains("nog niet")),
                nogNiet::toString);
        cards.put("melden-nog-niet-verstuurd", card(nogNiet));

        for (String kaart : List.of("urgent-aanspreekpunt", "normaal-backup", "teams-beheerder")) {
            cards.put("signaal-" + kaart, AdaptiveCards.card(Kaarten.bezorgd(kaart)));
        }
        return cards;
    }

    private Afzender web() {
        return Afzender.web(user);
    }

    private Map<String, Object> card(String locatie, String tekst) {
        return card(gesprek.beantwoord(Bericht.tekst(web(), locatie, tekst)));
    }

    private static Map<String, Object> card(Antwoord antwoord) {
        return AdaptiveCards.card(antwoord);
    }

    /** The first button of a signal step that takes the draft further (not cancel, not change). */
    private static Knop verder(Antwoord stap) {
        return stap.onderdelen().stream()
                .filter(Knoppen.class::isInstance)
                .flatMap(d -> ((Knoppen) d).knoppen().stream())
                .filter(k -> Actie.SIGNAAL_STAP.equals(k.actie().type()))
                .filter(k ->
                        !List.of("annuleren", "aanpassen").contains(k.actie().waarde("keuze")))
                .findFirst()
                .orElse(null);
    }

    /** The titles of the card's buttons, in order. */
    private static List<String> titles(Map<String, Object> card) {
        List<String> titles = new ArrayList<>();
        JSON.valueToTree(card)
                .findValues("actions")
                .forEach(actions -> actions.forEach(
                        a -> titles.add(a.path("title").asString().trim())));
        return titles;
    }
}
