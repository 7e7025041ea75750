package nl.weerbaar.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A named person in the organisation directory: aanspreekpunt, backup, staff member or admin.
 * Identities are optional; each one that is present belongs to exactly this person. {@code
 * accounts} are the person's other sign-in accounts (e-mail addresses or Entra object ids, stored in
 * lower case), e.g. a second Microsoft account or a Google account besides the school's own.
 */
public record Persoon(
        String naam,
        String rol,
        String email,
        String telefoon,
        String teamsAadObjectId,
        String slackUserId,
        List<String> accounts) {

    public Persoon {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** A person without other accounts. */
    public Persoon(
            String naam, String rol, String email, String telefoon, String teamsAadObjectId, String slackUserId) {
        this(naam, rol, email, telefoon, teamsAadObjectId, slackUserId, List.of());
    }

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

    /**
     * True when a sign-in account's Entra object id or e-mail address (either may be null) is one of
     * this person's other {@code accounts}; case-insensitive.
     */
    public boolean heeftAccount(String objectId, String emailAdres) {
        return accounts.stream()
                .anyMatch(a -> (objectId != null && a.equalsIgnoreCase(objectId))
                        || (emailAdres != null && a.equalsIgnoreCase(emailAdres)));
    }
}
