package nl.weerbaar.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.AanspreekpuntDeel;
import nl.weerbaar.bot.reply.Antwoord.KnelpuntDeel;
import nl.weerbaar.bot.reply.Antwoord.Knop;
import nl.weerbaar.bot.reply.Antwoord.Knoppen;
import nl.weerbaar.bot.reply.Antwoord.Soort;
import nl.weerbaar.bot.reply.Antwoord.Tekst;
import nl.weerbaar.bot.reply.ReplyParts;
import nl.weerbaar.bot.signals.Kaarten;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The reply model as Block Kit: escaped, warnings first, numbered interventies, Slack's limits. */
class BlockKitRendererTest {
    private final ButtonValues values = new ButtonValues(JsonMapper.builder().build());
    private final BlockKitRenderer renderer = new BlockKitRenderer(values);

    private static String json(Object o) {
        // Gson writes & as \u0026; Slack reads both the same
        return GsonFactory.createSnakeCase().toJson(o).replace("\\u0026", "&");
    }

    /** The expected messages were rendered from the signal card before it became its own model. */
    @ParameterizedTest
    @ValueSource(strings = {"urgent-aanspreekpunt", "normaal-backup", "teams-beheerder"})
    void signalCardIsExactlyTheStoredMessage(String naam) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream expected =
                BlockKitRendererTest.class.getResourceAsStream("/slack/signaalkaart/" + naam + ".json")) {
            assertEquals(
                    json.readTree(expected),
                    json.readTree(GsonFactory.createSnakeCase().toJson(renderer.render(Kaarten.bezorgd(naam)))));
        }
    }

    @Test
    void catalogueAndUserTextCannotMentionEveryoneOrInjectLinks() {
        SlackMessage message = renderer.render(new Antwoord(
                "v",
                List.of(
                        new Tekst(Soort.NORMAAL, "<!channel> & <https://evil.example|klik hier>"),
                        new AanspreekpuntDeel("<@U1>", "Jan <b>", null, "a@b.example", null, null))));

        String blocks = json(message.blocks());
        assertFalse(blocks.contains("<!channel>"), blocks);
        assertFalse(blocks.contains("<https://evil"), blocks);
        assertFalse(blocks.contains("<@U1>"), blocks);
        assertTrue(blocks.contains("&lt;!channel&gt; &amp; &lt;https://evil.example|klik hier&gt;"), blocks);
        assertFalse(message.text().contains("<!channel>"), message.text());
    }

    @Test
    void warningComesFirstAndInterventiesAreNumbered() {
        SlackMessage message = renderer.render(new Antwoord(
                "v",
                List.of(
                        new KnelpuntDeel("k", "Bereidheid", "Knelpunt", List.of("een", "twee", "drie")),
                        new Tekst(Soort.WAARSCHUWING, "Bij acuut gevaar: bel 112."))));

        SectionBlock first = (SectionBlock) message.blocks().get(0);
        assertEquals(
                ":rotating_light: *Bij acuut gevaar: bel 112.*", first.getText().getText());
        assertTrue(json(message.blocks()).contains("*Wat kun je doen?*\\n1. een\\n2. twee\\n3. drie"));
        assertTrue(message.text().startsWith("Bij acuut gevaar: bel 112.\nKnelpunt\n1. een"), message.text());
    }

    @Test
    void buttonsComeInRowsOfAtMostFiveWithShortTextsAndTheirActionAsValue() {
        List<Knop> knoppen = IntStream.range(0, 7)
                .mapToObj(i -> new Knop("x".repeat(100), new Actie(Actie.KNELPUNT, Map.of("knelpunt", "k" + i))))
                .toList();

        SlackMessage message = renderer.render(new Antwoord("v", List.of(new Knoppen("Welke?", knoppen))));

        List<ActionsBlock> rows = message.blocks().stream()
                .filter(ActionsBlock.class::isInstance)
                .map(ActionsBlock.class::cast)
                .toList();
        assertEquals(
                List.of(5, 2), rows.stream().map(r -> r.getElements().size()).toList());
        ButtonElement button = (ButtonElement) rows.get(1).getElements().get(1);
        assertEquals(75, button.getText().getText().length());
        assertTrue(ButtonValues.ACTION_ID.matcher(button.getActionId()).matches(), button.getActionId());
        assertEquals(
                new Actie(Actie.KNELPUNT, Map.of("knelpunt", "k6")),
                values.actie(button.getValue()).orElseThrow());
    }

    @Test
    void signaalDoorgevenCarriesItsSealedProposalThroughTheButtonValueUnchanged() {
        Actie actie = ReplyParts.signaalDoorgeven(
                "0f8fad5b-d9cb-469f-a165-70867728950e", "q-7Zb_" + "Kx".repeat(17) + "9_A"); // 36 and 43 chars

        SlackMessage message = renderer.render(new Antwoord(
                "v", List.of(new Knoppen(null, List.of(new Knop(ReplyParts.SIGNAAL_DOORGEVEN, actie))))));

        ButtonElement button = (ButtonElement) message.blocks().stream()
                .filter(ActionsBlock.class::isInstance)
                .map(ActionsBlock.class::cast)
                .findFirst()
                .orElseThrow()
                .getElements()
                .get(0);
        assertTrue(button.getValue().length() <= ButtonValues.MAX_BUTTON_VALUE);
        assertEquals(actie, values.actie(button.getValue()).orElseThrow());
    }

    @Test
    void bel112IsATelLinkAndSignaalDoorgevenIsThePrimaryButton() {
        SlackMessage message = renderer.render(new Antwoord(
                "v",
                List.of(
                        new Antwoord.Bellen("Bel Sanne de Vries: 010 000 0101", "0100000101"),
                        new Knoppen(
                                null,
                                List.of(
                                        new Knop(
                                                ReplyParts.SIGNAAL_DOORGEVEN,
                                                ReplyParts.signaalDoorgeven("v-1", "sleutel"),
                                                true),
                                        new Knop("Meer over dit knelpunt", Actie.of(Actie.OVERZICHT)))))));

        SectionBlock bel = (SectionBlock) message.blocks().get(0);
        assertEquals(
                ":telephone_receiver: *<tel:0100000101|Bel Sanne de Vries: 010 000 0101>*",
                bel.getText().getText());
        List<?> knoppen = ((ActionsBlock) message.blocks().get(1)).getElements();
        assertEquals("primary", ((ButtonElement) knoppen.get(0)).getStyle());
        assertEquals(null, ((ButtonElement) knoppen.get(1)).getStyle());
        assertTrue(message.text().startsWith("Bel Sanne de Vries: 010 000 0101"), message.text());
    }

    @Test
    void actionIdsAreUniqueWithinAMessage() {
        List<Knop> knoppen =
                List.of(new Knop("a", Actie.of(Actie.OVERZICHT)), new Knop("b", Actie.of(Actie.OVERZICHT)));

        SlackMessage message =
                renderer.render(new Antwoord("v", List.of(new Knoppen(null, knoppen), new Knoppen(null, knoppen))));

        List<String> ids = message.blocks().stream()
                .filter(ActionsBlock.class::isInstance)
                .flatMap(b -> ((ActionsBlock) b).getElements().stream())
                .map(e -> ((ButtonElement) e).getActionId())
                .toList();
        assertEquals(4, ids.stream().distinct().count(), ids.toString());
    }
}
