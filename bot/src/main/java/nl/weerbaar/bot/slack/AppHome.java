package nl.weerbaar.bot.slack;

import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord.Knoppen;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;

/**
 * The App Home tab: the conversation's welcome, where to ask Weerbaar in Slack, and its home page
 * (the user's aanspreekpunt or the question which locatie they work at, and the catalogue by
 * thema). It asks {@link Gesprek}'s queries: opening the tab is not a message, so it never reaches
 * a signal draft and is not counted.
 */
class AppHome {
    static final int MAX_HOME_BLOCKS = 100;

    private final Gesprek gesprek;
    private final BlockKitRenderer renderer;
    private final SlackWebApi api;

    AppHome(Gesprek gesprek, BlockKitRenderer renderer, SlackWebApi api) {
        this.gesprek = gesprek;
        this.renderer = renderer;
        this.api = api;
    }

    void publish(Afzender afzender) {
        int[] buttons = {0};
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder()
                .text(BlockKitRenderer.plain(SlackTeksten.HOME_KOP))
                .build());
        // the welcome's button leads to the catalogue, which the Home shows right below
        List<Onderdeel> welkom = gesprek.welkom(afzender).onderdelen().stream()
                .filter(deel -> !(deel instanceof Knoppen))
                .toList();
        blocks.addAll(renderer.blocks(welkom, buttons));
        blocks.add(BlockKitRenderer.section(SlackText.escape(SlackTeksten.WAAR)));
        blocks.add(DividerBlock.builder().build());
        blocks.addAll(renderer.blocks(gesprek.thuis(afzender).onderdelen(), buttons));
        api.publishHome(afzender.userId(), BlockKitRenderer.fit(blocks, MAX_HOME_BLOCKS));
    }
}
