package nl.weerbaar.bot.aanmelding;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.signals.Signalen;
import nl.weerbaar.catalog.Directory;
import nl.weerbaar.catalog.Kanaal;
import nl.weerbaar.catalog.Persoon;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Who is signed in with the school's account, mapped to the directory ({@code organisatie.yaml}):
 * a person whose {@code teamsAadObjectId} is the account's Entra object id ({@code oid}, the id
 * Teams uses too) or whose e-mail is the account's ({@code preferred_username} or {@code email},
 * case-insensitive), or who names the account's object id or e-mail among their other {@code
 * accounts}. A person with a {@code teamsAadObjectId} is matched to an Entra account only by object
 * id, never by its e-mail (see {@link #hoortBij}). The roles follow from the directory on every
 * request, the same for every account of the person; an account of the school that the directory
 * does not list is a teacher without a fixed locatie.
 */
@Service
public class Aanmeldingen {
    private final CatalogService catalogs;
    private final Signalen signalen;
    private final boolean aan;

    Aanmeldingen(CatalogService catalogs, Signalen signalen, Environment env) {
        this.catalogs = catalogs;
        this.signalen = signalen;
        this.aan = AanmeldingAan.isAan(env);
    }

    /** True when sign-in with a provider is configured. */
    public boolean aan() {
        return aan;
    }

    /** The person signed in on this request's session, if any. */
    public Optional<Aangemeld> wie(HttpServletRequest request) {
        if (aan
                && request.getUserPrincipal() instanceof OAuth2AuthenticationToken token
                && token.getPrincipal() instanceof OidcUser gebruiker) {
            return Optional.of(van(gebruiker));
        }
        return Optional.empty();
    }

    Aangemeld van(OidcUser gebruiker) {
        String oid = gebruiker.getClaimAsString("oid");
        String email = accountEmail(gebruiker);
        String naam = gebruiker.getFullName() != null ? gebruiker.getFullName() : email;
        Optional<Directory> directory = catalogs.current().map(c -> c.directory());
        if (directory.isEmpty()) {
            // just after start, before the catalogue is loaded: nobody has a role meanwhile
            return new Aangemeld(naam, email, false, false, false);
        }
        Optional<Persoon> persoon = personen(directory.get()).stream()
                .filter(p -> hoortBij(p, oid, email))
                .findFirst();
        if (persoon.isEmpty()) {
            return new Aangemeld(naam, email, false, false, false);
        }
        Persoon p = persoon.get();
        String eigenEmail = p.email() != null ? p.email() : email;
        Aangemeld zonderRollen = new Aangemeld(p.naam(), eigenEmail, false, false, true);
        boolean beheerder = (p.email() != null && directory.get().isAdmin(Kanaal.WEB, null, p.email()))
                || directory.get().admins().stream().anyMatch(a -> hoortBij(a, oid, email));
        boolean behandelaar = signalen.isBehandelaar(zonderRollen.actor());
        return new Aangemeld(p.naam(), eigenEmail, beheerder, behandelaar, true);
    }

    /**
     * True when the account is this person's: by Entra object id (the person's {@code
     * teamsAadObjectId} or one of their {@code accounts}), or by e-mail (the person's own or one of
     * their {@code accounts}). An Entra account ({@code oid} present) of a person whose object id
     * the directory knows is recognised by that id only: Microsoft advises against authorising on
     * {@code preferred_username} or {@code email}, which can be changed and are not unique.
     */
    static boolean hoortBij(Persoon p, String oid, String email) {
        if (oid != null && (oid.equalsIgnoreCase(p.teamsAadObjectId()) || p.heeftAccount(oid, null))) {
            return true;
        }
        if (oid != null && p.teamsAadObjectId() != null) {
            return false;
        }
        return email != null
                && ((p.email() != null && p.email().equalsIgnoreCase(email)) || p.heeftAccount(null, email));
    }

    /**
     * The account's e-mail: for an Entra account ({@code oid} present) its {@code
     * preferred_username}, else the {@code email} claim unless the provider says it is not verified.
     * Another provider's {@code preferred_username} is a user name it may let its users choose.
     */
    static String accountEmail(OidcUser gebruiker) {
        String upn = gebruiker.getPreferredUsername();
        if (gebruiker.getClaimAsString("oid") != null && upn != null && upn.contains("@")) {
            return upn;
        }
        return Boolean.FALSE.equals(gebruiker.getEmailVerified()) ? null : gebruiker.getEmail();
    }

    private static List<Persoon> personen(Directory d) {
        List<Persoon> iedereen = new ArrayList<>();
        d.admins().forEach(iedereen::add);
        d.locaties().forEach(l -> {
            iedereen.add(l.aanspreekpunt());
            iedereen.add(l.backup());
        });
        d.medewerkers().forEach(m -> iedereen.add(m.persoon()));
        return iedereen;
    }
}
