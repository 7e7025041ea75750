package nl.weerbaar.bot.reply;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The reply to one message, independent of any channel: an ordered list of parts that every
 * channel renders in its own format (web JSON, Adaptive Card, Block Kit). All texts are plain
 * text; channels escape them for their markup.
 *
 * @param catalogusVersie the catalogue version the reply was built from
 * @param onderdelen the parts, in display order
 * @param persoonlijk what only the user may read (signal contents), asked for where others read
 *     along ({@link Bericht#gedeeld}): the channel sends it to the user's personal conversation
 *     (Teams 1:1 chat, Slack DM), and {@code onderdelen} only say so; null otherwise
 */
public record Antwoord(
        String catalogusVersie,
        List<Onderdeel> onderdelen,
        @JsonInclude(JsonInclude.Include.NON_NULL) Antwoord persoonlijk) {
    public Antwoord {
        onderdelen = List.copyOf(onderdelen);
        if (persoonlijk != null && persoonlijk.persoonlijk() != null) {
            throw new IllegalArgumentException("a personal reply has no personal reply of its own");
        }
    }

    public Antwoord(String catalogusVersie, List<Onderdeel> onderdelen) {
        this(catalogusVersie, onderdelen, null);
    }

    /** One part of a reply. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Tekst.class, name = "tekst"),
        @JsonSubTypes.Type(value = KnelpuntDeel.class, name = "knelpunt"),
        @JsonSubTypes.Type(value = AanspreekpuntDeel.class, name = "aanspreekpunt"),
        @JsonSubTypes.Type(value = TrainingenDeel.class, name = "trainingen"),
        @JsonSubTypes.Type(value = HerkendOp.class, name = "herkendOp"),
        @JsonSubTypes.Type(value = Knoppen.class, name = "knoppen"),
        @JsonSubTypes.Type(value = Overzicht.class, name = "overzicht"),
        @JsonSubTypes.Type(value = Bellen.class, name = "bellen")
    })
    public sealed interface Onderdeel {}

    /** A paragraph; {@code soort} tells how prominent it is. */
    public record Tekst(Soort soort, String tekst) implements Onderdeel {}

    public enum Soort {
        /** Must be read first: "Bij acuut gevaar: bel 112." */
        WAARSCHUWING,
        NORMAAL,
        /** A caution or aside, shown smaller. */
        NOTITIE
    }

    /** The recognised knelpunt with its thema and interventies. */
    public record KnelpuntDeel(String id, String thema, String tekst, List<String> interventies) implements Onderdeel {
        public KnelpuntDeel {
            interventies = List.copyOf(interventies);
        }
    }

    /** The teacher's aanspreekpunt for their locatie, and how to reach them. */
    public record AanspreekpuntDeel(
            String locatie, String naam, String rol, String email, String telefoon, String backupNaam)
            implements Onderdeel {}

    /** The trainingen that solve the knelpunt; never padded with unrelated ones. */
    public record TrainingenDeel(List<TrainingRegel> trainingen) implements Onderdeel {
        public TrainingenDeel {
            trainingen = List.copyOf(trainingen);
        }
    }

    /**
     * One training in a reply.
     *
     * @param doelgroep the audience, only when it is not the teachers themselves; else null
     */
    public record TrainingRegel(String naam, String voor, String beschrijving, String doelgroep) {}

    /** The user's words the knelpunt was recognised on. */
    public record HerkendOp(List<String> woorden) implements Onderdeel {
        public HerkendOp {
            woorden = List.copyOf(woorden);
        }
    }

    /** Buttons, optionally with a question above them. */
    public record Knoppen(String vraag, List<Knop> knoppen) implements Onderdeel {
        public Knoppen {
            knoppen = List.copyOf(knoppen);
        }
    }

    /**
     * A button.
     *
     * @param primair the one action the reply is about ("Signaal doorgeven" in an acute answer):
     *     channels style it as their primary button
     */
    public record Knop(
            String label,
            Actie actie,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean primair) {
        public Knop(String label, Actie actie) {
            this(label, actie, false);
        }
    }

    /**
     * A phone number to call with one tap where the channel allows it ({@code tel:} link): "Bel 112",
     * the aanspreekpunt in an acute answer.
     *
     * @param label what the link says
     * @param nummer digits, optionally with a leading {@code +}: what {@code tel:} dials
     */
    public record Bellen(String label, String nummer) implements Onderdeel {
        public Bellen {
            if (nummer == null || !nummer.matches("\\+?[0-9]+")) {
                throw new IllegalArgumentException("not a number to dial: " + nummer);
            }
        }

        /** The {@code tel:} URI of the number. */
        public String link() {
            return "tel:" + nummer;
        }
    }

    /** The catalogue to browse: the thema's with their knelpunten, each one choosable. */
    public record Overzicht(List<ThemaRegel> themas) implements Onderdeel {
        public Overzicht {
            themas = List.copyOf(themas);
        }
    }

    public record ThemaRegel(String naam, List<Knop> knelpunten) {
        public ThemaRegel {
            knelpunten = List.copyOf(knelpunten);
        }
    }
}
