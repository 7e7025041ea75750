package nl.weerbaar.bot.slack;

import static nl.weerbaar.bot.slack.SlackText.cut;
import static nl.weerbaar.bot.slack.SlackText.escape;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
 * Renders the channel-neutral reply model, and the signal card, as Block Kit with a plain-text fallback. Every
 * catalogue and user text is escaped for mrkdwn; warnings come first; Slack's limits (text
 * lengths, buttons per block, blocks per message) are respected.
 */
final class BlockKitRenderer {
    /** Blocks in a message; a Home tab allows 100. */
    static final int MAX_MESSAGE_BLOCKS = 50;

    static final int MAX_BUTTON_TEXT = 75;
    static final int MAX_BUTTONS_PER_BLOCK = 5;
    private static final int MAX_SECTION_TEXT = 3000;
    private static final int MAX_HEADER_TEXT = 150;
    private static final int MAX_OPTIONS = 100;
    private static final int MAX_FALLBACK = 3000;

    private final ButtonValues values;

    BlockKitRenderer(ButtonValues values) {
        this.values = values;
    }

    SlackMessage render(Antwoord antwoord) {
        List<Onderdeel> delen = Stream.concat(
                        antwoord.onderdelen().stream().filter(BlockKitRenderer::isWarning),
                        antwoord.onderdelen().stream().filter(d -> !isWarning(d)))
                .toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        int[] buttons = {0};
        for (Onderdeel deel : delen) {
            blocks.addAll(blocks(deel, buttons));
        }
        return new SlackMessage(fallback(delen), fit(blocks, MAX_MESSAGE_BLOCKS));
    }

    /** The signal card: the 112 advice first when urgent, the heading, the facts, the note, the buttons. */
    SlackMessage render(SignaalKaart kaart) {
        List<String> regels = new ArrayList<>();
        List<LayoutBlock> blocks = new ArrayList<>();
        if (kaart.waarschuwing() != null) {
            regels.add(kaart.waarschuwing());
            blocks.add(tekst(new Tekst(Soort.WAARSCHUWING, kaart.waarschuwing())));
        }
        regels.add(kaart.kop());
        blocks.add(section(escape(kaart.kop())));
        for (SignaalKaart.Veld veld : kaart.velden()) {
            String regel = veld.naam() + ": " + veld.waarde();
            regels.add(regel);
            blocks.add(section(escape(regel)));
        }
        if (kaart.notitie() != null) {
            regels.add(kaart.notitie());
            blocks.add(tekst(new Tekst(Soort.NOTITIE, kaart.notitie())));
        }
        blocks.addAll(knoppen(new Knoppen(null, kaart.knoppen()), new int[] {0}));
        return new SlackMessage(plainText(regels), fit(blocks, MAX_MESSAGE_BLOCKS));
    }

    /** The blocks of the parts alone (for the Home tab, which adds its own around them). */
    List<LayoutBlock> blocks(List<Onderdeel> delen, int[] buttonCounter) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Onderdeel deel : delen) {
            blocks.addAll(blocks(deel, buttonCounter));
        }
        return blocks;
    }

    private static boolean isWarning(Onderdeel deel) {
        return deel instanceof Tekst t && t.soort() == Soort.WAARSCHUWING;
    }

    private List<LayoutBlock> blocks(Onderdeel deel, int[] buttons) {
        if (deel instanceof Tekst t) {
            return List.of(tekst(t));
        } else if (deel instanceof KnelpuntDeel k) {
            return knelpunt(k);
        } else if (deel instanceof AanspreekpuntDeel a) {
            return List.of(aanspreekpunt(a));
        } else if (deel instanceof TrainingenDeel t) {
            return trainingen(t);
        } else if (deel instanceof HerkendOp h) {
            return List.of(context(ReplyParts.HERKEND_OP + ": " + escape(String.join(", ", h.woorden()))));
        } else if (deel instanceof Knoppen k) {
            return knoppen(k, buttons);
        } else if (deel instanceof Overzicht o) {
            return overzicht(o, buttons);
        } else if (deel instanceof Bellen b) {
            // a tel: link: one tap dials on a phone
            return List.of(section(":telephone_receiver: *<" + b.link() + "|" + escape(b.label()) + ">*"));
        }
        throw new IllegalArgumentException(
                "unknown reply part " + deel.getClass().getSimpleName());
    }

    private static LayoutBlock tekst(Tekst t) {
        return switch (t.soort()) {
            case WAARSCHUWING -> section(":rotating_light: *" + escape(t.tekst()) + "*");
            case NORMAAL -> section(escape(t.tekst()));
            case NOTITIE -> context(escape(t.tekst()));
        };
    }

    private static List<LayoutBlock> knelpunt(KnelpuntDeel k) {
        StringBuilder lijst = new StringBuilder("*" + SlackTeksten.WAT_KUN_JE_DOEN + "*");
        for (int i = 0; i < k.interventies().size(); i++) {
            lijst.append('\n')
                    .append(i + 1)
                    .append(". ")
                    .append(escape(k.interventies().get(i)));
        }
        return List.of(
                HeaderBlock.builder()
                        .text(plain(cut(k.tekst(), MAX_HEADER_TEXT)))
                        .build(),
                context(SlackTeksten.THEMA + ": " + escape(k.thema())),
                section(lijst.toString()));
    }

    private static LayoutBlock aanspreekpunt(AanspreekpuntDeel a) {
        StringBuilder s = new StringBuilder("*" + ReplyParts.JE_AANSPREEKPUNT);
        if (a.locatie() != null) {
            s.append(" (").append(escape(a.locatie())).append(')');
        }
        s.append("*\n").append(escape(a.naam()));
        if (a.rol() != null) {
            s.append(", ").append(escape(a.rol()));
        }
        List<String> contact = new ArrayList<>();
        if (a.email() != null) {
            contact.add(":email: " + escape(a.email()));
        }
        if (a.telefoon() != null) {
            contact.add(":telephone_receiver: " + escape(a.telefoon()));
        }
        if (!contact.isEmpty()) {
            s.append('\n').append(String.join("  ·  ", contact));
        }
        if (a.backupNaam() != null) {
            s.append('\n').append(SlackTeksten.nietBereikbaar(escape(a.backupNaam())));
        }
        return section(s.toString());
    }

    private static List<LayoutBlock> trainingen(TrainingenDeel t) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(DividerBlock.builder().build());
        blocks.add(section("*" + SlackTeksten.TRAININGEN_DIE_PASSEN + "*"));
        for (TrainingRegel r : t.trainingen()) {
            StringBuilder s = new StringBuilder("*").append(escape(r.naam())).append('*');
            if (r.voor() != null) {
                s.append("\n_").append(escape(r.voor())).append('_');
            }
            if (r.beschrijving() != null) {
                s.append('\n').append(escape(r.beschrijving()));
            }
            if (r.doelgroep() != null) {
                s.append('\n').append(SlackTeksten.VOOR).append(": ").append(escape(r.doelgroep()));
            }
            blocks.add(section(s.toString()));
        }
        return blocks;
    }

    private List<LayoutBlock> knoppen(Knoppen k, int[] counter) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (k.vraag() != null && !k.vraag().isBlank()) {
            blocks.add(section(escape(k.vraag())));
        }
        List<BlockElement> rij = new ArrayList<>();
        for (Knop knop : k.knoppen()) {
            rij.add(button(knop, counter));
            if (rij.size() == MAX_BUTTONS_PER_BLOCK) {
                blocks.add(ActionsBlock.builder().elements(rij).build());
                rij = new ArrayList<>();
            }
        }
        if (!rij.isEmpty()) {
            blocks.add(ActionsBlock.builder().elements(rij).build());
        }
        return blocks;
    }

    /** Each thema as a section with a select of its knelpunten; buttons when a value is too long. */
    private List<LayoutBlock> overzicht(Overzicht o, int[] counter) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (ThemaRegel thema : o.themas()) {
            List<OptionObject> options = new ArrayList<>();
            boolean fits = thema.knelpunten().size() <= MAX_OPTIONS;
            for (Knop knop : thema.knelpunten()) {
                String value = values.value(knop.actie());
                fits &= value.length() <= ButtonValues.MAX_OPTION_VALUE;
                options.add(OptionObject.builder()
                        .text(plain(cut(knop.label(), MAX_BUTTON_TEXT)))
                        .value(value)
                        .build());
            }
            if (thema.knelpunten().isEmpty()) {
                continue;
            }
            if (fits) {
                blocks.add(SectionBlock.builder()
                        .text(mrkdwn("*" + escape(thema.naam()) + "*"))
                        .accessory(StaticSelectElement.builder()
                                .actionId(ButtonValues.actionId(
                                        thema.knelpunten().get(0).actie(), counter[0]++))
                                .placeholder(plain(SlackTeksten.KIES_EEN_KNELPUNT))
                                .options(options)
                                .build())
                        .build());
            } else {
                blocks.addAll(knoppen(new Knoppen(thema.naam(), thema.knelpunten()), counter));
            }
        }
        return blocks;
    }

    private ButtonElement button(Knop knop, int[] counter) {
        String value = values.value(knop.actie());
        if (value.length() > ButtonValues.MAX_BUTTON_VALUE) {
            throw new IllegalArgumentException(
                    "button value longer than Slack allows: " + knop.actie().type());
        }
        return ButtonElement.builder()
                .text(plain(cut(knop.label(), MAX_BUTTON_TEXT)))
                .actionId(ButtonValues.actionId(knop.actie(), counter[0]++))
                .value(value)
                .style(knop.primair() ? "primary" : null)
                .build();
    }

    /** The plain-text version of a reply: what a notification or a client without blocks shows. */
    private static String fallback(List<Onderdeel> delen) {
        List<String> regels = new ArrayList<>();
        for (Onderdeel deel : delen) {
            if (deel instanceof Tekst t) {
                regels.add(t.tekst());
            } else if (deel instanceof KnelpuntDeel k) {
                regels.add(k.tekst());
                for (int i = 0; i < k.interventies().size(); i++) {
                    regels.add((i + 1) + ". " + k.interventies().get(i));
                }
            } else if (deel instanceof AanspreekpuntDeel a) {
                regels.add(ReplyParts.JE_AANSPREEKPUNT + ": " + a.naam());
            } else if (deel instanceof TrainingenDeel t) {
                regels.add(ReplyParts.TRAININGEN + ": "
                        + String.join(
                                ", ",
                                t.trainingen().stream().map(TrainingRegel::naam).toList()));
            } else if (deel instanceof Knoppen k && k.vraag() != null) {
                regels.add(k.vraag());
            } else if (deel instanceof Bellen b) {
                regels.add(b.label());
            } else if (deel instanceof Overzicht) {
                regels.add(SlackTeksten.KIES_UIT_HET_OVERZICHT);
            }
        }
        return plainText(regels);
    }

    private static String plainText(List<String> regels) {
        return cut(escape(String.join("\n", regels)), MAX_FALLBACK);
    }

    /** At most {@code max} blocks; the last one says the rest did not fit. */
    static List<LayoutBlock> fit(List<LayoutBlock> blocks, int max) {
        if (blocks.size() <= max) {
            return blocks;
        }
        List<LayoutBlock> fitted = new ArrayList<>(blocks.subList(0, max - 1));
        fitted.add(context(SlackTeksten.PAST_NIET));
        return fitted;
    }

    static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder()
                .text(mrkdwn(cut(mrkdwn, MAX_SECTION_TEXT)))
                .build();
    }

    static ContextBlock context(String mrkdwn) {
        List<ContextBlockElement> elements = List.of(mrkdwn(cut(mrkdwn, MAX_SECTION_TEXT)));
        return ContextBlock.builder().elements(elements).build();
    }

    static MarkdownTextObject mrkdwn(String text) {
        return MarkdownTextObject.builder().text(text).build();
    }

    static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(true).build();
    }
}
