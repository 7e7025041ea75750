package nl.weerbaar.bot.aanmelding;

import org.springframework.http.HttpStatus;

/** What the page {@code aanmelding/bericht.jte} says, with its status. */
public enum Melding {
    /** An account of another tenant or domain, or without an e-mail address. */
    GEWEIGERD(HttpStatus.FORBIDDEN, AanmeldingTeksten.GEWEIGERD),
    /** The sign-in failed: a refused id token, an error from the provider. */
    MISLUKT(HttpStatus.UNAUTHORIZED, AanmeldingTeksten.MISLUKT),
    UITGELOGD(HttpStatus.OK, AanmeldingTeksten.UITGELOGD),
    /** Signed in, but neither aanspreekpunt, backup nor admin. */
    GEEN_INBOX(HttpStatus.FORBIDDEN, AanmeldingTeksten.GEEN_INBOX),
    /** Signed in, but not an admin. */
    GEEN_BEHEERDER(HttpStatus.FORBIDDEN, AanmeldingTeksten.GEEN_BEHEERDER);

    private final HttpStatus status;
    private final String tekst;

    Melding(HttpStatus status, String tekst) {
        this.status = status;
        this.tekst = tekst;
    }

    public HttpStatus status() {
        return status;
    }

    public String tekst() {
        return tekst;
    }
}
