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
 * case-insensitive). The roles follow from the directory on every request; an account of the
 * school that the directory does not list is a teacher without a fixed locatie.
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
                .filter(p -> (oid != null && oid.equals(p.teamsAadObjectId()))
                        || (email != null && p.email() != null && p.email().equalsIgnoreCase(email)))
                .findFirst();
        if (persoon.isEmpty()) {
            return new Aangemeld(naam, email, false, false, false);
        }
        Persoon p = persoon.get();
        String eigenEmail = p.email() != null ? p.email() : email;
        Aangemeld zonderRollen = new Aangemeld(p.naam(), eigenEmail, false, false, true);
        boolean beheerder = directory.get().isAdmin(Kanaal.WEB, null, eigenEmail);
        boolean behandelaar = signalen.isBehandelaar(zonderRollen.actor());
        return new Aangemeld(p.naam(), eigenEmail, beheerder, behandelaar, true);
    }

    /** The account's e-mail: Entra's {@code preferred_username}, else the {@code email} claim. */
    static String accountEmail(OidcUser gebruiker) {
        String upn = gebruiker.getPreferredUsername();
        if (upn != null && upn.contains("@")) {
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
