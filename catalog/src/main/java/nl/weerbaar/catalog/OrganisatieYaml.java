package nl.weerbaar.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * {@code organisatie.yaml} as plain data, for editing the organisation in a form: read into maps
 * and lists with the file's own keys ({@code locaties[0].aanspreekpunt.telefoon}, the paths the
 * validator names in its problems), and written back as YAML with the file's comment header. What
 * the form left empty is left out of the file (every optional field may be absent).
 */
public final class OrganisatieYaml {
    private OrganisatieYaml() {}

    /** The file's content as maps and lists (an empty map for an empty file). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> lees(String yaml) {
        Object o = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    /**
     * The organisation as YAML: the comment lines at the top of {@code vorige} (the file it
     * replaces, may be null) and then the data, empty values left out.
     */
    public static String schrijf(Map<String, Object> organisatie, String vorige) {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setWidth(120)
                .build();
        Object schoon = schoon(organisatie);
        String data = new Dump(settings).dumpToString(schoon == null ? Map.of() : schoon);
        return kop(vorige) + data;
    }

    /** The leading comment lines (and the blank line after them) of a file. */
    static String kop(String vorige) {
        if (vorige == null) {
            return "";
        }
        StringBuilder kop = new StringBuilder();
        for (String regel : vorige.split("\n", -1)) {
            if (regel.startsWith("#")) {
                kop.append(regel).append('\n');
            } else {
                break;
            }
        }
        return kop.isEmpty() ? "" : kop.append('\n').toString();
    }

    /** Without null, blank texts, empty lists and empty maps; texts stripped. */
    private static Object schoon(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> uit = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                Object s = schoon(v);
                if (s != null) {
                    uit.put(String.valueOf(k), s);
                }
            });
            return uit.isEmpty() ? null : uit;
        }
        if (o instanceof List<?> l) {
            List<Object> uit = new ArrayList<>();
            l.forEach(v -> {
                Object s = schoon(v);
                if (s != null) {
                    uit.add(s);
                }
            });
            return uit.isEmpty() ? null : uit;
        }
        if (o instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        return o;
    }
}
