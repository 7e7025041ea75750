package nl.weerbaar.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import nl.weerbaar.bot.signals.Kaarten;
import org.junit.jupiter.api.Test;

/**
 * The inbox pages as the precompiled templates render them (the classes the build generated from
 * src/main/jte, as the jar runs them): each signal as its card, every text escaped.
 */
class InboxTemplatesTest {
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    private String render(String template, String param, Object value) {
        StringOutput out = new StringOutput();
        templates.render(template, Map.of(param, value), out);
        return out.toString();
    }

    static final String EIGEN_SCRIPT = "<script src=\"/vergeet.js\" defer></script>";

    @Test
    void aSignalTextWithScriptRendersInert() {
        String html =
                render("inbox/lijst.jte", "lijst", new InboxLijst(null, "s@x.example", List.of(Kaarten.inboxUrgent())));

        // the page's own script (it forgets the tab's chat on logout) is the only script element
        assertFalse(html.replace(EIGEN_SCRIPT, "").contains("<script"), html);
        assertFalse(html.contains("<!channel>"), html);
        assertFalse(html.contains("<at>"), html);
        assertTrue(
                html.contains("<dt>Beschrijving</dt><dd>&lt;script&gt;alert(1)&lt;/script&gt; *vet* &amp;"
                        + " &lt;!channel&gt; &lt;at&gt;Iedereen&lt;/at&gt;\n- lijst</dd>"),
                html);
    }

    @Test
    void anUrgentNewSignalShowsTheWarningItsFactsAndFormsToPickUpOrForward() {
        String html =
                render("inbox/lijst.jte", "lijst", new InboxLijst(null, "s@x.example", List.of(Kaarten.inboxUrgent())));

        assertTrue(html.startsWith("<!doctype html>\n<html lang=\"nl\">"), html);
        assertTrue(html.contains("<p>Ingelogd als s@x.example. Open signalen: 1.</p>"), html);
        assertTrue(html.contains("<article class=\"signaal urgent\">"), html);
        assertTrue(
                html.contains(
                        "<p class=\"waarschuwing\"><strong><a href=\"tel:112\">Bij acuut gevaar: bel 112.</a></strong></p>"),
                html);
        assertTrue(html.contains("<h2>Urgent signaal S-ABC234 · Locatie De Linde</h2>"), html);
        for (String rij : List.of(
                "<dt>Leerling</dt><dd>J.B., 2B</dd>",
                "<dt>Gemeld door</dt><dd>Lotte Visser (via Slack)</dd>",
                "<dt>Tijd</dt><dd>ma 2 maart 2026, 14:05</dd>",
                "<dt>Urgentie</dt><dd>urgent</dd>",
                "<dt>Status</dt><dd>nog niet opgepakt</dd>")) {
            assertTrue(html.contains(rij), rij + " in\n" + html);
        }
        assertTrue(
                html.contains("<form method=\"post\" action=\"/inbox/signaal/S-ABC234/opgepakt\">"
                        + "<button type=\"submit\">Opgepakt</button></form>\n"
                        + "<form method=\"post\" action=\"/inbox/signaal/S-ABC234/doorsturen\">"
                        + "<button type=\"submit\">Doorsturen naar backup</button></form>"),
                html);
        assertTrue(html.contains("wordt vastgelegd wie welk signaal heeft gezien.</p>"), html);
    }

    @Test
    void aPickedUpSignalCanOnlyBeHandledAndTheOutcomeOfTheLastActionComesFirst() {
        String html = render(
                "inbox/lijst.jte",
                "lijst",
                new InboxLijst(
                        "Je hebt signaal S-TMS456 <opgepakt>.", "m@x.example", List.of(Kaarten.inboxOpgepakt())));

        String melding = "<p class=\"melding\" role=\"status\">Je hebt signaal S-TMS456 &lt;opgepakt&gt;.</p>";
        assertTrue(html.contains(melding), html);
        assertTrue(html.indexOf(melding) < html.indexOf("Ingelogd als"), html);
        assertTrue(html.contains("<article class=\"signaal\">"), html);
        assertFalse(html.contains("waarschuwing\">"), html);
        assertTrue(
                html.contains("<dt>Status</dt><dd>opgepakt door Marieke Jansen (ma 2 maart 2026, 15:30)</dd>"), html);
        assertTrue(
                html.contains("<form method=\"post\" action=\"/inbox/signaal/S-TMS456/afgehandeld\">"
                        + "<button type=\"submit\">Afgehandeld</button></form>"),
                html);
        assertFalse(html.contains("/opgepakt\""), html);
    }

    @Test
    void withoutOpenSignalsTheListSaysSo() {
        String html = render("inbox/lijst.jte", "lijst", new InboxLijst(null, "s@x.example", List.of()));

        assertTrue(html.contains("<p>Ingelogd als s@x.example. Er staan geen open signalen voor je klaar.</p>"), html);
        assertFalse(html.contains("<article"), html);
    }

    @Test
    void eachReasonForNoAccessHasItsOwnPage() {
        assertTrue(render("inbox/toegang.jte", "reden", GeenToegang.UIT)
                .contains("<p>De inbox staat uit: er is geen geheim ingesteld.</p>"));
        assertTrue(render("inbox/toegang.jte", "reden", GeenToegang.ONGELDIGE_LINK)
                .contains("<p>Deze link is ongeldig of verlopen. Vraag een beheerder om een nieuwe.</p>"));
        assertTrue(render("inbox/toegang.jte", "reden", GeenToegang.NIET_INGELOGD)
                .contains("<p>Log in met je persoonlijke link. Die krijg je van een beheerder (opdracht"
                        + " <code>inbox-link</code>).</p>"));
        assertEquals(404, GeenToegang.UIT.status().value());
        assertEquals(403, GeenToegang.ONGELDIGE_LINK.status().value());
        assertEquals(401, GeenToegang.NIET_INGELOGD.status().value());
    }
}
