package nl.weerbaar.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Reads the Bot Framework {@link Activity} from a request body with the SDK's own Jackson 2
 * model ({@link Serialization}); Spring Boot 4's Jackson 3 cannot bind it.
 *
 * <p>Works around SDK 4.14.3 defects: {@code Activity.timestamp}'s pattern ({@code
 * ss[.n]XXX}) rejects timestamps without fractional seconds (the whole activity silently
 * deserializes to null, microsoft/botbuilder-java#1502) and reads "{@code .385}" as 385
 * nanoseconds; so both timestamps are rewritten with nine fraction digits before binding. A
 * locale that is not a language tag is dropped (the SDK throws on it at the start of a turn). And the
 * SDK's static mapper is initialised lazily on the first request, which in a fat jar can hit class
 * loading under load: {@link #warmUp()} runs it at start-up.
 */
final class ActivityJson {
    private static final DateTimeFormatter NINE_DIGITS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX");

    /** The body is not an activity. */
    static final class BadActivity extends Exception {
        BadActivity(String message) {
            super(message, null, false, false);
        }
    }

    private ActivityJson() {}

    static Activity parse(byte[] body) throws BadActivity {
        JsonNode tree;
        try {
            tree = Serialization.jsonToTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new BadActivity("not valid JSON");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new BadActivity("not a JSON object");
        }
        normaliseTimestamp(object, "timestamp");
        normaliseTimestamp(object, "localTimestamp");
        dropIllFormedLocale(object);
        Activity activity;
        try {
            activity = Serialization.treeToValue(object, Activity.class);
        } catch (RuntimeException e) {
            activity = null;
        }
        if (activity == null) {
            throw new BadActivity("not a Bot Framework activity");
        }
        if (activity.getType() == null || activity.getType().isBlank()) {
            throw new BadActivity("the activity has no type");
        }
        if (activity.getFrom() == null || activity.getConversation() == null || activity.getServiceUrl() == null) {
            throw new BadActivity("the activity lacks from, conversation or serviceUrl");
        }
        if (userId(activity.getFrom()) == null) {
            // every sender needs an id: without one the conversation core refused it, a 500 (found by fuzzing)
            throw new BadActivity("the activity's sender has no id");
        }
        if (activity.getConversation().getId() == null
                || !isHeaderSafe(activity.getConversation().getId())) {
            // the connector client sends it as the x-ms-conversation-id header: a 500 when replying (fuzzing)
            throw new BadActivity("the activity's conversation id is missing or not printable ASCII");
        }
        if (!isHttpUrl(activity.getServiceUrl())) {
            // the SDK's connector client refuses it only when replying: a 500 after the bot ran (found by fuzzing)
            throw new BadActivity("the activity's serviceUrl is not an http(s) URL");
        }
        return activity;
    }

    /** The sender's AAD object id, else their channel account id; null when neither is given (or blank). */
    static String userId(ChannelAccount account) {
        if (account == null) {
            return null;
        }
        if (account.getAadObjectId() != null && !account.getAadObjectId().isBlank()) {
            return account.getAadObjectId();
        }
        if (account.getId() != null && !account.getId().isBlank()) {
            return account.getId();
        }
        return null;
    }

    /** Printable ASCII only, as an HTTP header value must be. */
    static boolean isHeaderSafe(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute()
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void normaliseTimestamp(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isTextual()) {
            return;
        }
        try {
            object.put(field, OffsetDateTime.parse(value.asText()).format(NINE_DIGITS));
        } catch (DateTimeParseException e) {
            object.remove(field); // an unreadable timestamp is not worth refusing the message for
        }
    }

    /**
     * The SDK parses the activity's locale with {@link Locale.Builder#setLanguageTag} at the start
     * of every turn and throws on anything that is not a BCP 47 tag (a 500, found by fuzzing); the
     * bot answers in Dutch whatever the locale, so an ill-formed one is dropped.
     */
    private static void dropIllFormedLocale(ObjectNode object) {
        JsonNode value = object.get("locale");
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isTextual()) {
            object.remove("locale");
            return;
        }
        try {
            new Locale.Builder().setLanguageTag(value.asText());
        } catch (IllformedLocaleException e) {
            object.remove("locale");
        }
    }

    static String write(Object value) {
        try {
            return Serialization.toString(value);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    /** Initialises the SDK's serializer (and the Activity model's classes) once, at start-up. */
    static void warmUp() {
        Activity sample = new Activity(ActivityTypes.MESSAGE);
        try {
            parse(write(sample).getBytes(StandardCharsets.UTF_8));
        } catch (BadActivity expected) {
            // the sample has no from/conversation; reading it is all the warm-up needs
        }
    }
}
