package nl.weerbaar.bot.signals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The web inbox's sessions (table {@code inbox_sessie}, V50). A personal link ({@link InboxToken})
 * is exchanged once for a session: the link must be genuine, within its own expiry and at most
 * {@code weerbaar.signalen.inbox.link-geldigheid} (7 days) old, of an aanspreekpunt, backup or
 * admin, and not used before ({@code inbox_link_gebruikt}). The session is a random id the browser
 * keeps in a cookie; the server stores only its SHA-256 with the e-mail and the end of the session
 * (12 hours). Whether the person may still see signals is asked of the directory on every request.
 */
@Service
public class InboxSessies {
    /** A link is not accepted when its issue time lies further than this in the future (clock skew). */
    private static final Duration SPELING = Duration.ofMinutes(5);

    private static final int MAX_ID = 100;

    /** Why a link was not exchanged for a session. */
    public enum Weigering {
        /** No secret: the inbox is off. */
        UIT,
        /** Forged, expired, too old, or not of an aanspreekpunt, backup or admin. */
        ONGELDIG,
        /** Genuine, but used before. */
        GEBRUIKT
    }

    /** The outcome of a sign-in: the new session's id (for the cookie), or why there is none. */
    public record Aanmelding(String sessieId, Weigering weigering) {}

    private final JdbcClient jdbc;
    private final Signalen signalen;
    private final SignalenProperties signalenProperties;
    private final InboxProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final SecureRandom random = new SecureRandom();

    InboxSessies(
            JdbcClient jdbc,
            Signalen signalen,
            SignalenProperties signalenProperties,
            InboxProperties properties,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.signalen = signalen;
        this.signalenProperties = signalenProperties;
        this.properties = properties;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** How long a session lasts (the cookie's Max-Age says the same). */
    public Duration duur() {
        return properties.sessieDuur();
    }

    /**
     * Whether a link would sign its person in, without using it up: what the confirm page asks
     * before the person presses "Inloggen" (a mail scanner that opens the link changes nothing).
     * Empty when the link is good.
     */
    public Optional<Weigering> controleer(String token) {
        if (signalenProperties.secret() == null) {
            return Optional.of(Weigering.UIT);
        }
        Optional<InboxToken.Link> link = bruikbaar(token, clock.instant());
        if (link.isEmpty()) {
            return Optional.of(Weigering.ONGELDIG);
        }
        boolean gebruikt = jdbc.sql("select count(*) from inbox_link_gebruikt where token_hash = :h")
                        .param("h", hash(token))
                        .query(Integer.class)
                        .single()
                > 0;
        return gebruikt ? Optional.of(Weigering.GEBRUIKT) : Optional.empty();
    }

    /** The link, when it is genuine, within its time and of someone who may have an inbox. */
    private Optional<InboxToken.Link> bruikbaar(String token, Instant nu) {
        return InboxToken.lees(signalenProperties.secret(), token)
                .filter(link -> nu.isBefore(bruikbaarTot(link))
                        && !link.uitgegeven().isAfter(nu.plus(SPELING))
                        && signalen.isBehandelaar(Actor.inbox(link.email())));
    }

    private Instant bruikbaarTot(InboxToken.Link link) {
        return min(link.verloopt(), link.uitgegeven().plus(properties.linkGeldigheid()));
    }

    /** Exchanges a link for a session, once. */
    public Aanmelding inloggen(String token) {
        if (signalenProperties.secret() == null) {
            return new Aanmelding(null, Weigering.UIT);
        }
        Instant nu = clock.instant();
        Optional<InboxToken.Link> link = bruikbaar(token, nu);
        if (link.isEmpty()) {
            return new Aanmelding(null, Weigering.ONGELDIG);
        }
        Instant bruikbaarTot = bruikbaarTot(link.get());
        String sessieId = nieuweId();
        try {
            tx.executeWithoutResult(status -> {
                jdbc.sql("delete from inbox_link_gebruikt where verloopt_op < :nu")
                        .param("nu", Timestamp.from(nu))
                        .update();
                jdbc.sql("delete from inbox_sessie where verloopt_op < :nu")
                        .param("nu", Timestamp.from(nu))
                        .update();
                jdbc.sql(
                                "insert into inbox_link_gebruikt (token_hash, gebruikt_op, verloopt_op) values (:h, :nu, :tot)")
                        .param("h", hash(token))
                        .param("nu", Timestamp.from(nu))
                        .param("tot", Timestamp.from(bruikbaarTot))
                        .update();
                jdbc.sql("insert into inbox_sessie (id_hash, email, aangemaakt_op, verloopt_op)"
                                + " values (:h, :email, :nu, :tot)")
                        .param("h", hash(sessieId))
                        .param("email", link.get().email())
                        .param("nu", Timestamp.from(nu))
                        .param("tot", Timestamp.from(nu.plus(properties.sessieDuur())))
                        .update();
            });
        } catch (DuplicateKeyException gebruikt) {
            return new Aanmelding(null, Weigering.GEBRUIKT);
        }
        return new Aanmelding(sessieId, null);
    }

    /** Who this session is, while it lasts and while the directory still lets them see signals. */
    public Optional<Actor> ingelogd(String sessieId) {
        if (signalenProperties.secret() == null
                || sessieId == null
                || sessieId.isBlank()
                || sessieId.length() > MAX_ID) {
            return Optional.empty();
        }
        return jdbc.sql("select email from inbox_sessie where id_hash = :h and verloopt_op > :nu")
                .param("h", hash(sessieId))
                .param("nu", Timestamp.from(clock.instant()))
                .query(String.class)
                .optional()
                .map(Actor::inbox)
                .filter(signalen::isBehandelaar);
    }

    /** Ends the session on the server: its id no longer signs anyone in. */
    public void uitloggen(String sessieId) {
        if (sessieId != null && sessieId.length() <= MAX_ID) {
            jdbc.sql("delete from inbox_sessie where id_hash = :h")
                    .param("h", hash(sessieId))
                    .update();
        }
    }

    private String nieuweId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String waarde) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(waarde.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
