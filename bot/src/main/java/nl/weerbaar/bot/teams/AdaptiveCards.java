package nl.weerbaar.bot.teams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.AanspreekpuntDeel;
import nl.weerbaar.bot.reply.Antwoord.Bellen;
import nl.weerbaar.bot.reply.Antwoord.HerkendOp;
import nl.weerbaar.bot.reply.Antwoord.KnelpuntDeel;
import nl.weerbaar.bot.reply.Antwoord.Knop;
import nl.weerbaar.bot.reply.Antwoord.Knoppen;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;
import nl.weerbaar.bot.reply.Antwoord.Overzicht;
import nl.weerbaar.bot.reply.Antwoord.Soort;
import nl.weerbaar.bot.reply.Antwoord.Tekst;
import nl.weerbaar.bot.reply.Antwoord.ThemaRegel;
import nl.weerbaar.bot.reply.Antwoord.TrainingRegel;
import nl.weerbaar.bot.reply.Antwoord.TrainingenDeel;
import nl.weerbaar.bot.reply.ReplyParts;
import nl.weerbaar.bot.signals.SignaalKaart;

/**
 * Renders the channel-neutral reply, and the signal card, as an Adaptive Card (schema 1.5) for Teams. Every text is
 * plain text: the characters of the Adaptive Card Markdown subset ({@code * _ [ ] ` ~ < > \}, and
 * list markers at the start of a line) are backslash-escaped and {@code <at>} mention markup is
 * removed, so nothing a user or the catalogue writes can format, link or mention. Warnings come first; buttons are stacked,
 * one {@code Action.Submit} per ActionSet, with {@code data = {"weerbaar": {"type", "waarden"}}}, which Teams sends
 * back as the message {@code value} (see {@link #actie}).
 */
final class AdaptiveCards {
    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    static final String DATA_KEY = "weerbaar";
    private static final Pattern MENTION = Pattern.compile("(?is)<at\\b[^>]*>.*?</at>|</?at\\b[^>]*>");
    private static final Pattern MARKDOWN = Pattern.compile("([\\\\`*_\\[\\]<>~])");
    /** A list marker at the start of a line: "- ", "+ ", "1. ". */
    static final int MAX_VOORVERTONING = 150;

    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^(\\s*)([-+]|\\d+\\.)(?=\\s)");

    private AdaptiveCards() {}

    /** The card for one reply. */
    static Map<String, Object> card(Antwoord antwoord) {
        List<Object> body = new ArrayList<>();
        List<Onderdeel> delen = new ArrayList<>();
        antwoord.onderdelen().stream().filter(AdaptiveCards::isWaarschuwing).forEach(delen::add);
        antwoord.onderdelen().stream().filter(d -> !isWaarschuwing(d)).forEach(delen::add);
        for (Onderdeel deel : delen) {
            render(deel, body);
        }
        return card(body);
    }

    /**
     * What a notification and the chat list show of a reply (the activity's {@code summary} and {@code text}): the
     * knelpunt's sentence, else the question above the buttons, else the first plain paragraph; at most
     * {@value #MAX_VOORVERTONING} characters. Questions and knelpunten are the bot's own words; a paragraph that
     * could hold what the user typed (a signal draft's description) comes with a question that is preferred.
     */
    static String voorvertoning(Antwoord antwoord) {
        List<Onderdeel> delen = antwoord.onderdelen();
        String tekst = delen.stream()
                .filter(KnelpuntDeel.class::isInstance)
                .map(d -> ((KnelpuntDeel) d).tekst())
                .findFirst()
                .or(() -> delen.stream()
                        .filter(d -> d instanceof Knoppen k
                                && k.vraag() != null
                                && !k.vraag().isBlank())
                        .map(d -> ((Knoppen) d).vraag())
                        .findFirst())
                .or(() -> delen.stream()
                        .filter(d -> d instanceof Tekst t && t.soort() == Soort.NORMAAL)
                        .map(d -> ((Tekst) d).tekst())
                        .findFirst())
                .orElse(TeamsTeksten.NIEUW_ANTWOORD);
        return kort(plain(tekst));
    }

    /**
     * What a notification shows of a delivered signal: its heading ("Nieuw signaal S-ABC234 voor Locatie De Linde."),
     * never the description or the pupil, which only the card itself shows.
     */
    static String voorvertoning(SignaalKaart kaart) {
        return kort(plain(kaart.kop()));
    }

    private static String kort(String tekst) {
        String regel = tekst.strip().replaceAll("\\s+", " ");
        if (regel.length() <= MAX_VOORVERTONING) {
            return regel;
        }
        int spatie = regel.lastIndexOf(' ', MAX_VOORVERTONING - 1);
        return regel.substring(0, spatie > 40 ? spatie : MAX_VOORVERTONING - 1) + "…";
    }

    /** The card for a signal: the 112 advice first when urgent, the heading, the facts, the note, the buttons. */
    static Map<String, Object> card(SignaalKaart kaart) {
        List<Object> body = new ArrayList<>();
        if (kaart.waarschuwing() != null) {
            body.add(tekst(new Tekst(Soort.WAARSCHUWING, kaart.waarschuwing())));
        }
        body.add(textBlock(kaart.kop()));
        for (SignaalKaart.Veld veld : kaart.velden()) {
            body.add(textBlock(veld.naam() + ": " + veld.waarde()));
        }
        if (kaart.notitie() != null) {
            body.add(tekst(new Tekst(Soort.NOTITIE, kaart.notitie())));
        }
        body.addAll(stacked(kaart.knoppen()));
        return card(body);
    }

    private static Map<String, Object> card(List<Object> body) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.put("body", body);
        card.put("msteams", Map.of("width", "Full"));
        return card;
    }

    private static boolean isWaarschuwing(Onderdeel deel) {
        return deel instanceof Tekst t && t.soort() == Soort.WAARSCHUWING;
    }

    private static void render(Onderdeel deel, List<Object> body) {
        if (deel instanceof Tekst t) {
            body.add(tekst(t));
        } else if (deel instanceof KnelpuntDeel k) {
            body.add(textBlock(k.thema()).with("isSubtle", true).with("size", "Small"));
            body.add(textBlock(k.tekst()).with("weight", "Bolder").with("size", "Medium"));
            body.add(textBlock(TeamsTeksten.WAT_JE_KUNT_DOEN).with("weight", "Bolder"));
            for (int i = 0; i < k.interventies().size(); i++) {
                // a numbered list, one item per block; the number itself is ours, not Markdown input
                body.add(new Block("TextBlock")
                        .with("text", (i + 1) + ". " + escape(k.interventies().get(i)))
                        .with("wrap", true)
                        .with("spacing", "Small"));
            }
        } else if (deel instanceof AanspreekpuntDeel a) {
            body.add(textBlock(ReplyParts.JE_AANSPREEKPUNT + " (" + a.locatie() + ")")
                    .with("weight", "Bolder")
                    .with("separator", true));
            List<Object> facts = new ArrayList<>();
            fact(facts, TeamsTeksten.NAAM, a.naam());
            fact(facts, TeamsTeksten.ROL, a.rol());
            fact(facts, TeamsTeksten.EMAIL, a.email());
            fact(facts, TeamsTeksten.TELEFOON, a.telefoon());
            fact(facts, TeamsTeksten.BACKUP, a.backupNaam());
            // one line per fact rather than a FactSet: a FactSet's value column cannot break an e-mail address, which
            // Teams then cuts off at 320 px
            body.add(new Block("Container").with("items", facts).with("spacing", "Small"));
        } else if (deel instanceof TrainingenDeel t) {
            body.add(textBlock(ReplyParts.TRAININGEN).with("weight", "Bolder").with("separator", true));
            for (TrainingRegel r : t.trainingen()) {
                body.add(textBlock(r.naam()).with("weight", "Bolder").with("spacing", "Small"));
                if (r.voor() != null) {
                    body.add(textBlock(r.voor()).with("isSubtle", true).with("spacing", "None"));
                }
                if (r.beschrijving() != null) {
                    body.add(textBlock(r.beschrijving()).with("spacing", "None"));
                }
                if (r.doelgroep() != null) {
                    body.add(textBlock(TeamsTeksten.DOELGROEP + ": " + r.doelgroep())
                            .with("isSubtle", true)
                            .with("size", "Small")
                            .with("spacing", "None"));
                }
            }
        } else if (deel instanceof HerkendOp h) {
            body.add(textBlock(ReplyParts.HERKEND_OP + ": " + String.join(", ", h.woorden()))
                    .with("isSubtle", true)
                    .with("size", "Small"));
        } else if (deel instanceof Knoppen k) {
            if (k.vraag() != null) {
                body.add(textBlock(k.vraag()).with("weight", "Bolder"));
            }
            body.addAll(stacked(k.knoppen()));
        } else if (deel instanceof Bellen b) {
            // a tel: link Teams opens with the device's phone app
            Map<String, Object> bel = new LinkedHashMap<>();
            bel.put("type", "Action.OpenUrl");
            bel.put("title", plain(b.label()));
            bel.put("url", b.link());
            body.add(new Block("ActionSet").with("actions", List.of(bel)));
        } else if (deel instanceof Overzicht o) {
            for (ThemaRegel thema : o.themas()) {
                body.add(textBlock(thema.naam()).with("weight", "Bolder").with("separator", true));
                body.addAll(stacked(thema.knelpunten()));
            }
        }
    }

    private static Block tekst(Tekst t) {
        Block block = textBlock(t.tekst());
        return switch (t.soort()) {
            case WAARSCHUWING -> block.with("color", "Attention").with("weight", "Bolder");
            case NORMAAL -> block;
            case NOTITIE -> block.with("isSubtle", true).with("size", "Small");
        };
    }

    private static void fact(List<Object> facts, String title, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(textBlock(title + ": " + value).with("spacing", "None"));
        }
    }

    /**
     * The buttons one below the other, each in its own ActionSet: Teams lays out the actions of one ActionSet in a
     * row of equal parts and ellipsises each title on one line, so at 320 px even "Geen van deze" was cut off. Alone
     * in its row a button gets the card's whole width, which holds any label of up to 30 characters.
     */
    private static List<Block> stacked(List<Knop> knoppen) {
        List<Block> sets = new ArrayList<>();
        for (Knop knop : knoppen) {
            Block set = new Block("ActionSet").with("actions", List.of(action(knop)));
            if (!sets.isEmpty()) {
                set.with("spacing", "Small");
            }
            sets.add(set);
        }
        return sets;
    }

    private static Map<String, Object> action(Knop knop) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                DATA_KEY,
                Map.of("type", knop.actie().type(), "waarden", knop.actie().waarden()));
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", "Action.Submit");
        action.put("title", plain(knop.label()));
        action.put("data", data);
        if (knop.primair()) {
            action.put("style", "positive");
        }
        return action;
    }

    private static Block textBlock(String text) {
        return new Block("TextBlock").with("text", escape(text)).with("wrap", true);
    }

    /** Plain text for a TextBlock: mention markup removed, Markdown characters escaped. */
    static String escape(String text) {
        String escaped = MARKDOWN.matcher(plain(text)).replaceAll("\\\\$1");
        return LIST_MARKER.matcher(escaped).replaceAll(m -> {
            String marker = m.group(2);
            String safe = marker.endsWith(".") ? marker.substring(0, marker.length() - 1) + "\\." : "\\" + marker;
            return Matcher.quoteReplacement(m.group(1) + safe);
        });
    }

    /** Text without {@code <at>} mention markup (for places that do not render Markdown). */
    static String plain(String text) {
        return text == null ? "" : MENTION.matcher(text).replaceAll("");
    }

    /**
     * The button press in a message or invoke {@code value}: {@code {"weerbaar": {"type", "waarden"}}}
     * as our cards send it; null when the value is not ours.
     */
    static Actie actie(Object value) {
        if (!(value instanceof Map<?, ?> map) || !(map.get(DATA_KEY) instanceof Map<?, ?> data)) {
            return null;
        }
        if (!(data.get("type") instanceof String type) || type.isBlank() || type.length() > 50) {
            return null;
        }
        Map<String, String> waarden = new LinkedHashMap<>();
        if (data.get("waarden") instanceof Map<?, ?> w) {
            for (Map.Entry<?, ?> e : w.entrySet()) {
                if (waarden.size() < 10
                        && e.getKey() instanceof String k
                        && e.getValue() instanceof String v
                        && v.length() <= 100) {
                    waarden.put(k, v);
                }
            }
        }
        return new Actie(type, waarden);
    }

    /** An Adaptive Card element: an ordered JSON object. */
    static final class Block extends LinkedHashMap<String, Object> {
        Block(String type) {
            put("type", type);
        }

        Block with(String key, Object value) {
            put(key, value);
            return this;
        }
    }
}
