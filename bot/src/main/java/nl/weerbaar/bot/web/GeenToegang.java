package nl.weerbaar.bot.web;

import org.springframework.http.HttpStatus;

/** Why the inbox is not shown (or that you logged out), with its status (template {@code inbox/toegang.jte} says it in Dutch). */
public enum GeenToegang {
    /** No secret is set: the inbox is off. */
    UIT(HttpStatus.NOT_FOUND),
    /** The personal link is forged, expired, or not of an aanspreekpunt, backup or admin. */
    ONGELDIGE_LINK(HttpStatus.FORBIDDEN),
    /** A genuine personal link, used before: a link works once. */
    LINK_GEBRUIKT(HttpStatus.FORBIDDEN),
    /** No valid session. */
    NIET_INGELOGD(HttpStatus.UNAUTHORIZED),
    /** Just logged out. */
    UITGELOGD(HttpStatus.OK);

    private final HttpStatus status;

    GeenToegang(HttpStatus status) {
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
