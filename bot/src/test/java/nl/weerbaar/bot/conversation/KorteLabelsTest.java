package nl.weerbaar.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import nl.weerbaar.bot.BotTest;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.KnelpuntDeel;
import nl.weerbaar.bot.reply.Antwoord.Knop;
import nl.weerbaar.bot.reply.Antwoord.Knoppen;
import nl.weerbaar.bot.reply.Antwoord.Overzicht;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Knelpunt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Buttons name a knelpunt by its short label from the catalogue; the answer behind the button says it in full. */
class KorteLabelsTest extends BotTest {
    @Autowired
    Gesprek gesprek;

    @Autowired
    CatalogService catalogs;

    private final Afzender afzender = Afzender.web("kort-" + UUID.randomUUID());

    private Catalog catalog() {
        return catalogs.current().orElseThrow();
    }

    @Test
    void theOverviewListsEveryKnelpuntByItsShortLabelAndItsButtonGivesTheFullSentence() {
        Antwoord antwoord = gesprek.beantwoord(Bericht.actie(afzender, "de-linde", Actie.of(Actie.OVERZICHT)));

        Overzicht overzicht = antwoord.onderdelen().stream()
                .filter(Overzicht.class::isInstance)
                .map(Overzicht.class::cast)
                .findFirst()
                .orElseThrow();
        List<Knop> knoppen = overzicht.themas().stream()
                .flatMap(t -> t.knelpunten().stream())
                .toList();
        assertEquals(
                List.of(
                        "Zicht op jeugdcriminaliteit",
                        "Thema leeft niet in het team",
                        "Lastig bespreekbaar te maken",
                        "Onduidelijk wie wat doet",
                        "Handelen bij signalen",
                        "Interculturele sensitiviteit",
                        "Samenwerking ketenpartners"),
                knoppen.stream().map(Knop::label).toList());

        Antwoord gekozen = gesprek.beantwoord(
                Bericht.actie(afzender, "de-linde", knoppen.get(3).actie()));
        KnelpuntDeel knelpunt = gekozen.onderdelen().stream()
                .filter(KnelpuntDeel.class::isInstance)
                .map(KnelpuntDeel.class::cast)
                .findFirst()
                .orElseThrow();
        assertEquals("Het is onduidelijk wie verantwoordelijk is voor wat.", knelpunt.tekst());
    }

    @Test
    void bedoelJeOffersTheShortLabelsOfItsCandidates() {
        Antwoord antwoord = gesprek.beantwoord(Bericht.tekst(
                afzender,
                "de-linde",
                "Niemand durft het erover te hebben en we weten niet bij wie we signalen kwijt kunnen."));

        Knoppen bedoelJe = antwoord.onderdelen().stream()
                .filter(d -> d instanceof Knoppen k && "Bedoel je een van deze knelpunten?".equals(k.vraag()))
                .map(Knoppen.class::cast)
                .findFirst()
                .orElseThrow();
        List<Knop> kandidaten = bedoelJe.knoppen().stream()
                .filter(k -> Actie.KNELPUNT.equals(k.actie().type()))
                .toList();
        assertTrue(kandidaten.size() >= 2, kandidaten.toString());
        for (Knop knop : kandidaten) {
            Knelpunt k = catalog().knelpunt(knop.actie().waarde("knelpunt")).orElseThrow();
            assertEquals(k.kort(), knop.label());
            assertTrue(knop.label().length() <= Knelpunt.KORT_MAX, knop.label());
        }
    }
}
