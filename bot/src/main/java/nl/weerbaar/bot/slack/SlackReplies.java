package nl.weerbaar.bot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.conversation.SignaalFlow;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Bericht;

/** The work done off the request thread: ask the conversation, render, deliver. */
class SlackReplies {
    private final Gesprek gesprek;
    private final BlockKitRenderer renderer;
    private final SlackWebApi api;
    private final SlackUsers users;
    private final AppHome home;
    private final SignaalFlow signalen;

    SlackReplies(
            Gesprek gesprek,
            BlockKitRenderer renderer,
            SlackWebApi api,
            SlackUsers users,
            AppHome home,
            SignaalFlow signalen) {
        this.gesprek = gesprek;
        this.signalen = signalen;
        this.renderer = renderer;
        this.api = api;
        this.users = users;
        this.home = home;
    }

    void answer(Vraag vraag) {
        Afzender afzender = users.afzender(vraag.userId(), vraag.teamId(), vraag.kanaalId());
        Bericht bericht = vraag.actie() != null
                ? Bericht.actie(afzender, null, vraag.actie())
                : Bericht.tekst(afzender, null, vraag.tekst());
        deliver(vraag.target(), renderer.render(gesprek.beantwoord(bericht)));
        if (vraag.refreshHome()) {
            home.publish(afzender);
        }
    }

    /** A mention or DM without a question: the conversation's welcome. */
    void welcome(String userId, String teamId, String kanaalId, ReplyTarget target) {
        deliver(target, renderer.render(gesprek.welkom(users.afzender(userId, teamId, kanaalId))));
    }

    /** {@code /weerbaar} alone or {@code /weerbaar help}: how to use the command, then the conversation's help. */
    void help(ReplyTarget target) {
        SlackMessage message = renderer.render(gesprek.help());
        List<LayoutBlock> blocks = new ArrayList<>(message.blocks());
        blocks.add(0, BlockKitRenderer.section(SlackText.escape(SlackTeksten.SLASH_USAGE)));
        deliver(target, new SlackMessage(SlackText.escape(SlackTeksten.SLASH_USAGE) + "\n" + message.text(), blocks));
    }

    void publishHome(String userId, String teamId) {
        home.publish(users.afzender(userId, teamId, null));
    }

    /** {@code /weerbaar melden}: the modal, with a fresh draft behind it. */
    void openMelden(String userId, String teamId, String kanaalId, String triggerId) {
        Afzender afzender = users.afzender(userId, teamId, kanaalId);
        api.openView(triggerId, MeldenModal.view(signalen.formulier(afzender)));
    }

    /** Sends the modal's signal (once per draft) and returns the confirmation to DM. */
    SlackMessage meldenVersturen(String userId, String teamId, String conceptId, MeldenModal.Ingevuld ingevuld) {
        Afzender afzender = users.afzender(userId, teamId, null);
        return renderer.render(signalen.formulierVersturen(
                afzender,
                conceptId,
                ingevuld.beschrijving(),
                ingevuld.locatieId(),
                ingevuld.urgent(),
                ingevuld.leerling()));
    }

    void deliver(ReplyTarget target, SlackMessage message) {
        if (target instanceof ReplyTarget.Conversation c) {
            api.postMessage(c.channel(), c.threadTs(), message);
        } else if (target instanceof ReplyTarget.OnlyForUser o) {
            if (o.responseUrl() != null) {
                api.respondEphemeral(o.responseUrl(), message);
            } else {
                api.postEphemeral(o.channel(), o.user(), message);
            }
        }
    }
}
