package nl.weerbaar.bot.web;

import org.springframework.http.HttpStatus;

/** A request the web chat refuses, with a message for the person who sent it. */
final class BadRequest extends RuntimeException {
    private final HttpStatus status;

    BadRequest(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
