package nl.weerbaar.bot.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaar.bot.signals.SignalenProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Teams conversation references, stored from inbound activities so the bot can later message
 * a user proactively (by their AAD object id). Upsert by update-then-insert, which works the same
 * on H2 and PostgreSQL. A reference this instance stored unchanged less than {@link #REFRESH} ago
 * is not written again (a teacher's every message would otherwise be a database write; under load
 * that was a fifth of a Teams turn), so {@code bijgewerkt_op} is exact to within that time.
 *
 * <p>Retention: a reference the user has not refreshed (sent no activity in that conversation) for
 * the signals' retention period ({@code weerbaar.signalen.bewaartermijn}, 90 days) is deleted, on
 * the purge interval of the signals ({@code weerbaar.signalen.opschoon-interval}). A proactive
 * message to that user then starts a new 1:1 conversation by AAD object id.
 */
@Repository
public class ConversationReferences {
    private static final int MAX_REFERENCE = 8000;
    static final Duration REFRESH = Duration.ofMinutes(10);
    private static final int MAX_REMEMBERED = 10_000;

    /**
     * One stored reference.
     *
     * @param userAadId the user's AAD object id (the channel account id when Teams gives none)
     * @param conversationType personal, groupChat or channel; may be null
     * @param referenceJson the SDK's {@code ConversationReference}, serialized
     */
    public record Opgeslagen(
            String userAadId,
            String conversationId,
            String conversationType,
            String serviceUrl,
            String tenantId,
            String botId,
            String referenceJson) {}

    private static final Logger log = LoggerFactory.getLogger(ConversationReferences.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration bewaartermijn;
    /** What this instance last wrote per user and conversation, and when. */
    private final Map<String, Geschreven> geschreven = new ConcurrentHashMap<>();

    private record Geschreven(String referenceJson, Instant op) {}

    @Autowired
    ConversationReferences(JdbcClient jdbc, Clock clock, SignalenProperties signalen) {
        this(jdbc, clock, signalen.bewaartermijn());
    }

    ConversationReferences(JdbcClient jdbc, Clock clock, Duration bewaartermijn) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.bewaartermijn = bewaartermijn;
    }

    /** Deletes every reference unused for the retention period; returns how many. */
    @Scheduled(
            fixedDelayString = "${weerbaar.signalen.opschoon-interval:PT1H}",
            initialDelayString = "${weerbaar.signalen.opschoon-interval:PT1H}")
    public int verwijderOngebruikt() {
        int verwijderd = jdbc.sql("delete from teams_gesprek where bijgewerkt_op < :grens")
                .param("grens", Timestamp.from(clock.instant().minus(bewaartermijn)))
                .update();
        if (verwijderd > 0) {
            geschreven.clear(); // what this instance remembers writing may be gone: write it again
            log.info("Deleted {} Teams conversation reference(s) unused for the retention period", verwijderd);
        }
        return verwijderd;
    }

    /** The reference of the conversation an inbound activity came from; empty if it has none. */
    static Optional<Opgeslagen> van(Activity activity) {
        if (activity.getFrom() == null
                || activity.getConversation() == null
                || activity.getConversation().getId() == null
                || activity.getServiceUrl() == null) {
            return Optional.empty();
        }
        String user = ActivityJson.userId(activity.getFrom());
        if (user == null) {
            return Optional.empty();
        }
        String json;
        try {
            ConversationReference reference = activity.getConversationReference();
            // the conversation, not this message: a proactive message starts anew rather than replying
            // to an old one, and the stored reference only changes when the conversation does
            reference.setActivityId(null);
            json = Serialization.toString(reference);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (json.length() > MAX_REFERENCE) {
            return Optional.empty();
        }
        return Optional.of(new Opgeslagen(
                user,
                activity.getConversation().getId(),
                activity.getConversation().getConversationType(),
                activity.getServiceUrl(),
                activity.getConversation().getTenantId(),
                activity.getRecipient() == null ? null : activity.getRecipient().getId(),
                json));
    }

    @Transactional
    public void bewaar(Opgeslagen ref) {
        String key = ref.userAadId() + '\n' + ref.conversationId();
        Instant now = clock.instant();
        Geschreven vorige = geschreven.get(key);
        if (vorige != null
                && vorige.referenceJson().equals(ref.referenceJson())
                && vorige.op().plus(REFRESH).isAfter(now)) {
            return;
        }
        schrijf(ref);
        if (geschreven.size() >= MAX_REMEMBERED) {
            geschreven.clear();
        }
        geschreven.put(key, new Geschreven(ref.referenceJson(), now));
    }

    private void schrijf(Opgeslagen ref) {
        if (update(ref) == 0) {
            try {
                jdbc.sql("""
                                insert into teams_gesprek (user_aad_id, conversation_id, conversation_type, service_url,
                                    tenant_id, bot_id, referentie, bijgewerkt_op)
                                values (:user, :conversation, :type, :serviceUrl, :tenant, :bot, :ref, :now)""")
                        .params(params(ref))
                        .param("now", Timestamp.from(clock.instant()))
                        .update();
            } catch (DuplicateKeyException raced) {
                update(ref);
            }
        }
    }

    private int update(Opgeslagen ref) {
        return jdbc.sql("""
                        update teams_gesprek set conversation_type = :type, service_url = :serviceUrl,
                            tenant_id = :tenant, bot_id = :bot, referentie = :ref, bijgewerkt_op = :now
                        where user_aad_id = :user and conversation_id = :conversation""")
                .params(params(ref))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private static Map<String, Object> params(Opgeslagen ref) {
        Map<String, Object> p = new HashMap<>();
        p.put("user", ref.userAadId());
        p.put("conversation", ref.conversationId());
        p.put("type", ref.conversationType());
        p.put("serviceUrl", ref.serviceUrl());
        p.put("tenant", ref.tenantId());
        p.put("bot", ref.botId());
        p.put("ref", ref.referenceJson());
        return p;
    }

    /** The user's most recently used personal (1:1) conversation with the bot, if any. */
    public Optional<Opgeslagen> persoonlijk(String userAadId) {
        return jdbc
                .sql("""
                        select user_aad_id, conversation_id, conversation_type, service_url, tenant_id, bot_id, referentie
                        from teams_gesprek where user_aad_id = :user and conversation_type = 'personal'
                        order by bijgewerkt_op desc""")
                .param("user", userAadId)
                .query((rs, n) -> new Opgeslagen(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list()
                .stream()
                .findFirst();
    }

    /** The stored reference as the SDK's type, for {@code continueConversation}. */
    static ConversationReference reference(Opgeslagen stored) {
        try {
            return Serialization.treeToValue(
                    Serialization.jsonToTree(stored.referenceJson()), ConversationReference.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored conversation reference is not valid JSON", e);
        }
    }
}
