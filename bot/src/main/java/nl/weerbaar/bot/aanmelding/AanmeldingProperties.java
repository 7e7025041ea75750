package nl.weerbaar.bot.aanmelding;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Whose accounts may sign in ({@code weerbaar.aanmelding.*}): an account is accepted when its
 * Entra tenant ({@code tid} claim) is one of {@code tenants}, or its Google Workspace domain ({@code
 * hd} claim) is one of {@code domeinen}, or, at another OpenID Connect provider (not Microsoft's or
 * Google's public issuers), its verified e-mail address ({@code email_verified} true) is of one of
 * {@code domeinen}. Anyone else (another school's tenant, a private Gmail or
 * Microsoft account) gets the Dutch "geen toegang" page. With sign-in on and neither list set,
 * nobody is accepted: the application refuses to start rather than let every account of a public
 * provider in.
 *
 * @param tenants the allowed Entra ID tenant ids (the school's directory id, a GUID)
 * @param domeinen the allowed Google Workspace domains, and the e-mail domains of accounts at another
 *     OpenID Connect provider (e.g. {@code school.nl})
 */
@ConfigurationProperties("weerbaar.aanmelding")
public record AanmeldingProperties(List<String> tenants, List<String> domeinen) {
    public AanmeldingProperties {
        tenants = tenants == null
                ? List.of()
                : tenants.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
        domeinen = domeinen == null
                ? List.of()
                : domeinen.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** True when the claims {@code tid} / {@code hd} (either may be null) name an allowed tenant or domain. */
    boolean toegestaan(String tid, String hd) {
        return (tid != null && tenants.contains(tid.toLowerCase(Locale.ROOT)))
                || (hd != null && domeinen.contains(hd.toLowerCase(Locale.ROOT)));
    }

    /**
     * True when the account's {@code email} claim is verified by its provider ({@code
     * email_verified} true, not merely absent) and its domain is one of {@code domeinen}: how an
     * account of another OpenID Connect provider (the school's own, e.g. Keycloak) is recognised.
     */
    boolean geverifieerdAdresVanDomein(OidcUser gebruiker) {
        String email = gebruiker.getEmail();
        if (!Boolean.TRUE.equals(gebruiker.getEmailVerified()) || email == null) {
            return false;
        }
        int at = email.lastIndexOf('@');
        return at > 0 && domeinen.contains(email.substring(at + 1).strip().toLowerCase(Locale.ROOT));
    }

    boolean leeg() {
        return tenants.isEmpty() && domeinen.isEmpty();
    }
}
