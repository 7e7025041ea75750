package nl.weerbaar.bot.aanmelding;

import java.net.URL;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads the signed-in account as Spring's {@link OidcUserService} does (the id token is already
 * checked: signature with the provider's keys, issuer, audience, expiry, nonce) and lets in only
 * accounts of the school: the Entra tenant ({@code tid}) or Google Workspace domain ({@code hd})
 * allowed by {@link AanmeldingProperties}, or, at any other OpenID Connect provider (configured by
 * its issuer URI; not Microsoft's or Google's public ones), an account whose e-mail address the
 * provider has verified ({@code email_verified} true) and whose domain is one of the allowed {@code
 * domeinen}; always with an e-mail address. Anyone else is refused with the error {@value
 * #GEEN_TOEGANG}: no session, the Dutch "geen toegang" page.
 */
class SchoolAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {
    static final String GEEN_TOEGANG = "geen_toegang";
    private static final Logger log = LoggerFactory.getLogger(SchoolAccounts.class);

    private final OidcUserService delegate = new OidcUserService();
    private final AanmeldingProperties properties;

    SchoolAccounts(AanmeldingProperties properties) {
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser gebruiker = delegate.loadUser(request);
        String tid = gebruiker.getClaimAsString("tid");
        String hd = gebruiker.getClaimAsString("hd");
        boolean vanDeSchool = properties.toegestaan(tid, hd)
                || (!publiekeAanbieder(gebruiker) && properties.geverifieerdAdresVanDomein(gebruiker));
        if (!vanDeSchool || Aanmeldingen.accountEmail(gebruiker) == null) {
            // the tenant or domain says which organisation was refused; the account itself is not logged
            log.info(
                    "Sign-in refused for an account of tenant {} / domain {} via {}",
                    tid,
                    hd,
                    request.getClientRegistration().getRegistrationId());
            throw new OAuth2AuthenticationException(new OAuth2Error(GEEN_TOEGANG));
        }
        return gebruiker;
    }

    /**
     * True for Microsoft's and Google's public issuers: anyone can have an account there with an
     * address of the school's domain (a personal Microsoft account, a consumer Google account made
     * for a work address), so only their tenant ({@code tid}) or Workspace domain ({@code hd})
     * says the account is the school's, never the e-mail address.
     */
    static boolean publiekeAanbieder(OidcUser gebruiker) {
        URL issuer = gebruiker.getIdToken().getIssuer();
        String host = issuer == null ? "" : issuer.getHost().toLowerCase(Locale.ROOT);
        return PUBLIEK.contains(host) || host.endsWith(".google.com") || host.endsWith(".microsoftonline.com");
    }

    private static final Set<String> PUBLIEK = Set.of(
            "accounts.google.com",
            "login.microsoftonline.com",
            "sts.windows.net",
            "login.live.com",
            "login.microsoftonline.us",
            "login.partner.microsoftonline.cn",
            "login.windows.net");
}
