package nl.weerbaar.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads organisatie.yaml: locaties, aanspreekpunten, channel mappings, staff and admins. */
final class DirectoryReader {
    static final String ORGANISATIE = "organisatie.yaml";

    private static final Set<String> PERSOON_VELDEN =
            Set.of("naam", "rol", "email", "telefoon", "teamsAadObjectId", "slackUserId", "accounts");

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final String GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private DirectoryReader() {}

    static Directory read(YamlNode root) {
        root.allowOnly(Set.of("school", "locaties", "kanaalkoppelingen", "medewerkers", "admins"));
        String school = root.get("school").text();
        List<Locatie> locaties = new ArrayList<>();
        Ids locatieIds = new Ids("locatie");
        Identities identities = new Identities();
        for (YamlNode l : root.get("locaties").list()) {
            l.allowOnly(Set.of("id", "naam", "teams", "aanspreekpunt", "backup"));
            YamlNode aanspreekpunt = l.get("aanspreekpunt");
            YamlNode backup = l.get("backup");
            if (!aanspreekpunt.isPresent()) {
                l.problem(
                        "Deze locatie heeft geen aanspreekpunt. Elke locatie heeft een aanspreekpunt en een backup nodig.");
            }
            if (!backup.isPresent()) {
                l.problem("Deze locatie heeft geen backup. Elke locatie heeft een aanspreekpunt en een backup nodig.");
            }
            locaties.add(new Locatie(
                    locatieIds.claim(l.get("id")),
                    l.get("naam").text(),
                    l.get("teams").optionalTexts(),
                    aanspreekpunt.isPresent() ? persoon(aanspreekpunt, true, identities) : null,
                    backup.isPresent() ? persoon(backup, true, identities) : null));
        }
        List<KanaalKoppeling> koppelingen = new ArrayList<>();
        for (YamlNode k : root.get("kanaalkoppelingen").optionalList()) {
            k.allowOnly(Set.of("kanaal", "teamId", "kanaalId", "locatie"));
            Kanaal kanaal = kanaal(k.get("kanaal"));
            String teamId = k.get("teamId").optionalText().orElse(null);
            String kanaalId = k.get("kanaalId").optionalText().orElse(null);
            if (kanaal == Kanaal.SLACK && kanaalId == null) {
                k.problem("Een Slack-koppeling heeft een kanaalId nodig (zoals C0123ABCD).");
            }
            if (kanaal == Kanaal.TEAMS && teamId == null && kanaalId == null) {
                k.problem("Een Teams-koppeling heeft een teamId of een kanaalId nodig.");
            }
            koppelingen.add(new KanaalKoppeling(kanaal, teamId, kanaalId, locatieRef(k.get("locatie"), locatieIds)));
        }
        List<Medewerker> medewerkers = new ArrayList<>();
        for (YamlNode m : root.get("medewerkers").optionalList()) {
            Set<String> velden = new java.util.HashSet<>(PERSOON_VELDEN);
            velden.add("locatie");
            velden.add("functie");
            m.allowOnly(velden);
            medewerkers.add(new Medewerker(
                    persoon(m, false, identities),
                    locatieRef(m.get("locatie"), locatieIds),
                    functie(m.get("functie"))));
        }
        List<Persoon> admins = new ArrayList<>();
        for (YamlNode a : root.get("admins").optionalList()) {
            a.allowOnly(PERSOON_VELDEN);
            admins.add(persoon(a, false, identities));
        }
        return new Directory(school, locaties, koppelingen, medewerkers, admins);
    }

    private static Functie functie(YamlNode node) {
        Optional<String> waarde = node.optionalText();
        if (waarde.isEmpty()) {
            return null;
        }
        Optional<Functie> functie = Functie.vanYaml(waarde.get());
        if (functie.isEmpty()) {
            node.problem("Onbekende functie '" + waarde.get() + "'. Kies leraar, schoolleiding of gemeente.");
        }
        return functie.orElse(null);
    }

    private static String locatieRef(YamlNode node, Ids locatieIds) {
        String id = node.text();
        if (id != null && !locatieIds.contains(id)) {
            node.problem("Onbekende locatie '" + id + "'. Gebruik een id uit 'locaties' in dit bestand.");
        }
        return id;
    }

    private static Persoon persoon(YamlNode p, boolean checkFields, Identities identities) {
        if (checkFields) {
            p.allowOnly(PERSOON_VELDEN);
        }
        String naam = p.get("naam").text();
        String email = p.get("email").optionalText().orElse(null);
        if (email != null && !email.matches(EMAIL)) {
            p.get("email").problem("'" + email + "' is geen e-mailadres.");
        }
        Persoon persoon = new Persoon(
                naam,
                p.get("rol").optionalText().orElse(null),
                email == null ? null : email.toLowerCase(Locale.ROOT),
                p.get("telefoon").optionalText().orElse(null),
                p.get("teamsAadObjectId").optionalText().orElse(null),
                p.get("slackUserId").optionalText().orElse(null),
                accounts(p.get("accounts"), identities, naam));
        identities.claim(p, "teamsAadObjectId", persoon.teamsAadObjectId(), naam);
        identities.claim(p, "slackUserId", persoon.slackUserId(), naam);
        identities.claim(p, "email", persoon.email(), naam);
        if (checkFields && persoon.email() == null && persoon.telefoon() == null) {
            p.problem(naam
                    + " heeft geen e-mailadres en geen telefoonnummer: leraren moeten deze persoon kunnen bereiken.");
        }
        return persoon;
    }

    /**
     * A person's other sign-in accounts: each an e-mail address or an Entra object id (a GUID),
     * kept in lower case; anything else is reported at the entry.
     */
    private static List<String> accounts(YamlNode node, Identities identities, String naam) {
        List<String> accounts = new ArrayList<>();
        for (YamlNode a : node.optionalList()) {
            String account = a.text();
            if (account == null) {
                continue;
            }
            if (!account.matches(EMAIL) && !account.matches(GUID)) {
                a.problem("'" + account + "' is geen e-mailadres en geen Entra object id (zoals"
                        + " 00000000-0000-4000-8000-000000000101). Noem hier alleen andere accounts waarmee"
                        + " deze persoon zich aanmeldt.");
            } else {
                accounts.add(account.toLowerCase(Locale.ROOT));
                identities.claimAccount(a, account, naam);
            }
        }
        return accounts;
    }

    /**
     * Each identity (Teams id, Slack id, e-mail) belongs to exactly one person; so does each sign-in
     * account, whether it is someone's e-mail, Entra object id or one of their other accounts.
     */
    private static final class Identities {
        private final java.util.Map<String, String> owners = new java.util.HashMap<>();
        /** Sign-in identities (e-mail, Entra object id, other accounts) in lower case, to their owner. */
        private final java.util.Map<String, String> aanmeldingen = new java.util.HashMap<>();
        /** The sign-in identities that came from an {@code accounts} list. */
        private final Set<String> uitAccounts = new java.util.HashSet<>();

        void claimAccount(YamlNode entry, String value, String naam) {
            if (naam == null) {
                return;
            }
            String sleutel = value.toLowerCase(Locale.ROOT);
            String owner = aanmeldingen.putIfAbsent(sleutel, naam);
            if (owner != null && !owner.equals(naam)) {
                entry.problem("Het account '" + value + "' hoort al bij " + owner
                        + ". Elk account mag maar bij één persoon horen.");
            }
            uitAccounts.add(sleutel);
        }

        void claim(YamlNode person, String field, String value, String naam) {
            if (value == null || naam == null) {
                return;
            }
            if (field.equals("email") || field.equals("teamsAadObjectId")) {
                String sleutel = value.toLowerCase(Locale.ROOT);
                String owner = aanmeldingen.putIfAbsent(sleutel, naam);
                if (owner != null && !owner.equals(naam) && uitAccounts.contains(sleutel)) {
                    person.get(field)
                            .problem("De identiteit " + field + " '" + value + "' staat al bij de accounts van " + owner
                                    + ". Elke identiteit mag maar bij één persoon horen.");
                    return;
                }
            }
            String owner = owners.putIfAbsent(field + ":" + value.toLowerCase(Locale.ROOT), naam);
            if (owner != null && !owner.equals(naam)) {
                person.get(field)
                        .problem("De identiteit " + field + " '" + value + "' hoort al bij " + owner
                                + ". Elke identiteit mag maar bij één persoon horen.");
            }
        }
    }

    private static Kanaal kanaal(YamlNode node) {
        String text = node.text();
        if (text == null) {
            return Kanaal.WEB;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "teams" -> Kanaal.TEAMS;
            case "slack" -> Kanaal.SLACK;
            default -> {
                node.problem("Onbekend kanaal '" + text + "': gebruik teams of slack.");
                yield Kanaal.WEB;
            }
        };
    }
}
