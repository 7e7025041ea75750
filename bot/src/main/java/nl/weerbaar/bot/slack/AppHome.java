package nl.weerbaar.bot.slack;

import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Bericht;

/**
 * The App Home tab: a welcome, the user's aanspreekpunt (or the question which locatie they work
 * at) and the catalogue by thema — the last two straight from the conversation, so they read as
 * in every other channel.
 */
class AppHome {
    static final int MAX_HOME_BLOCKS = 100;

    static final String WELKOM = "Ik ben Weerbaar. Beschrijf in je eigen woorden waar je tegenaan loopt rond"
            + " schoolveiligheid, jeugdcriminaliteit of ondermijning: in een direct bericht (tabblad Berichten), door"
            + " @Weerbaar te noemen in een kanaal of met `/weerbaar <je vraag>`. Ik antwoord met de interventies,"
            + " je aanspreekpunt en de trainingen die erbij passen.";
    static final String BEL_112 = ":rotating_light: *Bij acuut gevaar: bel 112.*";

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
                .text(BlockKitRenderer.plain("Welkom bij Weerbaar"))
                .build());
        blocks.add(BlockKitRenderer.section(SlackText.escape(WELKOM)));
        blocks.add(BlockKitRenderer.section(BEL_112));
        blocks.add(DividerBlock.builder().build());
        blocks.addAll(renderer.blocks(
                gesprek.beantwoord(Bericht.tekst(afzender, null, "wie is mijn aanspreekpunt"))
                        .onderdelen(),
                buttons));
        blocks.add(DividerBlock.builder().build());
        blocks.addAll(renderer.blocks(
                gesprek.beantwoord(Bericht.tekst(afzender, null, "thema's")).onderdelen(), buttons));
        api.publishHome(afzender.userId(), BlockKitRenderer.fit(blocks, MAX_HOME_BLOCKS));
    }
}
