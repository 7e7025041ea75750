package nl.weerbaar.bot.slack;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.conversation.SignaalFlow;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.bot.reply.ReplyParts;

/** The work done off the request thread: ask the conversation, render, deliver. */
class SlackReplies {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SlackReplies.class);
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
        Bericht bericht = (vraag.actie() != null
                        ? Bericht.actie(afzender, null, vraag.actie())
                        : Bericht.tekst(afzender, null, vraag.tekst()))
                .gedeeld(gedeeld(vraag.target(), vraag.userId()));
        Antwoord antwoord = gesprek.beantwoord(bericht);
        if (antwoord.persoonlijk() != null) {
            antwoord = persoonlijk(vraag.userId(), antwoord);
        }
        deliver(vraag.target(), renderer.render(antwoord));
        if (vraag.refreshHome()) {
            home.publish(afzender);
        }
    }

    /**
     * Others read the answer in a channel (or a multi-person DM). Not shared: an ephemeral message,
     * a DM with the bot ({@code D…}), or the user's id as channel (the DM, e.g. from the App Home).
     */
    static boolean gedeeld(ReplyTarget target, String userId) {
        if (target instanceof ReplyTarget.Conversation c) {
            return !(c.channel().startsWith("D") || c.channel().equals(userId));
        }
        return !(target instanceof ReplyTarget.OnlyForUser);
    }

    /**
     * What only the user may read goes to their DM with the bot (chat.postMessage to the user id,
     * as signal cards do); the channel gets the sentence saying so, or, when the DM failed, that it
     * could not be sent — never the contents.
     */
    private Antwoord persoonlijk(String userId, Antwoord antwoord) {
        try {
            api.postMessage(userId, null, renderer.render(antwoord.persoonlijk()));
            return new Antwoord(antwoord.catalogusVersie(), antwoord.onderdelen());
        } catch (RuntimeException e) {
            log.warn(
                    "Slack: could not send a DM for a question asked in a channel: {}",
                    e.getClass().getSimpleName());
            return new Antwoord(
                    antwoord.catalogusVersie(),
                    List.of(
                            new Antwoord.Tekst(Antwoord.Soort.WAARSCHUWING, ReplyParts.BEL_112),
                            new Antwoord.Tekst(Antwoord.Soort.NORMAAL, SlackTeksten.PRIVE_MISLUKT)));
        }
    }

    /** A mention or DM without a question: the conversation's welcome. */
    void welcome(String userId, String teamId, String kanaalId, ReplyTarget target) {
        deliver(target, renderer.render(gesprek.welkom(users.afzender(userId, teamId, kanaalId))));
    }

    /**
     * {@code /weerbaar} alone or {@code /weerbaar help}: the 112 advice first (the renderer puts warnings first), then
     * how to use the command, then the conversation's help.
     */
    void help(ReplyTarget target) {
        Antwoord hulp = gesprek.help();
        List<Onderdeel> delen = new ArrayList<>();
        delen.add(ReplyParts.tekst(SlackTeksten.SLASH_USAGE));
        delen.addAll(hulp.onderdelen());
        deliver(target, renderer.render(new Antwoord(hulp.catalogusVersie(), delen)));
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
