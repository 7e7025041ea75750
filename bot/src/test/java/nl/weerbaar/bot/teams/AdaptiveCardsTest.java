package nl.weerbaar.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.Soort;
import nl.weerbaar.bot.reply.Antwoord.Tekst;
import nl.weerbaar.bot.reply.ReplyParts;
import nl.weerbaar.bot.signals.Kaarten;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The Adaptive Card rendering: plain text stays plain, warnings first, buttons round-trip; the signal card. */
class AdaptiveCardsTest {

    @Test
    void markdownInTextIsEscaped() {
        assertEquals(
                "\\*\\*vet\\*\\* \\_schuin\\_ \\[klik\\](https://evil.example) \\<b\\>",
                AdaptiveCards.escape("**vet** _schuin_ [klik](https://evil.example) <b>"));
    }

    @Test
    void listMarkersAtTheStartOfALineAreEscaped() {
        assertEquals("\\- een\n1\\. twee\n  \\+ drie", AdaptiveCards.escape("- een\n1. twee\n  + drie"));
        assertEquals("De score is 1. daarna - niets", AdaptiveCards.escape("De score is 1. daarna - niets"));
    }

    @Test
    void mentionMarkupIsNeverEchoed() {
        assertEquals("hoi  daar", AdaptiveCards.plain("hoi <at>Iedereen</at> daar"));
        assertEquals("hoi", AdaptiveCards.escape("<at>Weerbaar</at>hoi"));
    }

    @Test
    void warningsComeFirstAndBold() {
        Map<String, Object> card = AdaptiveCards.card(new Antwoord(
                "v1",
                List.of(
                        new Tekst(Soort.NORMAAL, "Uitleg"),
                        new Tekst(Soort.WAARSCHUWING, "Bij acuut gevaar: bel 112."))));

        List<?> body = (List<?>) card.get("body");
        Map<?, ?> first = (Map<?, ?>) body.get(0);
        assertEquals("Bij acuut gevaar: bel 112.", first.get("text"));
        assertEquals("Attention", first.get("color"));
        assertEquals("Bolder", first.get("weight"));
        assertEquals("1.5", card.get("version"));
    }

    @Test
    void buttonDataRoundTripsToTheSameActie() {
        Actie actie = new Actie(Actie.FEEDBACK, Map.of("knelpunt", "k1", "helpt", "ja"));
        Map<String, Object> card = AdaptiveCards.card(new Antwoord(
                "v1", List.of(new Antwoord.Knoppen(null, List.of(new Antwoord.Knop("Dit helpt", actie))))));

        Map<?, ?> actionSet = (Map<?, ?>) ((List<?>) card.get("body")).get(0);
        Map<?, ?> submit = (Map<?, ?>) ((List<?>) actionSet.get("actions")).get(0);
        assertEquals("Action.Submit", submit.get("type"));
        assertEquals(actie, AdaptiveCards.actie(submit.get("data")));
    }

    @Test
    void signaalDoorgevenCarriesItsSealedProposalThroughActionSubmitUnchanged() {
        Actie actie = ReplyParts.signaalDoorgeven(
                "0f8fad5b-d9cb-469f-a165-70867728950e", "q-7Zb_" + "Kx".repeat(17) + "9_A"); // 36 and 43 chars
        Map<String, Object> card = AdaptiveCards.card(new Antwoord(
                "v1",
                List.of(new Antwoord.Knoppen(null, List.of(new Antwoord.Knop(ReplyParts.SIGNAAL_DOORGEVEN, actie))))));

        Map<?, ?> actionSet = (Map<?, ?>) ((List<?>) card.get("body")).get(0);
        Map<?, ?> submit = (Map<?, ?>) ((List<?>) actionSet.get("actions")).get(0);
        assertEquals(actie, AdaptiveCards.actie(submit.get("data")));
    }

    @Test
    void bel112IsAnOpenUrlButtonThatDialsAndSignaalDoorgevenIsThePrimaryButton() {
        Actie doorgeven = ReplyParts.signaalDoorgeven("v-1", "sleutel");
        Map<String, Object> card = AdaptiveCards.card(new Antwoord(
                "v1",
                List.of(
                        new Antwoord.Bellen("Bel 112", "112"),
                        new Antwoord.Knoppen(
                                null,
                                List.of(
                                        new Antwoord.Knop(ReplyParts.SIGNAAL_DOORGEVEN, doorgeven, true),
                                        new Antwoord.Knop("Meer over dit knelpunt", Actie.of(Actie.OVERZICHT)))))));

        List<?> body = (List<?>) card.get("body");
        Map<?, ?> bel = (Map<?, ?>) ((List<?>) ((Map<?, ?>) body.get(0)).get("actions")).get(0);
        assertEquals(Map.of("type", "Action.OpenUrl", "title", "Bel 112", "url", "tel:112"), bel);
        // the buttons stand one below the other, each in its own ActionSet
        Map<?, ?> primair = (Map<?, ?>) ((List<?>) ((Map<?, ?>) body.get(1)).get("actions")).get(0);
        Map<?, ?> meer = (Map<?, ?>) ((List<?>) ((Map<?, ?>) body.get(2)).get("actions")).get(0);
        assertEquals(ReplyParts.SIGNAAL_DOORGEVEN, primair.get("title"));
        assertEquals("positive", primair.get("style"));
        assertEquals("Meer over dit knelpunt", meer.get("title"));
        assertNull(meer.get("style"));
    }

    /** The expected cards were rendered from the signal card before it became its own model. */
    @ParameterizedTest
    @ValueSource(strings = {"urgent-aanspreekpunt", "normaal-backup", "teams-beheerder"})
    void signalCardIsExactlyTheStoredCard(String naam) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream expected =
                AdaptiveCardsTest.class.getResourceAsStream("/teams/signaalkaart/" + naam + ".json")) {
            assertEquals(json.readTree(expected), json.valueToTree(AdaptiveCards.card(Kaarten.bezorgd(naam))));
        }
    }

    @Test
    void valuesThatAreNotOursAreNoActie() {
        assertNull(AdaptiveCards.actie(Map.of("key", "value")));
        assertNull(AdaptiveCards.actie(Map.of("weerbaar", Map.of("waarden", Map.of()))));
        assertNull(AdaptiveCards.actie("tekst"));
    }
}
