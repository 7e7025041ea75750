package nl.weerbaar.bot.web;

import org.springframework.http.HttpStatus;

/** Why the inbox is not shown, with its status (template {@code inbox/toegang.jte} says it in Dutch). */
public enum GeenToegang {
    /** No secret is set: the inbox is off. */
    UIT(HttpStatus.NOT_FOUND),
    /** The personal link is forged, expired, or not of an aanspreekpunt, backup or admin. */
    ONGELDIGE_LINK(HttpStatus.FORBIDDEN),
    /** No valid sign-in cookie. */
    NIET_INGELOGD(HttpStatus.UNAUTHORIZED);

    private final HttpStatus status;

    GeenToegang(HttpStatus status) {
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
