package nl.weerbaar.bot.slack;

import java.util.Optional;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.signals.SignaalKaart;
import nl.weerbaar.bot.signals.SignaalKanaal;
import nl.weerbaar.catalog.Kanaal;
import nl.weerbaar.catalog.Persoon;

/** Signals in Slack: a DM (chat.postMessage to the user id) with the card as Block Kit. */
final class SlackSignaalKanaal implements SignaalKanaal {
    private final SlackWebApi api;
    private final BlockKitRenderer renderer;

    SlackSignaalKanaal(SlackWebApi api, BlockKitRenderer renderer) {
        this.api = api;
        this.renderer = renderer;
    }

    @Override
    public Kanaal kanaal() {
        return Kanaal.SLACK;
    }

    @Override
    public boolean actief() {
        return true;
    }

    @Override
    public Optional<String> adres(Persoon persoon) {
        return Optional.ofNullable(persoon.slackUserId()).filter(id -> !id.isBlank());
    }

    @Override
    public void stuur(String userId, Antwoord bericht) {
        api.postMessageOnce(userId, renderer.render(bericht));
    }

    @Override
    public void stuur(String userId, SignaalKaart kaart) {
        api.postMessageOnce(userId, renderer.render(kaart));
    }
}
