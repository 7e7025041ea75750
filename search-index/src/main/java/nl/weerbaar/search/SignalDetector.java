package nl.weerbaar.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.weerbaar.catalog.Herkenning;
import nl.weerbaar.search.PhraseMatcher.Hit;

/**
 * Decides the {@code signal} and {@code urgent} flags from the catalogue's vocabulary (signalen.yaml);
 * no vocabulary lives in Java. The text is read by {@link FlagText} (light analysis, shorthand such
 * as "lln" written out) and every list is matched by a {@link PhraseMatcher} (gaps, placeholders,
 * compound tails: "*mes" finds vlindermes).
 *
 * <p>Evidence:
 *
 * <ul>
 *   <li>an identified pupil: a leerlingverwijzing ("<leerling> uit <klas>", "mijn mentorleerling")
 *       that does not lie inside a verleden phrase ("oud-leerling van ons" is no pupil of now);
 *   <li>an observation: a waarneming phrase ("ik zag", "vertelde me", "een <leerling> ... ineens");
 *   <li>time: tijdNu ("net", "zojuist", "vanochtend", "zit nog binnen"), tijdVandaag (later today
 *       or tomorrow: "vanmiddag", "na het <getal> uur", "morgen"), verleden ("gisteren", "vorige
 *       week", "ligt in de kluis"); elders ("tiktok", "in de krant") for danger that is not here.
 * </ul>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A hypothetisch phrase ("stel dat", "wat als", "wat moet ik doen als") means neither flag.
 *   <li>A danger phrase is <em>current</em> when the time phrase nearest to it (in words) says now,
 *       later today or tomorrow rather than past: in "gisteren een mes afgepakt, ligt
 *       nu in de kluis" afgepakt is nearest to mes, so it is not current; in "de jongen die vorige
 *       maand geschorst was loopt nu met een mes rond" nu is. A tie counts as current: a missed
 *       emergency costs more than an extra line.
 *   <li>urgent: a current urgentiewoord (weapon, violence, serious injury, strangers asking for a
 *       pupil), or one in a message with no time at all that describes a scene (an
 *       identified pupil, an observation, a pupil word, or a danger phrase of more than one word such
 *       as "met een mes"; not a topic like "messen", and not online or elsewhere); or a current dwang
 *       phrase (forced to deliver something, a threat for later). A general question
 *       (algemeneVraag: "wat is ons protocol") is not urgent unless a pupil is identified or
 *       observed, or it comes with a current scene ("er loopt nu een man met een mes, wat is het
 *       protocol?").
 *   <li>signal: urgent, or signal vocabulary (signaalwoorden) together with an identified pupil, or
 *       with an observation when the message is not a general question. A concrete observation
 *       stays a signal inside a long story and when the story ends with a question.
 * </ul>
 *
 * Immutable and thread-safe; never throws for any input; reads at most {@value #MAX_CHARS}
 * characters.
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
    static final int MAX_CHARS = Recognizer.MAX_CHARS;

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

    /**
     * Whether the time phrase nearest to a danger phrase says now, today or tomorrow rather than
     * past; a time in the same sentence is nearer than any in another sentence, and a tie counts as
     * current (a missed emergency costs more than an extra line). "gisteren een mes afgepakt, ligt nu
     * in de kluis": afgepakt is nearest to mes, so not current.
     */
    private static boolean current(FlagText.Tokens tokens, Hit danger, List<Hit> soon, List<Hit> past) {
        long nearestSoon = nearest(tokens, danger, soon);
        return nearestSoon != Long.MAX_VALUE && nearestSoon <= nearest(tokens, danger, past);
    }

    /** Distance in sentences first, then in words. */
    private static long nearest(FlagText.Tokens tokens, Hit danger, List<Hit> markers) {
        long best = Long.MAX_VALUE;
        int sentence = tokens.sentences().get(danger.start());
        for (Hit m : markers) {
            int words = m.end() <= danger.start()
                    ? danger.start() - m.end()
                    : m.start() >= danger.end() ? m.start() - danger.end() : 0;
            long sentences = Math.abs(tokens.sentences().get(m.start()) - sentence);
            best = Math.min(best, sentences * (1L << 32) + words);
        }
        return best;
    }

    Flags detect(String input) {
        return evidence(input).flags();
    }

    Evidence evidence(String input) {
        String s = input == null ? "" : input;
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS);
        }
        FlagText.Tokens tokens = text.tokens(s);
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
        List<Hit> threatHits = dwang.find(tokens);
        Set<String> threat = PhraseMatcher.phrases(threatHits);
        Set<String> observations = PhraseMatcher.phrases(waarneming.find(tokens));
        Set<String> general = PhraseMatcher.phrases(algemeneVraag.find(tokens));
        Set<String> signals = PhraseMatcher.phrases(signaalwoorden.find(tokens));

        boolean pupil = !pupilHits.isEmpty();
        boolean concrete = pupil || !observations.isEmpty();
        List<Hit> elsewhereHits = elders.find(tokens);
        Set<String> elsewhere = PhraseMatcher.phrases(elsewhereHits);
        List<Hit> soon = new ArrayList<>(nowHits);
        soon.addAll(laterHits);
        boolean timeless = soon.isEmpty() && pastHits.isEmpty();
        boolean sceneWords = dangerHits.stream().anyMatch(h -> h.end() - h.start() > 1);
        boolean scene = concrete || text.mentionsPupil(tokens) || sceneWords;
        boolean acuteNow = dangerHits.stream().anyMatch(h -> current(tokens, h, soon, pastHits));
        boolean acute = acuteNow || (!dangerHits.isEmpty() && timeless && scene && elsewhereHits.isEmpty());
        boolean forced = threatHits.stream().anyMatch(h -> current(tokens, h, soon, pastHits));
        // A general question is no emergency, unless it comes with one: "er loopt nu een man met een
        // mes, wat is het protocol?"
        boolean generalOnly = !general.isEmpty() && !concrete && !(acuteNow && sceneWords);
        boolean urgent = (acute || forced) && !generalOnly;
        // An observation frame without an identified pupil does not survive a general question:
        // "hoe herken je of een leerling de laatste tijd ..." is not a report.
        boolean reported = pupil || (!observations.isEmpty() && general.isEmpty());
        boolean signal = urgent || (!signals.isEmpty() && reported);
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
