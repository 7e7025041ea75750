package nl.weerbaar.bot.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The short replies a teacher types at a question step of a dialogue ("ja", "jep", "oké", "nee
 * hoor", "klopt niet", "laat maar", …), read once from {@code conversation/stapantwoorden.txt}:
 * the word lists are data, not conditions in the flow.
 */
final class StapAntwoorden {
    static final String BESTAND = "/conversation/stapantwoorden.txt";

    /** What a short reply means at a question step. */
    enum Soort {
        JA,
        NEE,
        /** Stop and throw the draft away. */
        ANNULEER,
        /** Go on with the draft where it was. */
        VERDER,
        /** Leave out the optional piece (the pupil). */
        OVERSLAAN,
        /** Change the description. */
        AANPASSEN
    }

    private final Map<String, Soort> antwoorden;

    private StapAntwoorden(Map<String, Soort> antwoorden) {
        this.antwoorden = Map.copyOf(antwoorden);
    }

    /** The kind of a typed reply; empty when it is not one of the short replies. */
    Optional<Soort> soort(String tekst) {
        return tekst == null ? Optional.empty() : Optional.ofNullable(antwoorden.get(Commando.normaliseer(tekst)));
    }

    static StapAntwoorden laad() {
        try (InputStream in = StapAntwoorden.class.getResourceAsStream(BESTAND)) {
            if (in == null) {
                throw new IllegalStateException(BESTAND + " is missing from the application");
            }
            return lees(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StapAntwoorden lees(BufferedReader reader) throws IOException {
        Map<String, Soort> antwoorden = new HashMap<>();
        Map<Soort, Integer> aantallen = new EnumMap<>(Soort.class);
        String regel;
        int nummer = 0;
        while ((regel = reader.readLine()) != null) {
            nummer++;
            String r = regel.strip();
            if (r.isEmpty() || r.startsWith("#")) {
                continue;
            }
            int dubbelepunt = r.indexOf(':');
            if (dubbelepunt < 0) {
                throw new IllegalStateException(BESTAND + " line " + nummer + ": expected 'kind: reply, reply'");
            }
            Soort soort = Soort.valueOf(r.substring(0, dubbelepunt).strip().toUpperCase(Locale.ROOT));
            for (String antwoord : r.substring(dubbelepunt + 1).split(",")) {
                String genormaliseerd = Commando.normaliseer(antwoord);
                if (genormaliseerd.isEmpty()) {
                    continue;
                }
                Soort al = antwoorden.putIfAbsent(genormaliseerd, soort);
                if (al != null && al != soort) {
                    throw new IllegalStateException(
                            BESTAND + " line " + nummer + ": '" + genormaliseerd + "' is both " + al + " and " + soort);
                }
                aantallen.merge(soort, 1, Integer::sum);
            }
        }
        for (Soort soort : Soort.values()) {
            if (!aantallen.containsKey(soort)) {
                throw new IllegalStateException(BESTAND + " has no replies of kind " + soort);
            }
        }
        return new StapAntwoorden(antwoorden);
    }
}
