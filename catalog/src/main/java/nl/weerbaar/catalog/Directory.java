package nl.weerbaar.catalog;

import java.util.List;
import java.util.Optional;

/** The organisation: locaties with their aanspreekpunten, channel mappings, staff and admins. */
public record Directory(
        String school,
        List<Locatie> locaties,
        List<KanaalKoppeling> koppelingen,
        List<Medewerker> medewerkers,
        List<Persoon> admins) {
    public Directory {
        locaties = List.copyOf(locaties);
        koppelingen = List.copyOf(koppelingen);
        medewerkers = List.copyOf(medewerkers);
        admins = List.copyOf(admins);
    }

    public Optional<Locatie> locatie(String id) {
        return locaties.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * The locatie the directory names for a user: as a staff member, or as the aanspreekpunt or
     * backup of a locatie. Empty when the directory does not know the user.
     */
    public Optional<Locatie> locatieVanGebruiker(Kanaal kanaal, String userId, String email) {
        for (Medewerker m : medewerkers) {
            if (m.persoon().heeftIdentiteit(kanaal, userId, email)) {
                return locatie(m.locatieId());
            }
        }
        for (Locatie l : locaties) {
            if (l.aanspreekpunt().heeftIdentiteit(kanaal, userId, email)
                    || l.backup().heeftIdentiteit(kanaal, userId, email)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The functie the directory gives a staff member; empty when it names none (or does not know them). */
    public Optional<Functie> functieVanGebruiker(Kanaal kanaal, String userId, String email) {
        return medewerkers.stream()
                .filter(m -> m.persoon().heeftIdentiteit(kanaal, userId, email))
                .findFirst()
                .flatMap(m -> Optional.ofNullable(m.functie()));
    }

    /** The locatie a Teams team/channel or Slack channel is mapped to. */
    public Optional<Locatie> locatieVanKanaal(Kanaal kanaal, String teamId, String kanaalId) {
        Optional<KanaalKoppeling> exact = koppelingen.stream()
                .filter(k -> k.kanaal() == kanaal
                        && k.kanaalId() != null
                        && k.kanaalId().equals(kanaalId))
                .findFirst();
        Optional<KanaalKoppeling> koppeling = exact.isPresent()
                ? exact
                : koppelingen.stream()
                        .filter(k -> k.kanaal() == kanaal
                                && k.kanaalId() == null
                                && k.teamId() != null
                                && k.teamId().equals(teamId))
                        .findFirst();
        return koppeling.flatMap(k -> locatie(k.locatieId()));
    }

    public boolean isAdmin(Kanaal kanaal, String userId, String email) {
        return admins.stream().anyMatch(a -> a.heeftIdentiteit(kanaal, userId, email));
    }
}
