package nl.weerbaar.bot.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Adds one example phrasing to {@code voorbeelden.yaml} as text, so the admin's comments and
 * layout stay as they are: a new {@code - "…"} line after the last phrasing of the knelpunt (or a
 * new key at the end of {@code voorbeelden:}). The result is always validated by the caller.
 */
final class VoorbeeldZinnen {
    static final int MAX_ZIN = 500;

    private VoorbeeldZinnen() {}

    /** The phrasing as it is stored: one line, no control characters, trimmed. */
    static String zin(String tekst) {
        String zin =
                tekst.replaceAll("\\p{Cntrl}+", " ").replaceAll("\\s+", " ").strip();
        if (zin.isEmpty()) {
            throw new IllegalArgumentException(AdminTeksten.VRAAG_LEEG);
        }
        if (zin.length() > MAX_ZIN) {
            throw new IllegalArgumentException(AdminTeksten.zinTeLang(MAX_ZIN));
        }
        return zin;
    }

    static String voegToe(String yaml, String knelpuntId, String tekst) {
        String regelEinde = yaml.contains("\r\n") ? "\r\n" : "\n";
        List<String> regels = new ArrayList<>(Arrays.asList(yaml.split("\r?\n", -1)));
        String item = "- " + quote(zin(tekst));
        int blok = -1;
        for (int i = 0; i < regels.size(); i++) {
            if (regels.get(i).matches("voorbeelden:\\s*(#.*)?")) {
                blok = i;
                break;
            }
        }
        if (blok < 0) {
            throw new IllegalArgumentException(AdminTeksten.GEEN_VOORBEELDEN_SLEUTEL);
        }
        int einde = regels.size();
        for (int i = blok + 1; i < regels.size(); i++) {
            String r = regels.get(i);
            if (!r.isBlank() && !r.startsWith(" ") && !r.startsWith("#")) {
                einde = i;
                break;
            }
        }
        Pattern sleutel = Pattern.compile("( +)" + Pattern.quote(knelpuntId) + "\\s*:\\s*(#.*)?");
        int sleutelRegel = -1;
        int sleutelInsprong = 2;
        for (int i = blok + 1; i < einde; i++) {
            var m = sleutel.matcher(regels.get(i));
            if (m.matches()) {
                sleutelRegel = i;
                sleutelInsprong = m.group(1).length();
                break;
            }
        }
        if (sleutelRegel < 0) {
            int laatste = laatsteInhoud(regels, blok, einde);
            String insprong = " ".repeat(eersteSleutelInsprong(regels, blok, einde));
            regels.add(laatste + 1, insprong + knelpuntId + ":");
            regels.add(laatste + 2, insprong + "  " + item);
            return String.join(regelEinde, regels);
        }
        int laatsteItem = sleutelRegel;
        String itemInsprong = null;
        for (int i = sleutelRegel + 1; i < einde; i++) {
            String r = regels.get(i);
            if (r.isBlank() || r.strip().startsWith("#")) {
                continue;
            }
            int insprong = r.length() - r.stripLeading().length();
            if (insprong <= sleutelInsprong) {
                break;
            }
            if (itemInsprong == null) {
                itemInsprong = r.substring(0, insprong);
            }
            laatsteItem = i;
        }
        if (itemInsprong == null) {
            itemInsprong = " ".repeat(sleutelInsprong + 2);
        }
        regels.add(laatsteItem + 1, itemInsprong + item);
        return String.join(regelEinde, regels);
    }

    private static int laatsteInhoud(List<String> regels, int blok, int einde) {
        int laatste = blok;
        for (int i = blok + 1; i < einde; i++) {
            if (!regels.get(i).isBlank() && !regels.get(i).strip().startsWith("#")) {
                laatste = i;
            }
        }
        return laatste;
    }

    private static int eersteSleutelInsprong(List<String> regels, int blok, int einde) {
        for (int i = blok + 1; i < einde; i++) {
            String r = regels.get(i);
            if (!r.isBlank() && !r.strip().startsWith("#")) {
                return Math.max(1, r.length() - r.stripLeading().length());
            }
        }
        return 2;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
