package nl.weerbaar.bot.signals;

import java.util.Optional;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.catalog.Kanaal;
import nl.weerbaar.catalog.Persoon;

/**
 * A channel that can message a person unasked (Teams proactive message, Slack DM). Implemented by
 * the channels; the signals outbox calls it, one attempt per call, and retries itself.
 */
public interface SignaalKanaal {

    Kanaal kanaal();

    /** The person's id in this channel, or empty when the channel is off or does not know them. */
    Optional<String> adres(Persoon persoon);

    /** True when this channel is configured and can send at all. */
    boolean actief();

    /**
     * Sends one message to the user with the given id in this channel.
     *
     * @throws BezorgFout when it did not arrive
     */
    void stuur(String userId, Antwoord bericht);

    /**
     * Sends one signal card to the user with the given id in this channel, rendered as the
     * channel renders cards.
     *
     * @throws BezorgFout when it did not arrive
     */
    void stuur(String userId, SignaalKaart kaart);
}
