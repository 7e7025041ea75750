package nl.weerbaar.bot.web;

import java.util.List;
import nl.weerbaar.bot.signals.SignaalKaart;

/**
 * The inbox page of a signed-in person (template {@code inbox/lijst.jte}).
 *
 * @param melding the outcome of the action just taken, or null
 * @param email who is signed in
 * @param kaarten the open signals they may see
 */
public record InboxLijst(String melding, String email, List<SignaalKaart> kaarten) {}
