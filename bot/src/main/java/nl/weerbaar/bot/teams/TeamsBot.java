package nl.weerbaar.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.bot.reply.ReplyParts;
import nl.weerbaar.bot.signals.BezorgFout;
import nl.weerbaar.bot.store.Database;
import nl.weerbaar.catalog.Kanaal;

/**
 * One turn in Teams: translates the activity into a {@link Bericht}, asks the conversation core,
 * and replies with an Adaptive Card. Handles typed messages (the @mention stripped in channels),
 * button presses (as message {@code value} or as {@code invoke}) and the bot being added to a
 * chat or team (a welcome card). Stores the conversation reference of every activity.
 */
final class TeamsBot implements BotCallbackHandler {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TeamsBot.class);
    static final int MAX_TEXT = 2000;
    private final Gesprek gesprek;
    private final ConversationReferences references;
    private final Database database;
    private final TeamsSignaalKanaal persoonlijk;

    TeamsBot(Gesprek gesprek, ConversationReferences references, Database database, TeamsSignaalKanaal persoonlijk) {
        this.gesprek = gesprek;
        this.references = references;
        this.database = database;
        this.persoonlijk = persoonlijk;
    }

    @Override
    public CompletableFuture<Void> invoke(TurnContext turn) {
        Activity activity = turn.getActivity();
        // without a database the reference is not updated: proactive messages use the last stored one
        ConversationReferences.van(activity)
                .ifPresent(ref ->
                        database.optional("storing the Teams conversation reference", () -> references.bewaar(ref)));
        String type = activity.getType() == null ? "" : activity.getType();
        return switch (type) {
            case ActivityTypes.MESSAGE -> message(turn);
            case ActivityTypes.INVOKE -> invoke(turn, activity);
            case ActivityTypes.CONVERSATION_UPDATE -> welcome(turn, activity);
            default -> CompletableFuture.completedFuture(null);
        };
    }

    private CompletableFuture<Void> message(TurnContext turn) {
        Activity activity = turn.getActivity();
        Actie actie = AdaptiveCards.actie(activity.getValue());
        Afzender afzender = afzender(activity);
        boolean gedeeld = gedeeld(activity);
        if (actie != null) {
            return reply(
                    turn,
                    gesprek.beantwoord(Bericht.actie(afzender, null, actie).gedeeld(gedeeld)));
        }
        String text = typedText(activity);
        if (text.isEmpty()) {
            if (activity.getValue() != null) {
                // a button from a card that is not ours (or no longer understood)
                return reply(
                        turn,
                        gesprek.beantwoord(Bericht.actie(afzender, null, Actie.of("onbekend"))
                                .gedeeld(gedeeld)));
            }
            return CompletableFuture.completedFuture(null);
        }
        return reply(
                turn, gesprek.beantwoord(Bericht.tekst(afzender, null, text).gedeeld(gedeeld)));
    }

    /** An Action.Submit with {@code msteams.type = invoke} arrives as an invoke without a name. */
    private CompletableFuture<Void> invoke(TurnContext turn, Activity activity) {
        Actie actie = AdaptiveCards.actie(activity.getValue());
        if ((activity.getName() != null && !activity.getName().isEmpty()) || actie == null) {
            return CompletableFuture.completedFuture(null); // the SDK answers 501 Not Implemented
        }
        Activity ok = new Activity(ActivityTypes.INVOKE_RESPONSE);
        ok.setValue(new InvokeResponse(HttpURLConnection.HTTP_OK, null));
        return reply(
                        turn,
                        gesprek.beantwoord(
                                Bericht.actie(afzender(activity), null, actie).gedeeld(gedeeld(activity))))
                .thenCompose(sent -> turn.sendActivity(ok))
                .thenApply(sent -> null);
    }

    /**
     * The conversation's welcome, with how to ask in a channel, when the bot itself is added to a
     * personal chat, group chat or team. A query: nothing is typed into the conversation.
     */
    private CompletableFuture<Void> welcome(TurnContext turn, Activity activity) {
        List<ChannelAccount> added = activity.getMembersAdded();
        String bot =
                activity.getRecipient() == null ? null : activity.getRecipient().getId();
        if (added == null || bot == null || added.stream().noneMatch(m -> bot.equals(m.getId()))) {
            return CompletableFuture.completedFuture(null);
        }
        Antwoord welkom = gesprek.welkom(afzender(activity));
        List<Onderdeel> delen = new ArrayList<>(welkom.onderdelen());
        delen.add(new Antwoord.Tekst(Antwoord.Soort.NOTITIE, TeamsTeksten.IN_EEN_KANAAL));
        return reply(turn, new Antwoord(welkom.catalogusVersie(), delen));
    }

    /**
     * Others read along in a channel or group chat. Only a personal chat is not shared (or, in the
     * emulator, a conversation that says neither its type nor that it is a group, outside a team).
     */
    static boolean gedeeld(Activity activity) {
        if (activity.getConversation() == null) {
            return true;
        }
        String type = activity.getConversation().getConversationType();
        if (type != null) {
            return !"personal".equals(type);
        }
        TeamsChannelData data = activity.getChannelData() == null ? null : activity.teamsGetChannelData();
        return Boolean.TRUE.equals(activity.getConversation().isGroup())
                || (data != null && (data.getChannel() != null || data.getTeam() != null));
    }

    /**
     * Sends the reply; what only the user may read ({@link Antwoord#persoonlijk}) goes first to their
     * personal chat with the bot (the proactive path of signal cards). When that fails, the shared
     * conversation is told so instead, and still sees no signal contents.
     */
    private CompletableFuture<Void> reply(TurnContext turn, Antwoord antwoord) {
        if (antwoord.persoonlijk() == null) {
            return send(turn, antwoord);
        }
        String userId = ActivityJson.userId(turn.getActivity().getFrom());
        try {
            if (!persoonlijk.actief() || userId == null) {
                throw BezorgFout.definitief("no personal conversation without an app id");
            }
            persoonlijk.stuur(userId, antwoord.persoonlijk());
            return send(turn, new Antwoord(antwoord.catalogusVersie(), antwoord.onderdelen()));
        } catch (RuntimeException e) {
            log.warn(
                    "Teams: could not send a personal message for a shared conversation: {}",
                    e instanceof BezorgFout ? e.getMessage() : e.getClass().getSimpleName());
            return send(
                    turn,
                    new Antwoord(
                            antwoord.catalogusVersie(),
                            List.of(
                                    new Antwoord.Tekst(Antwoord.Soort.WAARSCHUWING, ReplyParts.BEL_112),
                                    new Antwoord.Tekst(Antwoord.Soort.NORMAAL, TeamsTeksten.PRIVE_MISLUKT))));
        }
    }

    private static CompletableFuture<Void> send(TurnContext turn, Antwoord antwoord) {
        Attachment card = new Attachment();
        card.setContentType(AdaptiveCards.CONTENT_TYPE);
        // As a Jackson tree, not a Map: the connector's request Validator reflects into every field of
        // the payload, and on Java 17 java.util collections refuse that (InaccessibleObjectException);
        // a tree's fields are final, which the Validator skips.
        card.setContent(Serialization.objectToTree(AdaptiveCards.card(antwoord)));
        Activity activity = MessageFactory.attachment(card);
        // what the notification and the chat list show; the card itself has no preview text
        String voorvertoning = AdaptiveCards.voorvertoning(antwoord);
        activity.setSummary(voorvertoning);
        activity.setText(AdaptiveCards.escape(voorvertoning));
        return turn.sendActivity(activity).thenApply(sent -> null);
    }

    /** The typed text without the bot's @mention (channels) or any other mention markup. */
    static String typedText(Activity activity) {
        if (activity.getText() == null) {
            return "";
        }
        if (activity.getRecipient() != null && activity.getRecipient().getId() != null) {
            try {
                activity.removeRecipientMention();
            } catch (RuntimeException malformedMention) {
                // the SDK reads a mention entity it cannot bind as null and then fails on it (found by
                // fuzzing): drop every <at>…</at> instead, which the channel check made ours anyway
                activity.setText(activity.getText().replaceAll("<at>[^<]*</at>", ""));
            }
        }
        String text = AdaptiveCards.plain(activity.getText()).strip();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    /** The sender: AAD object id (else the channel account id), e-mail when Teams gives it, team and channel. */
    static Afzender afzender(Activity activity) {
        ChannelAccount from = activity.getFrom();
        String userId = ActivityJson.userId(from);
        String email = null;
        if (from.getProperties() != null) {
            JsonNode mail = from.getProperties().get("email");
            if (mail != null && mail.isTextual() && !mail.asText().isBlank()) {
                email = mail.asText();
            }
        }
        String teamId = null;
        String kanaalId = null;
        TeamsChannelData data = activity.getChannelData() == null ? null : activity.teamsGetChannelData();
        if (data != null) {
            teamId = data.getTeam() != null ? data.getTeam().getId() : data.getTeamsTeamId();
            kanaalId = data.getChannel() != null ? data.getChannel().getId() : data.getTeamsChannelId();
        }
        return new Afzender(Kanaal.TEAMS, userId, from.getName(), email, teamId, kanaalId);
    }
}
