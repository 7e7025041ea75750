package nl.weerbaar.bot.conversation;

import static nl.weerbaar.bot.reply.ReplyParts.tekst;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;
import nl.weerbaar.bot.reply.ReplyParts;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Contact;
import nl.weerbaar.catalog.Informatievraag;
import nl.weerbaar.catalog.Locatie;
import nl.weerbaar.catalog.Persoon;
import nl.weerbaar.catalog.WettelijkKader;

/**
 * The answer to an informatievraag: its fixed text and contacts from informatie.yaml, and what it
 * adds from the directory (the aanspreekpunt, or the backup of whoever is away, with how to reach
 * them) or from the legal frame of catalogus.yaml.
 */
final class InformatieAntwoord {
    private InformatieAntwoord() {}

    /**
     * The parts, in order. {@code locatie} is the asker's, if known; {@code tekst} what they typed
     * (a name in it tells whose backup is meant).
     */
    static List<Onderdeel> voor(Informatievraag vraag, Catalog catalog, Optional<Locatie> locatie, String tekst) {
        List<Onderdeel> delen = new ArrayList<>();
        delen.add(tekst(vraag.antwoord()));
        for (Contact c : catalog.informatie().contactenVan(vraag)) {
            delen.add(tekst(GesprekTeksten.contact(c.naam(), c.telefoon(), c.wanneer())));
        }
        switch (vraag.aanvulling()) {
            case AANSPREEKPUNT ->
                delen.add(locatie.<Onderdeel>map(ReplyParts::aanspreekpunt)
                        .orElseGet(() -> ReplyParts.locatieKeuze(catalog.directory(), ReplyParts.LOCATIE_VRAAG)));
            case BACKUP -> delen.add(vervanger(catalog, locatie, tekst));
            case WETTELIJK_KADER -> {
                WettelijkKader kader = catalog.wettelijkKader();
                if (kader != null && !kader.toelichting().isBlank()) {
                    delen.add(tekst(GesprekTeksten.wettelijkKader(kader.naam(), kader.toelichting())));
                }
            }
            case GEEN, BESTE_ANTWOORD -> {}
        }
        return delen;
    }

    /**
     * Who takes over: when the message names one locatie's aanspreekpunt, that locatie's backup;
     * when it names a backup, the aanspreekpunt; otherwise the backup of the asker's locatie, or the
     * question which locatie they work at.
     */
    private static Onderdeel vervanger(Catalog catalog, Optional<Locatie> eigen, String tekst) {
        Set<String> woorden = woorden(tekst);
        List<Locatie> aanspreekpuntGenoemd = catalog.directory().locaties().stream()
                .filter(l -> genoemd(l.aanspreekpunt(), woorden))
                .toList();
        List<Locatie> backupGenoemd = catalog.directory().locaties().stream()
                .filter(l -> genoemd(l.backup(), woorden))
                .toList();
        if (aanspreekpuntGenoemd.size() == 1 && backupGenoemd.isEmpty()) {
            Locatie l = aanspreekpuntGenoemd.get(0);
            return neemtOver(l.backup(), l.aanspreekpunt(), l);
        }
        if (backupGenoemd.size() == 1 && aanspreekpuntGenoemd.isEmpty()) {
            Locatie l = backupGenoemd.get(0);
            return neemtOver(l.aanspreekpunt(), l.backup(), l);
        }
        return eigen.<Onderdeel>map(l -> neemtOver(l.backup(), l.aanspreekpunt(), l))
                .orElseGet(() -> ReplyParts.locatieKeuze(catalog.directory(), ReplyParts.LOCATIE_VRAAG));
    }

    private static Onderdeel neemtOver(Persoon vervanger, Persoon afwezig, Locatie locatie) {
        return tekst(GesprekTeksten.neemtOver(
                vervanger.naam(),
                vervanger.rol(),
                afwezig.naam(),
                locatie.naam(),
                vervanger.telefoon(),
                vervanger.email()));
    }

    /** True when the text names the person by their first name (which a full name contains). */
    private static boolean genoemd(Persoon persoon, Set<String> woorden) {
        String voornaam = normaliseer(persoon.naam()).split(" ")[0];
        return !voornaam.isEmpty() && woorden.contains(voornaam);
    }

    private static Set<String> woorden(String tekst) {
        String n = normaliseer(tekst);
        return n.isEmpty() ? Set.of() : Arrays.stream(n.split(" ")).collect(Collectors.toSet());
    }

    private static String normaliseer(String tekst) {
        return Normalizer.normalize(tekst == null ? "" : tekst, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
