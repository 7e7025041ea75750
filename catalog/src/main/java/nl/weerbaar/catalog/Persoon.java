package nl.weerbaar.catalog;

import java.util.Optional;

/**
 * A named person in the organisation directory: aanspreekpunt, backup, staff member or admin.
 * Identities are optional; each one that is present belongs to exactly this person.
 */
public record Persoon(
        String naam, String rol, String email, String telefoon, String teamsAadObjectId, String slackUserId) {

    public Optional<String> emailAdres() {
        return Optional.ofNullable(email);
    }

    /** True when one of the given identities (any may be null) is this person's. */
    public boolean heeftIdentiteit(Kanaal kanaal, String userId, String emailAdres) {
        if (userId != null) {
            String eigen = switch (kanaal) {
                case TEAMS -> teamsAadObjectId;
                case SLACK -> slackUserId;
                case WEB -> null;
            };
            if (userId.equals(eigen)) {
                return true;
            }
        }
        return emailAdres != null && email != null && email.equalsIgnoreCase(emailAdres);
    }
}
