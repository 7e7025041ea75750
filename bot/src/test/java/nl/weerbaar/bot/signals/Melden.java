package nl.weerbaar.bot.signals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Bericht;

/** Test helper: passes on a signal through the conversation core, as a teacher would, step by step. */
public final class Melden {
    private static final Pattern REFERENTIE = Pattern.compile("Referentie (S-[A-Z0-9]{6})");

    private Melden() {}

    /**
     * Returns the reference the teacher is given. An urgent description (a threat with a knife) is
     * urgent without the question "Is het dringend?"; {@code urgent} must then be true.
     */
    public static String meld(Gesprek gesprek, Afzender a, String locatie, String beschrijving, boolean urgent) {
        gesprek.beantwoord(Bericht.tekst(a, locatie, "melden"));
        Antwoord x = gesprek.beantwoord(Bericht.tekst(a, null, beschrijving));
        if (heeftKnop(x, "Ja, dringend")) {
            x = gesprek.beantwoord(Bericht.actie(a, null, actie(x, urgent ? "Ja, dringend" : "Nee")));
        } else if (!urgent) {
            throw new AssertionError("not asked whether it is urgent, so it is: " + beschrijving);
        }
        x = gesprek.beantwoord(Bericht.actie(a, null, actie(x, "Overslaan")));
        x = gesprek.beantwoord(Bericht.actie(a, null, actie(x, "Versturen")));
        Matcher m = REFERENTIE.matcher(x.onderdelen().toString());
        if (!m.find()) {
            throw new AssertionError("no reference in " + x);
        }
        return m.group(1);
    }

    private static boolean heeftKnop(Antwoord a, String label) {
        return a.onderdelen().stream()
                .filter(Antwoord.Knoppen.class::isInstance)
                .flatMap(k -> ((Antwoord.Knoppen) k).knoppen().stream())
                .anyMatch(k -> k.label().equals(label));
    }

    public static Actie actie(Antwoord a, String label) {
        return a.onderdelen().stream()
                .filter(Antwoord.Knoppen.class::isInstance)
                .flatMap(k -> ((Antwoord.Knoppen) k).knoppen().stream())
                .filter(k -> k.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + a))
                .actie();
    }
}
