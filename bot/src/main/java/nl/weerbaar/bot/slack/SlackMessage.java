package nl.weerbaar.bot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A message ready for Slack: Block Kit blocks and the plain {@code text} fallback that
 * notifications and screen readers show.
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {
    SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
