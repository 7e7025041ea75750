package nl.weerbaar.bot.slack;

import static nl.weerbaar.bot.slack.BlockKitRenderer.context;
import static nl.weerbaar.bot.slack.BlockKitRenderer.plain;
import static nl.weerbaar.bot.slack.BlockKitRenderer.section;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weerbaar.bot.conversation.SignaalFlow;
import nl.weerbaar.bot.reply.ReplyParts;
import nl.weerbaar.bot.signals.Concept;

/**
 * {@code /weerbaar melden}: the signal as one form. The 112 advice comes first, the cautions and
 * the recipients are shown before "Versturen"; the draft's opaque id travels as the view's
 * private_metadata and is the signal's idempotency key on submit.
 */
final class MeldenModal {
    static final String CALLBACK_ID = "weerbaar.melden";
    static final String BESCHRIJVING = "beschrijving";
    static final String LOCATIE = "locatie";
    static final String URGENT = "urgent";
    static final String LEERLING = "leerling";
    static final String WAARDE = "waarde";

    private MeldenModal() {}

    static View view(SignaalFlow.Formulier f) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(":rotating_light: *" + SlackText.escape(ReplyParts.BEL_112) + "*"));
        blocks.add(context(SlackText.escape(ReplyParts.SIGNAAL_VOORZICHTIG)));
        blocks.add(InputBlock.builder()
                .blockId(BESCHRIJVING)
                .label(plain(SlackTeksten.MODAL_BESCHRIJVING))
                .element(PlainTextInputElement.builder()
                        .actionId(WAARDE)
                        .multiline(true)
                        .maxLength(Concept.MAX_BESCHRIJVING)
                        .build())
                .build());
        if (f.locatieId() == null) {
            List<OptionObject> opties = new ArrayList<>();
            f.keuzes()
                    .forEach((id, naam) -> opties.add(OptionObject.builder()
                            .text(plain(SlackText.cut(naam, 75)))
                            .value(id)
                            .build()));
            blocks.add(InputBlock.builder()
                    .blockId(LOCATIE)
                    .label(plain(SlackTeksten.MODAL_LOCATIE))
                    .element(StaticSelectElement.builder()
                            .actionId(WAARDE)
                            .options(opties)
                            .build())
                    .build());
        }
        blocks.add(InputBlock.builder()
                .blockId(URGENT)
                .optional(true)
                .label(plain(SlackTeksten.MODAL_URGENTIE))
                .element(CheckboxesElement.builder()
                        .actionId(WAARDE)
                        .options(List.of(OptionObject.builder()
                                .text(plain(SlackTeksten.MODAL_DRINGEND))
                                .value("ja")
                                .build()))
                        .build())
                .build());
        blocks.add(InputBlock.builder()
                .blockId(LEERLING)
                .optional(true)
                .label(plain(SlackTeksten.MODAL_LEERLING))
                .element(PlainTextInputElement.builder()
                        .actionId(WAARDE)
                        .maxLength(Concept.MAX_LEERLING)
                        .build())
                .build());
        blocks.add(context(SlackText.escape(f.ontvangers())));
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(f.conceptId())
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text(SlackTeksten.MODAL_TITEL)
                        .build())
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text(SlackTeksten.MODAL_VERSTUREN)
                        .build())
                .close(ViewClose.builder()
                        .type("plain_text")
                        .text(SlackTeksten.MODAL_ANNULEREN)
                        .build())
                .blocks(blocks)
                .build();
    }

    /** What the teacher filled in. */
    record Ingevuld(String beschrijving, String locatieId, boolean urgent, String leerling) {}

    static Ingevuld ingevuld(ViewState state) {
        Map<String, Map<String, ViewState.Value>> values =
                state == null || state.getValues() == null ? Map.of() : state.getValues();
        String beschrijving = tekst(values, BESCHRIJVING);
        String locatie = null;
        ViewState.Value l = waarde(values, LOCATIE);
        if (l != null && l.getSelectedOption() != null) {
            locatie = l.getSelectedOption().getValue();
        }
        ViewState.Value u = waarde(values, URGENT);
        boolean urgent = u != null
                && u.getSelectedOptions() != null
                && u.getSelectedOptions().stream().anyMatch(o -> "ja".equals(o.getValue()));
        return new Ingevuld(beschrijving, locatie, urgent, tekst(values, LEERLING));
    }

    private static ViewState.Value waarde(Map<String, Map<String, ViewState.Value>> values, String block) {
        Map<String, ViewState.Value> b = values.get(block);
        return b == null ? null : b.get(WAARDE);
    }

    private static String tekst(Map<String, Map<String, ViewState.Value>> values, String block) {
        ViewState.Value v = waarde(values, block);
        return v == null || v.getValue() == null || v.getValue().isBlank() ? null : v.getValue();
    }
}
