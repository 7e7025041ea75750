package nl.weerbaar.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.weerbaar.catalog.Herkenning;
import nl.weerbaar.search.PhraseMatcher.Hit;

/**
 * Decides the {@code signal} and {@code urgent} flags from the catalogue's vocabulary (signalen.yaml);
 * no vocabulary lives in Java. The text is read by {@link FlagText} (light analysis, shorthand
 * written out) and every list is matched by a {@link PhraseMatcher}.
 *
 * <p>Evidence:
 *
 * <ul>
 *   <li>a pupil is identified: a leerlingverwijzing ("<leerling> uit <klas>", "mijn
 *       mentorleerling") that does not lie inside a verleden phrase ("oud-leerling van ons"), or the
 *       teacher reports an observation (waarneming: "ik zag", "een leerling vertelde");
 *   <li>time: tijdNu (nu, net, zojuist, "zit nog binnen", help), tijdVandaag (vanmiddag, na
 *       school, morgen), verleden (gisteren, vorige week, "ligt in de kluis").
 * </ul>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A hypothetisch phrase ("stel dat", "wat als", "wat moet ik doen als") means neither flag.
 *   <li>The event is <em>current</em> when there is a tijdVandaag phrase, or tijdNu phrases at least
 *       as often as verleden phrases ("gisteren afgepakt, ligt nu in de kluis" is not current).
 *   <li>urgent: an urgentiewoord (acute danger: weapon, violence, serious injury, strangers asking
 *       for a pupil) and the event is current or carries no time at all, in which case it must describe a scene:
 *       an identified pupil, an observation, a pupil word ("een leerling heeft een mes bij zich") or
 *       a danger phrase of more than one word ("een man met een mes"), not just a topic ("messen"); or a dwang phrase (forced delivery, a threat for later) and the event is
 *       current. A general question (algemeneVraag: "wat is ons protocol") without an identified
 *       pupil is not urgent unless it names a time later today.
 *   <li>signal: urgent, or signal vocabulary (signaalwoorden) together with an identified pupil or an
 *       observation, also inside a long story that ends with a general question.
 * </ul>
 *
 * Immutable and thread-safe; never throws for any input.
 */
final class SignalDetector {
    record Flags(boolean signal, boolean urgent) {}

    /** What was found in one text; for tests and diagnosis. */
    record Evidence(
            Set<String> signals,
            Set<String> danger,
            Set<String> threat,
            Set<String> now,
            Set<String> later,
            Set<String> past,
            Set<String> elsewhere,
            Set<String> pupils,
            Set<String> observations,
            Set<String> general,
            Set<String> hypothetical,
            Flags flags) {}

    /** Longer texts are read up to here: a flag never needs more, and the time stays bounded. */
    static final int MAX_CHARS = 20_000;

    private static final Flags NONE = new Flags(false, false);

    private final FlagText text;
    private final PhraseMatcher signaalwoorden;
    private final PhraseMatcher waarneming;
    private final PhraseMatcher hypothetisch;
    private final PhraseMatcher urgentie;
    private final PhraseMatcher dwang;
    private final PhraseMatcher tijdNu;
    private final PhraseMatcher tijdVandaag;
    private final PhraseMatcher verleden;
    private final PhraseMatcher elders;
    private final PhraseMatcher algemeneVraag;
    private final PhraseMatcher leerlingverwijzing;

    SignalDetector(Herkenning herkenning) {
        this.text = new FlagText(herkenning);
        this.signaalwoorden = new PhraseMatcher(
                text,
                herkenning.signaalwoorden().values().stream()
                        .flatMap(List::stream)
                        .toList());
        this.waarneming = new PhraseMatcher(text, herkenning.waarneming());
        this.hypothetisch = new PhraseMatcher(text, herkenning.hypothetisch());
        this.urgentie = new PhraseMatcher(text, herkenning.urgentiewoorden());
        this.dwang = new PhraseMatcher(text, herkenning.dwang());
        this.tijdNu = new PhraseMatcher(text, herkenning.tijdNu());
        this.tijdVandaag = new PhraseMatcher(text, herkenning.tijdVandaag());
        this.verleden = new PhraseMatcher(text, herkenning.verleden());
        this.elders = new PhraseMatcher(text, herkenning.elders());
        this.algemeneVraag = new PhraseMatcher(text, herkenning.algemeneVraag());
        this.leerlingverwijzing = new PhraseMatcher(text, herkenning.leerlingverwijzing());
    }

    Flags detect(String input) {
        return evidence(input).flags();
    }

    Evidence evidence(String input) {
        String s = input == null ? "" : input;
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS);
        }
        List<String> tokens = text.tokens(s);
        Set<String> hypothetical = PhraseMatcher.phrases(hypothetisch.find(tokens));
        if (tokens.isEmpty() || !hypothetical.isEmpty()) {
            Set<String> none = Set.of();
            return new Evidence(none, none, none, none, none, none, none, none, none, none, hypothetical, NONE);
        }
        List<Hit> pastHits = verleden.find(tokens);
        List<Hit> pupilHits = new ArrayList<>();
        for (Hit h : leerlingverwijzing.find(tokens)) {
            if (pastHits.stream().noneMatch(h::overlaps)) {
                pupilHits.add(h);
            }
        }
        List<Hit> nowHits = tijdNu.find(tokens);
        List<Hit> laterHits = tijdVandaag.find(tokens);
        List<Hit> dangerHits = urgentie.find(tokens);
        Set<String> danger = PhraseMatcher.phrases(dangerHits);
        Set<String> threat = PhraseMatcher.phrases(dwang.find(tokens));
        Set<String> observations = PhraseMatcher.phrases(waarneming.find(tokens));
        Set<String> general = PhraseMatcher.phrases(algemeneVraag.find(tokens));
        Set<String> signals = PhraseMatcher.phrases(signaalwoorden.find(tokens));

        boolean pupil = !pupilHits.isEmpty();
        boolean concrete = pupil || !observations.isEmpty();
        Set<String> elsewhere = PhraseMatcher.phrases(elders.find(tokens));
        int now = PhraseMatcher.count(nowHits);
        int past = PhraseMatcher.count(pastHits);
        boolean later = !laterHits.isEmpty();
        boolean current = later || (now > 0 && now >= past);
        boolean timeless = now == 0 && past == 0 && !later;
        boolean scene =
                concrete || text.mentionsPupil(tokens) || dangerHits.stream().anyMatch(h -> h.end() - h.start() > 1);
        boolean acute = !danger.isEmpty() && (current || (timeless && scene && elsewhere.isEmpty()));
        boolean forced = !threat.isEmpty() && current;
        boolean generalOnly = !general.isEmpty() && !concrete && !later;
        boolean urgent = (acute || forced) && !generalOnly;
        boolean signal = urgent || (!signals.isEmpty() && concrete);
        return new Evidence(
                signals,
                danger,
                threat,
                PhraseMatcher.phrases(nowHits),
                PhraseMatcher.phrases(laterHits),
                PhraseMatcher.phrases(pastHits),
                elsewhere,
                PhraseMatcher.phrases(pupilHits),
                observations,
                general,
                hypothetical,
                new Flags(signal, urgent));
    }
}
