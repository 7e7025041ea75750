package nl.weerbaar.bot.signals;

import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.catalog.Kanaal;
import nl.weerbaar.catalog.Persoon;

/**
 * Who acts on a signal: a chat user (channel + user id, e-mail when the channel gives it) or a
 * person signed in to the web inbox (by e-mail from their sign-in link).
 */
public record Actor(Kanaal kanaal, String userId, String email) {

    public static Actor van(Afzender afzender) {
        return new Actor(afzender.kanaal(), afzender.userId(), afzender.email());
    }

    public static Actor inbox(String email) {
        return new Actor(Kanaal.WEB, null, email);
    }

    public boolean is(Persoon persoon) {
        return persoon != null && persoon.heeftIdentiteit(kanaal, userId, email);
    }

    /** How the audit names this actor. */
    String audit() {
        String id = userId != null ? userId : email != null ? "inbox:" + email : "?";
        String s = kanaal.name() + ":" + id;
        return s.length() > 250 ? s.substring(0, 250) : s;
    }
}
