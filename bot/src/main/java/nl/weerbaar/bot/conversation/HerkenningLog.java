package nl.weerbaar.bot.conversation;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.weerbaar.bot.store.Database;
import nl.weerbaar.catalog.Kanaal;
import nl.weerbaar.search.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts recognition outcomes for the admins' insight: ISO week, locatie, channel, decision and
 * the best knelpunt. Never the text, the user or the exact time.
 *
 * <p>Outcomes are kept in memory and written in one transaction a second ({@code
 * weerbaar.herkenning.flush-interval}), and before the insight is read: one commit per question
 * was a sixth of a Teams turn's CPU under load on the embedded H2 database, which writes every
 * commit to its file. What a crash can lose is the last second of counts, never a signal or an
 * answer. At most {@value #MAX_PENDING} outcomes wait; beyond that (a database gone for long) they
 * are dropped and counted in the log.
 */
@Repository
public class HerkenningLog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HerkenningLog.class);
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final int MAX_PENDING = 100_000;

    private record HerkenningUitkomst(
            String week, String locatieId, String kanaal, String besluit, String knelpuntId) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Database database;
    private final Clock clock;
    private final Queue<HerkenningUitkomst> wachtend = new ConcurrentLinkedQueue<>();
    private final AtomicInteger aantalWachtend = new AtomicInteger();
    private final AtomicLong weggelaten = new AtomicLong();

    HerkenningLog(JdbcTemplate jdbc, TransactionTemplate transaction, Database database, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.database = database;
        this.clock = clock;
    }

    void record(Decision besluit, String knelpuntId, Kanaal kanaal, String locatieId) {
        if (aantalWachtend.incrementAndGet() > MAX_PENDING) {
            aantalWachtend.decrementAndGet();
            long n = weggelaten.incrementAndGet();
            if (n == 1 || n % 10_000 == 0) {
                log.warn("{} recognition count(s) dropped: the database has not taken them for a while", n);
            }
            return;
        }
        wachtend.add(new HerkenningUitkomst(
                week(ZonedDateTime.now(clock.withZone(ZONE))),
                locatieId,
                kanaal.name(),
                besluit.name(),
                besluit == Decision.DONT_KNOW ? null : knelpuntId));
    }

    /** Writes the waiting outcomes in one transaction; when the database fails they wait for the next try. */
    @Scheduled(fixedDelayString = "${weerbaar.herkenning.flush-interval:PT1S}")
    public synchronized void flush() {
        List<HerkenningUitkomst> batch = new ArrayList<>();
        for (HerkenningUitkomst u = wachtend.poll(); u != null; u = wachtend.poll()) {
            batch.add(u);
        }
        if (batch.isEmpty()) {
            return;
        }
        boolean written = database.optional(
                "recognition counts",
                () -> transaction.execute(status -> {
                    jdbc.batchUpdate(
                            "insert into herkenning_uitkomst (week, locatie_id, kanaal, besluit, knelpunt_id)"
                                    + " values (?, ?, ?, ?, ?)",
                            batch,
                            500,
                            (statement, u) -> {
                                statement.setString(1, u.week());
                                statement.setString(2, u.locatieId());
                                statement.setString(3, u.kanaal());
                                statement.setString(4, u.besluit());
                                statement.setString(5, u.knelpuntId());
                            });
                    return Boolean.TRUE;
                }),
                Boolean.FALSE);
        if (written) {
            aantalWachtend.addAndGet(-batch.size());
        } else {
            wachtend.addAll(batch); // kept for the next try (bounded by MAX_PENDING in record)
        }
    }

    @Override
    public void close() {
        flush();
    }

    /** The ISO week, e.g. {@code 2025-W07}. */
    static String week(ZonedDateTime tijd) {
        int week = tijd.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        // not String.format: it builds locale symbols on every call, measurable on every question under load
        return tijd.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
    }
}
