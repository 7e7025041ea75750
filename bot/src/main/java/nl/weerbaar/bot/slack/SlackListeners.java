package nl.weerbaar.bot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.Locale;
import java.util.Set;
import nl.weerbaar.bot.reply.Actie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Weerbaar listens to in Slack. Each listener only checks the payload, claims it once
 * ({@link Deduplication}), hands the work to {@link SlackWorkers} and acknowledges at once; the
 * answer follows through the Web API.
 */
class SlackListeners {
    private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);

    static final String COMMAND = "/weerbaar";
    private static final Set<String> HELP = Set.of("", "help", "hulp", "?");
    /** A button value that is not (or no longer) an action of ours. */
    static final String ONBEKEND = "onbekend";
    /** {@code /weerbaar melden} opens the modal to pass on a signal. */
    static final String MELDEN = "melden";

    private final SlackWorkers workers;
    private final Deduplication deduplication;
    private final SlackReplies replies;
    private final ButtonValues values;

    SlackListeners(SlackWorkers workers, Deduplication deduplication, SlackReplies replies, ButtonValues values) {
        this.workers = workers;
        this.deduplication = deduplication;
        this.replies = replies;
        this.values = values;
    }

    void register(App app) {
        app.event(AppMentionEvent.class, this::mention);
        app.event(MessageEvent.class, this::message);
        app.event(AppHomeOpenedEvent.class, this::homeOpened);
        app.command(COMMAND, this::command);
        app.blockAction(ButtonValues.ACTION_ID, this::action);
        app.viewSubmission(MeldenModal.CALLBACK_ID, this::meldenVersturen);
    }

    /** {@code @Weerbaar …} in a channel: answered in the message's thread. */
    Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        require(payload.getEventId(), event.getUser(), event.getChannel(), event.getTs());
        if (event.getBotId() != null || isDirect(event.getChannel())) {
            return ctx.ack(); // bots are ignored; in a DM the message event answers
        }
        String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        return take(
                "event:" + payload.getEventId(),
                ctx,
                questionOrWelcome(
                        event.getUser(),
                        teamOf(payload.getTeamId(), ctx),
                        event.getChannel(),
                        event.getText(),
                        new ReplyTarget.Conversation(event.getChannel(), thread)));
    }

    /** A direct message to the bot; messages from bots, the bot itself and other channels are ignored. */
    Response message(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        if (!"im".equals(event.getChannelType())) {
            return ctx.ack();
        }
        if (event.getBotId() != null
                || event.getUser() == null
                || event.getUser().equals(ctx.getBotUserId())) {
            return ctx.ack();
        }
        require(payload.getEventId(), event.getChannel(), event.getTs());
        return take(
                "event:" + payload.getEventId(),
                ctx,
                questionOrWelcome(
                        event.getUser(),
                        teamOf(payload.getTeamId(), ctx),
                        null,
                        event.getText(),
                        new ReplyTarget.Conversation(event.getChannel(), event.getThreadTs())));
    }

    /** Opening the Home tab publishes it afresh: the aanspreekpunt or catalogue may have changed. */
    Response homeOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (!"home".equals(event.getTab())) {
            return ctx.ack();
        }
        require(payload.getEventId(), event.getUser());
        String team = teamOf(payload.getTeamId(), ctx);
        return take("event:" + payload.getEventId(), ctx, () -> replies.publishHome(event.getUser(), team));
    }

    /**
     * {@code /weerbaar <vraag>}, answered so only the asker sees it; {@code /weerbaar} alone or
     * {@code /weerbaar help} explains the bot (the conversation's help, not a question). The
     * command's syntax is Slack's and stays here: {@code /weerbaar melden} opens the signal modal on
     * a draft from the conversation's channel-neutral start of a signal form.
     */
    Response command(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload p = request.getPayload();
        require(p.getUserId(), p.getChannelId());
        String tekst = SlackText.question(p.getText());
        if (MELDEN.equals(tekst.toLowerCase(Locale.ROOT)) && p.getTriggerId() != null) {
            String team = teamOf(p.getTeamId(), ctx);
            String kanaal = isDirect(p.getChannelId()) ? null : p.getChannelId();
            return take(
                    "command:" + p.getTriggerId(),
                    ctx,
                    () -> replies.openMelden(p.getUserId(), team, kanaal, p.getTriggerId()));
        }
        ReplyTarget target = new ReplyTarget.OnlyForUser(p.getResponseUrl(), p.getChannelId(), p.getUserId());
        String key = p.getTriggerId() == null ? null : "command:" + p.getTriggerId();
        if (HELP.contains(tekst.toLowerCase(Locale.ROOT))) {
            return take(key, ctx, () -> replies.help(target));
        }
        Vraag vraag = Vraag.tekst(
                p.getUserId(),
                teamOf(p.getTeamId(), ctx),
                isDirect(p.getChannelId()) ? null : p.getChannelId(),
                tekst,
                target);
        return take(key, ctx, () -> replies.answer(vraag));
    }

    /**
     * A button or select of ours: its action goes back to the conversation, and the answer to
     * where it was pressed — the same thread, only to the user for an ephemeral message, or a DM
     * for the Home tab (which is then refreshed when the locatie changed).
     */
    Response action(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        if (p.getUser() == null || p.getUser().getId() == null || p.getActions().isEmpty()) {
            throw new MalformedPayload("block_actions without user or action");
        }
        BlockActionPayload.Action pressed = p.getActions().get(0);
        String value = pressed.getValue() != null
                ? pressed.getValue()
                : pressed.getSelectedOption() != null
                        ? pressed.getSelectedOption().getValue()
                        : null;
        Actie actie = values.actie(value).orElse(Actie.of(ONBEKEND));
        String user = p.getUser().getId();
        String team = teamOf(p.getTeam() == null ? null : p.getTeam().getId(), ctx);
        BlockActionPayload.Container container = p.getContainer();
        Vraag vraag;
        if (container != null && "view".equals(container.getType())) {
            vraag = new Vraag(
                    user,
                    team,
                    null,
                    null,
                    actie,
                    new ReplyTarget.Conversation(user, null),
                    Actie.LOCATIE.equals(actie.type()));
        } else {
            String channel = container != null && container.getChannelId() != null
                    ? container.getChannelId()
                    : p.getChannel() == null ? null : p.getChannel().getId();
            if (channel == null) {
                throw new MalformedPayload("block_actions without a channel");
            }
            ReplyTarget target;
            if (container != null && container.isEphemeral()) {
                target = new ReplyTarget.OnlyForUser(p.getResponseUrl(), channel, user);
            } else {
                String thread = container == null
                        ? null
                        : container.getThreadTs() != null
                                ? container.getThreadTs()
                                : isDirect(channel) ? null : container.getMessageTs();
                target = new ReplyTarget.Conversation(channel, thread);
            }
            vraag = new Vraag(user, team, isDirect(channel) ? null : channel, null, actie, target, false);
        }
        String key = p.getTriggerId() == null ? null : "action:" + p.getTriggerId();
        return take(key, ctx, () -> replies.answer(vraag));
    }

    /**
     * The "Signaal melden" modal was submitted: the signal is committed before Slack gets its
     * acknowledgement (the draft's id is its idempotency key, so a retried or double submit makes
     * one signal); the confirmation DM follows from a worker.
     */
    Response meldenVersturen(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = request.getPayload();
        if (p.getUser() == null || p.getUser().getId() == null || p.getView() == null) {
            throw new MalformedPayload("view_submission without user or view");
        }
        String conceptId = p.getView().getPrivateMetadata();
        require(conceptId);
        String user = p.getUser().getId();
        String team = teamOf(p.getTeam() == null ? null : p.getTeam().getId(), ctx);
        MeldenModal.Ingevuld ingevuld = MeldenModal.ingevuld(p.getView().getState());
        SlackMessage bevestiging = replies.meldenVersturen(user, team, conceptId, ingevuld);
        take("view:" + conceptId, ctx, () -> replies.deliver(new ReplyTarget.Conversation(user, null), bevestiging));
        return ctx.ack();
    }

    /** Claims a delivery once and queues its work; a repeat is acknowledged and dropped. */
    private Response take(String key, Context ctx, Runnable work) {
        if (key != null && !deduplication.firstDelivery(key)) {
            log.info("Slack delivery {} was already taken on; not answering again", key);
            return ctx.ack();
        }
        try {
            workers.submit(key == null ? "request" : key, work);
        } catch (SlackWorkers.Busy e) {
            if (key != null) {
                deduplication.forget(key);
            }
            throw e;
        }
        return ctx.ack();
    }

    /** The work for a mention or DM: its question answered, or the welcome when it asks nothing. */
    private Runnable questionOrWelcome(String user, String team, String kanaal, String slackText, ReplyTarget target) {
        String vraag = SlackText.question(slackText);
        if (vraag.isEmpty()) {
            return () -> replies.welcome(user, team, kanaal, target);
        }
        return () -> replies.answer(Vraag.tekst(user, team, kanaal, vraag, target));
    }

    private static boolean isDirect(String channel) {
        return channel != null && channel.startsWith("D");
    }

    private static String teamOf(String payloadTeam, Context ctx) {
        return payloadTeam != null ? payloadTeam : ctx.getTeamId();
    }

    private static void require(String... fields) {
        for (String f : fields) {
            if (f == null || f.isBlank()) {
                throw new MalformedPayload("a required field is missing");
            }
        }
    }
}
