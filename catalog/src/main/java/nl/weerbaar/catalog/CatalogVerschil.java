package nl.weerbaar.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changes when one catalogue replaces another, in Dutch sentences an admin reads before
 * pressing "Activeer": per group (knelpunten, interventies, voorbeeldzinnen, locaties, …) one line
 * per change. Empty when the two catalogues say the same.
 *
 * @param groepen only the groups with changes, in a fixed order
 */
public record CatalogVerschil(List<Groep> groepen) {

    /**
     * The changes of one kind.
     *
     * @param soort a stable key for automation: {@code themas}, {@code knelpunten}, {@code interventies},
     *     {@code voorbeeldzinnen}, {@code herkenning}, {@code trainingen}, {@code locaties}, {@code
     *     aanspreekpunten}, {@code kanaalkoppelingen}, {@code medewerkers}, {@code admins}, {@code
     *     informatie}, {@code document}
     * @param titel the group's heading (Dutch)
     * @param regels one sentence per change (Dutch)
     */
    public record Groep(String soort, String titel, List<String> regels) {
        public Groep {
            regels = List.copyOf(regels);
        }
    }

    public CatalogVerschil {
        groepen = List.copyOf(groepen);
    }

    public boolean leeg() {
        return groepen.isEmpty();
    }

    /** All lines of all groups. */
    public List<String> regels() {
        return groepen.stream().flatMap(g -> g.regels().stream()).toList();
    }

    /** The difference between what is served ({@code oud}) and what would be served ({@code nieuw}). */
    public static CatalogVerschil tussen(Catalog oud, Catalog nieuw) {
        Bouwer b = new Bouwer();
        themas(b, oud, nieuw);
        knelpunten(b, oud, nieuw);
        voorbeeldzinnen(b, oud, nieuw);
        herkenning(b, oud.herkenning(), nieuw.herkenning());
        trainingen(b, oud, nieuw);
        organisatie(b, oud.directory(), nieuw.directory());
        informatie(b, oud.informatie(), nieuw.informatie());
        document(b, oud, nieuw);
        return new CatalogVerschil(b.groepen());
    }

    private static void themas(Bouwer b, Catalog oud, Catalog nieuw) {
        Map<String, Thema> o = perId(oud.themas(), Thema::id);
        Map<String, Thema> n = perId(nieuw.themas(), Thema::id);
        n.forEach((id, t) -> {
            Thema was = o.get(id);
            if (was == null) {
                b.regel("themas", VerschilTeksten.themaToegevoegd(t.naam(), id));
            } else if (!was.naam().equals(t.naam())) {
                b.regel("themas", VerschilTeksten.themaHernoemd(id, was.naam(), t.naam()));
            }
        });
        o.forEach((id, t) -> {
            if (!n.containsKey(id)) {
                b.regel("themas", VerschilTeksten.themaVerwijderd(t.naam(), id));
            }
        });
    }

    private static void knelpunten(Bouwer b, Catalog oud, Catalog nieuw) {
        Map<String, Knelpunt> o = perId(oud.knelpunten(), Knelpunt::id);
        Map<String, Knelpunt> n = perId(nieuw.knelpunten(), Knelpunt::id);
        n.forEach((id, k) -> {
            Knelpunt was = o.get(id);
            if (was == null) {
                b.regel("knelpunten", VerschilTeksten.knelpuntToegevoegd(id, k.tekst()));
                return;
            }
            if (!was.tekst().equals(k.tekst())) {
                b.regel("knelpunten", VerschilTeksten.knelpuntTekstGewijzigd(id, was.tekst(), k.tekst()));
            }
            if (!was.kort().equals(k.kort())) {
                b.regel("knelpunten", VerschilTeksten.knelpuntKortGewijzigd(id, was.kort(), k.kort()));
            }
            if (!was.themaId().equals(k.themaId())) {
                b.regel("knelpunten", VerschilTeksten.knelpuntVerplaatst(id, was.themaId(), k.themaId()));
            }
            List<String> erbij = zonder(k.interventies(), was.interventies());
            List<String> eraf = zonder(was.interventies(), k.interventies());
            if (erbij.size() == 1 && eraf.size() == 1) {
                b.regel("interventies", VerschilTeksten.interventieGewijzigd(id, eraf.get(0), erbij.get(0)));
            } else {
                erbij.forEach(i -> b.regel("interventies", VerschilTeksten.interventieToegevoegd(id, i)));
                eraf.forEach(i -> b.regel("interventies", VerschilTeksten.interventieVerwijderd(id, i)));
            }
            if (erbij.isEmpty() && eraf.isEmpty() && !was.interventies().equals(k.interventies())) {
                b.regel("interventies", VerschilTeksten.interventiesVolgorde(id));
            }
        });
        o.forEach((id, k) -> {
            if (!n.containsKey(id)) {
                b.regel("knelpunten", VerschilTeksten.knelpuntVerwijderd(id, k.tekst()));
            }
        });
    }

    private static void voorbeeldzinnen(Bouwer b, Catalog oud, Catalog nieuw) {
        Set<String> ids = new LinkedHashSet<>();
        nieuw.knelpunten().forEach(k -> ids.add(k.id()));
        oud.knelpunten().forEach(k -> ids.add(k.id()));
        new java.util.TreeSet<>(nieuw.herkenning().voorbeelden().keySet()).forEach(ids::add);
        new java.util.TreeSet<>(oud.herkenning().voorbeelden().keySet()).forEach(ids::add);
        for (String id : ids) {
            List<String> was = oud.herkenning().voorbeeldenVan(id);
            List<String> is = nieuw.herkenning().voorbeeldenVan(id);
            List<String> erbij = zonder(is, was);
            List<String> eraf = zonder(was, is);
            if (!erbij.isEmpty()) {
                b.regel("voorbeeldzinnen", VerschilTeksten.zinnenToegevoegd(id, erbij));
            }
            if (!eraf.isEmpty()) {
                b.regel("voorbeeldzinnen", VerschilTeksten.zinnenVerwijderd(id, eraf));
            }
        }
        List<String> erbij =
                zonder(nieuw.herkenning().buitenBereik(), oud.herkenning().buitenBereik());
        List<String> eraf =
                zonder(oud.herkenning().buitenBereik(), nieuw.herkenning().buitenBereik());
        if (!erbij.isEmpty()) {
            b.regel("voorbeeldzinnen", VerschilTeksten.buitenBereikToegevoegd(erbij));
        }
        if (!eraf.isEmpty()) {
            b.regel("voorbeeldzinnen", VerschilTeksten.buitenBereikVerwijderd(eraf));
        }
    }

    /** The other recognition lists: counted, not listed (they are long and technical). */
    private static void herkenning(Bouwer b, Herkenning oud, Herkenning nieuw) {
        Map<String, List<String>> o = lijsten(oud);
        Map<String, List<String>> n = lijsten(nieuw);
        n.forEach((naam, lijst) -> {
            List<String> was = o.get(naam);
            int erbij = zonder(lijst, was).size();
            int eraf = zonder(was, lijst).size();
            if (erbij > 0 || eraf > 0) {
                b.regel("herkenning", VerschilTeksten.regelsGewijzigd(naam, erbij, eraf));
            }
        });
    }

    private static Map<String, List<String>> lijsten(Herkenning h) {
        Map<String, List<String>> l = new LinkedHashMap<>();
        List<String> signaal = new ArrayList<>();
        new java.util.TreeMap<>(h.signaalwoorden())
                .forEach((thema, woorden) -> woorden.forEach(w -> signaal.add(thema + ":" + w)));
        l.put("signaalwoorden", signaal);
        l.put("waarneming", h.waarneming());
        l.put("hypothetisch", h.hypothetisch());
        l.put("urgentiewoorden", h.urgentiewoorden());
        l.put("dwang", h.dwang());
        l.put("tijdNu", h.tijdNu());
        l.put("tijdVandaag", h.tijdVandaag());
        l.put("verleden", h.verleden());
        l.put("elders", h.elders());
        l.put("algemeneVraag", h.algemeneVraag());
        l.put("leerlingwoorden", h.leerlingwoorden());
        l.put("leerlingverwijzing", h.leerlingverwijzing());
        l.put("afkortingen", h.afkortingen());
        l.put("synoniemen", h.synoniemen());
        l.put("samenstellingen", h.samenstellingen());
        l.put("chattaal", h.chattaal());
        l.put("context", h.context());
        return l;
    }

    private static void trainingen(Bouwer b, Catalog oud, Catalog nieuw) {
        Map<String, Training> o = perId(oud.trainingen(), Training::id);
        Map<String, Training> n = perId(nieuw.trainingen(), Training::id);
        n.forEach((id, t) -> {
            Training was = o.get(id);
            if (was == null) {
                b.regel("trainingen", VerschilTeksten.trainingToegevoegd(t.naam()));
            } else if (!was.equals(t)) {
                List<String> velden = new ArrayList<>();
                veld(velden, "naam", was.naam(), t.naam());
                veld(velden, "voor", was.voor(), t.voor());
                veld(velden, "beschrijving", was.beschrijving(), t.beschrijving());
                veld(velden, "doelgroep", was.doelgroep(), t.doelgroep());
                veld(velden, "vorm", was.vorm(), t.vorm());
                veld(velden, "lost op", was.lostOp(), t.lostOp());
                if (velden.isEmpty()) {
                    velden.add("lost op");
                }
                b.regel("trainingen", VerschilTeksten.trainingGewijzigd(t.naam(), velden));
            }
        });
        o.forEach((id, t) -> {
            if (!n.containsKey(id)) {
                b.regel("trainingen", VerschilTeksten.trainingVerwijderd(t.naam()));
            }
        });
    }

    private static void veld(List<String> velden, String naam, Object was, Object is) {
        if (!Objects.equals(was, is)) {
            velden.add(naam);
        }
    }

    private static void organisatie(Bouwer b, Directory oud, Directory nieuw) {
        if (!Objects.equals(oud.school(), nieuw.school())) {
            b.regel("locaties", VerschilTeksten.schoolGewijzigd(oud.school(), nieuw.school()));
        }
        Map<String, Locatie> o = perId(oud.locaties(), Locatie::id);
        Map<String, Locatie> n = perId(nieuw.locaties(), Locatie::id);
        n.forEach((id, l) -> {
            Locatie was = o.get(id);
            if (was == null) {
                b.regel(
                        "locaties",
                        VerschilTeksten.locatieToegevoegd(
                                l.naam(),
                                id,
                                l.aanspreekpunt().naam(),
                                l.backup().naam()));
                return;
            }
            if (!was.naam().equals(l.naam())) {
                b.regel("locaties", VerschilTeksten.locatieHernoemd(id, was.naam(), l.naam()));
            }
            if (!was.teams().equals(l.teams())) {
                b.regel("locaties", VerschilTeksten.teamsGewijzigd(l.naam(), was.teams(), l.teams()));
            }
            persoon(
                    b,
                    "aanspreekpunten",
                    VerschilTeksten.aanspreekpuntVan(l.naam()),
                    was.aanspreekpunt(),
                    l.aanspreekpunt());
            persoon(b, "aanspreekpunten", VerschilTeksten.backupVan(l.naam()), was.backup(), l.backup());
        });
        o.forEach((id, l) -> {
            if (!n.containsKey(id)) {
                b.regel("locaties", VerschilTeksten.locatieVerwijderd(l.naam(), id));
            }
        });

        List<KanaalKoppeling> koppelingErbij = zonder(nieuw.koppelingen(), oud.koppelingen());
        List<KanaalKoppeling> koppelingEraf = zonder(oud.koppelingen(), nieuw.koppelingen());
        koppelingErbij.forEach(k -> b.regel("kanaalkoppelingen", VerschilTeksten.koppelingToegevoegd(koppeling(k))));
        koppelingEraf.forEach(k -> b.regel("kanaalkoppelingen", VerschilTeksten.koppelingVerwijderd(koppeling(k))));

        Map<String, Medewerker> om = perId(oud.medewerkers(), m -> m.persoon().naam());
        Map<String, Medewerker> nm = perId(nieuw.medewerkers(), m -> m.persoon().naam());
        nm.forEach((naam, m) -> {
            Medewerker was = om.get(naam);
            if (was == null) {
                b.regel("medewerkers", VerschilTeksten.medewerkerToegevoegd(naam, m.locatieId()));
                return;
            }
            if (!was.locatieId().equals(m.locatieId())) {
                b.regel("medewerkers", VerschilTeksten.medewerkerVerhuisd(naam, was.locatieId(), m.locatieId()));
            }
            if (was.functie() != m.functie()) {
                b.regel(
                        "medewerkers",
                        VerschilTeksten.medewerkerFunctie(naam, functie(was.functie()), functie(m.functie())));
            }
            persoon(b, "medewerkers", VerschilTeksten.MEDEWERKER, was.persoon(), m.persoon());
        });
        om.forEach((naam, m) -> {
            if (!nm.containsKey(naam)) {
                b.regel("medewerkers", VerschilTeksten.medewerkerVerwijderd(naam));
            }
        });

        Map<String, Persoon> oa = perId(oud.admins(), Persoon::naam);
        Map<String, Persoon> na = perId(nieuw.admins(), Persoon::naam);
        na.forEach((naam, p) -> {
            Persoon was = oa.get(naam);
            if (was == null) {
                b.regel("admins", VerschilTeksten.adminToegevoegd(naam));
            } else {
                persoon(b, "admins", VerschilTeksten.BEHEERDER, was, p);
            }
        });
        oa.forEach((naam, p) -> {
            if (!na.containsKey(naam)) {
                b.regel("admins", VerschilTeksten.adminVerwijderd(naam));
            }
        });
    }

    /** A person in a role: replaced by someone else (another name), or their details changed. */
    private static void persoon(Bouwer b, String soort, String wie, Persoon was, Persoon is) {
        if (was.equals(is)) {
            return;
        }
        if (!Objects.equals(was.naam(), is.naam())) {
            b.regel(soort, VerschilTeksten.persoonVervangen(wie, was.naam(), is.naam()));
            return;
        }
        List<String> velden = new ArrayList<>();
        wijziging(velden, VerschilTeksten.ROL, was.rol(), is.rol());
        wijziging(velden, VerschilTeksten.EMAIL, was.email(), is.email());
        wijziging(velden, VerschilTeksten.TELEFOON, was.telefoon(), is.telefoon());
        wijziging(velden, VerschilTeksten.TEAMS_ID, was.teamsAadObjectId(), is.teamsAadObjectId());
        wijziging(velden, VerschilTeksten.SLACK_ID, was.slackUserId(), is.slackUserId());
        wijziging(
                velden, VerschilTeksten.ACCOUNTS, String.join(", ", was.accounts()), String.join(", ", is.accounts()));
        b.regel(soort, VerschilTeksten.persoonGewijzigd(wie, is.naam(), velden));
    }

    private static void wijziging(List<String> velden, String veld, String was, String is) {
        if (!Objects.equals(was, is)) {
            velden.add(VerschilTeksten.veldGewijzigd(veld, was, is));
        }
    }

    private static String koppeling(KanaalKoppeling k) {
        String kanaal =
                k.kanaal().name().charAt(0) + k.kanaal().name().substring(1).toLowerCase(java.util.Locale.ROOT);
        String waar = k.kanaalId() != null ? k.kanaalId() : k.teamId();
        return VerschilTeksten.koppeling(kanaal, waar, k.locatieId());
    }

    private static String functie(Functie f) {
        return f == null ? null : f.yamlNaam();
    }

    /** informatie.yaml: the informatievragen (answer, contacts, addition, phrasings) and the contacts. */
    private static void informatie(Bouwer b, Informatie oud, Informatie nieuw) {
        Map<String, Informatievraag> o = perId(oud.vragen(), Informatievraag::id);
        Map<String, Informatievraag> n = perId(nieuw.vragen(), Informatievraag::id);
        n.forEach((id, v) -> {
            Informatievraag was = o.get(id);
            if (was == null) {
                b.regel(
                        "informatie",
                        VerschilTeksten.informatievraagToegevoegd(
                                id, v.voorbeelden().size()));
                return;
            }
            if (!was.antwoord().equals(v.antwoord())) {
                b.regel("informatie", VerschilTeksten.informatieAntwoordGewijzigd(id, was.antwoord(), v.antwoord()));
            }
            if (!was.contacten().equals(v.contacten()) || was.aanvulling() != v.aanvulling()) {
                b.regel("informatie", VerschilTeksten.informatieContactenGewijzigd(id));
            }
            List<String> erbij = zonder(v.voorbeelden(), was.voorbeelden());
            List<String> eraf = zonder(was.voorbeelden(), v.voorbeelden());
            if (!erbij.isEmpty()) {
                b.regel("informatie", VerschilTeksten.informatieZinnenToegevoegd(id, erbij));
            }
            if (!eraf.isEmpty()) {
                b.regel("informatie", VerschilTeksten.informatieZinnenVerwijderd(id, eraf));
            }
        });
        o.forEach((id, v) -> {
            if (!n.containsKey(id)) {
                b.regel("informatie", VerschilTeksten.informatievraagVerwijderd(id));
            }
        });
        Map<String, Contact> oc = perId(oud.contacten(), Contact::id);
        Map<String, Contact> nc = perId(nieuw.contacten(), Contact::id);
        nc.forEach((id, c) -> {
            Contact was = oc.get(id);
            if (was == null) {
                b.regel("informatie", VerschilTeksten.contactToegevoegd(c.naam(), c.telefoon()));
            } else if (!was.equals(c)) {
                b.regel("informatie", VerschilTeksten.contactGewijzigd(c.naam(), was.telefoon(), c.telefoon()));
            }
        });
        oc.forEach((id, c) -> {
            if (!nc.containsKey(id)) {
                b.regel("informatie", VerschilTeksten.contactVerwijderd(c.naam()));
            }
        });
    }

    private static void document(Bouwer b, Catalog oud, Catalog nieuw) {
        if (!Objects.equals(oud.introductie(), nieuw.introductie())) {
            b.regel("document", VerschilTeksten.INTRODUCTIE_GEWIJZIGD);
        }
        if (!Objects.equals(oud.wettelijkKader(), nieuw.wettelijkKader())) {
            b.regel("document", VerschilTeksten.WETTELIJK_KADER_GEWIJZIGD);
        }
    }

    private static <T> Map<String, T> perId(List<T> lijst, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        lijst.forEach(t -> m.putIfAbsent(id.apply(t), t));
        return m;
    }

    /** The elements of {@code a} not in {@code b}, in {@code a}'s order. */
    private static <T> List<T> zonder(List<T> a, List<T> b) {
        Set<T> weg = b == null ? Set.of() : new java.util.HashSet<>(b);
        return a.stream().filter(x -> !weg.contains(x)).distinct().toList();
    }

    /** Collects lines per group and gives the groups in a fixed order. */
    private static final class Bouwer {
        private final Map<String, List<String>> regels = new LinkedHashMap<>();

        Bouwer() {
            for (String soort : VerschilTeksten.TITELS.keySet()) {
                regels.put(soort, new ArrayList<>());
            }
        }

        void regel(String soort, String tekst) {
            regels.get(soort).add(tekst);
        }

        List<Groep> groepen() {
            return regels.entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty())
                    .map(e -> new Groep(e.getKey(), VerschilTeksten.TITELS.get(e.getKey()), e.getValue()))
                    .toList();
        }
    }
}
