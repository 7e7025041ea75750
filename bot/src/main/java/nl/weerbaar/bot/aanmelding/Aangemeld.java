package nl.weerbaar.bot.aanmelding;

import nl.weerbaar.bot.signals.Actor;

/**
 * Who is signed in, as the directory knows them now (asked on every request: a role taken away in
 * {@code organisatie.yaml} counts at once).
 *
 * @param naam the name from the directory, else the account's name
 * @param email the directory's e-mail for this person, else the account's ({@code preferred_username}
 *     or {@code email}): the identity the inbox, the web chat and the audit use
 * @param beheerder an admin of the directory: the admin page
 * @param behandelaar aanspreekpunt, backup or admin: the inbox
 * @param bekend listed in the directory (else a teacher of the school without a fixed locatie)
 */
public record Aangemeld(String naam, String email, boolean beheerder, boolean behandelaar, boolean bekend) {
    /** The actor of the inbox: the same identity an inbox link of this e-mail gives. */
    public Actor actor() {
        return Actor.inbox(email);
    }
}
