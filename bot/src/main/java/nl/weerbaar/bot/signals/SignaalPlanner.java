package nl.weerbaar.bot.signals;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.weerbaar.bot.http.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * The persistent, cluster-safe work of the signals feature, on db-scheduler: one-time tasks for
 * each delivery (instance id {@code <signaal>:<rol>:<kanaal>}, so a delivery exists once), for
 * telling the reporter ({@code <signaal>:<gebeurtenis>}) and for each escalation ({@code
 * <signaal>:<niveau>}), and a recurring purge. Tasks are scheduled through a {@link
 * TransactionAwareDataSourceProxy}: inside a Spring transaction they are written with the signal, in
 * the same commit, or not at all. db-scheduler runs each due execution on one instance only
 * (optimistic lock on the row), keeps a heartbeat while it runs and revives executions of an
 * instance that died. It uses the application's {@link Clock}, so tests can move time.
 */
@Component
public class SignaalPlanner implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(SignaalPlanner.class);

    static final String BEZORGEN = "signaal-bezorgen";
    static final String MELDER = "signaal-melder-informeren";
    static final String ESCALEREN = "signaal-escaleren";
    static final String OPSCHONEN = "signalen-opschonen";
    /** The longest Retry-After a delivery waits for; a service asking more is asked again after this. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private final OneTimeTask<Void> bezorgen;
    private final OneTimeTask<Void> melder;
    private final OneTimeTask<Void> escaleren;
    private final RecurringTask<Void> opschonen;
    private final List<Task<?>> taken;
    private final DataSource transactioneel;
    private final SignalenProperties.Scheduler instellingen;
    private final SchedulerClient client;
    private volatile Scheduler scheduler;
    private final Clock clock;
    private final ObjectProvider<SignaalKanaal> kanalen;
    private volatile boolean running;

    SignaalPlanner(
            DataSource dataSource,
            Clock clock,
            SignalenProperties properties,
            ObjectProvider<SignaalWerk> werk,
            ObjectProvider<SignaalKanaal> kanalen) {
        this.clock = clock;
        this.kanalen = kanalen;
        SignalenProperties.Bezorging bezorging = properties.bezorging();
        RetryPolicy beleid = new RetryPolicy(
                "Signal delivery",
                bezorging.maxPogingen(),
                bezorging.eersteWachttijd(),
                bezorging.maxWachttijd(),
                MAX_RETRY_AFTER,
                clock);
        FailureHandler<Void> opnieuw = (complete, operations) -> {
            Throwable oorzaak = complete.getCause().orElse(null);
            int mislukt = complete.getExecution().consecutiveFailures + 1;
            String instance = complete.getExecution().taskInstance.getTaskAndInstance();
            boolean definitief = oorzaak instanceof BezorgFout f && !f.isTijdelijk();
            if (definitief || mislukt >= beleid.maxAttempts()) {
                operations.remove();
                werk.getObject()
                        .opgegeven(
                                complete.getExecution().taskInstance.getTaskName(),
                                complete.getExecution().taskInstance.getId(),
                                definitief ? "definitief" : "na " + mislukt + " pogingen");
                log.warn("Gave up {} after {} attempt(s)", instance, mislukt);
                return;
            }
            Duration wacht = beleid.waitAfter(mislukt, oorzaak instanceof BezorgFout f ? f.retryAfter() : null);
            log.info("{} failed (attempt {}); next attempt in {} ms", instance, mislukt, wacht.toMillis());
            operations.reschedule(complete, clock.instant().plus(wacht));
        };
        this.bezorgen = Tasks.oneTime(BEZORGEN)
                .onFailure(opnieuw)
                .onDeadExecutionRevive()
                .execute((instance, ctx) -> werk.getObject().bezorg(instance.getId()));
        this.melder = Tasks.oneTime(MELDER)
                .onFailure(opnieuw)
                .onDeadExecutionRevive()
                .execute((instance, ctx) -> werk.getObject().informeerMelder(instance.getId()));
        this.escaleren = Tasks.oneTime(ESCALEREN)
                .onFailure(opnieuw)
                .onDeadExecutionRevive()
                .execute((instance, ctx) -> werk.getObject().escaleer(instance.getId()));
        this.opschonen = Tasks.recurring(OPSCHONEN, Schedules.fixedDelay(properties.opschoonInterval()))
                .onDeadExecutionRevive()
                .execute((instance, ctx) -> werk.getObject().opschonen());
        this.taken = List.of(bezorgen, melder, escaleren);
        this.transactioneel = new TransactionAwareDataSourceProxy(dataSource);
        this.instellingen = properties.scheduler();
        this.client = SchedulerClient.Builder.create(transactioneel, taken).build();
    }

    /**
     * A fresh scheduler on every start: Spring may stop and restart the context (e.g. the test
     * framework pauses cached contexts), and a stopped db-scheduler cannot be started again.
     */
    private Scheduler nieuweScheduler() {
        return Scheduler.create(transactioneel, taken)
                .startTasks(opschonen)
                .clock(clock::instant)
                .schedulerName(new SchedulerName.Fixed(naam()))
                .pollingInterval(instellingen.pollingInterval())
                .heartbeatInterval(instellingen.heartbeat())
                .missedHeartbeatsLimit(4)
                .threads(instellingen.threads())
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** The running scheduler (which also runs newly due work at once), else the plain client. */
    private SchedulerClient client() {
        Scheduler s = scheduler;
        return s != null ? s : client;
    }

    private static String naam() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "weerbaar";
        }
        String naam = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return naam.length() > 50 ? naam.substring(naam.length() - 50) : naam;
    }

    /** A delivery of signal {@code id} to the person in {@code rol} through {@code kanaal}; at most once scheduled. */
    void bezorg(long id, String rol, String kanaal) {
        client().scheduleIfNotExists(bezorgen.instance(id + ":" + rol + ":" + kanaal), clock.instant());
    }

    /** The deliveries of signal {@code id} to {@code persoon}: one per channel that can reach them. */
    void bezorgAan(long id, nl.weerbaar.catalog.Persoon persoon, String rol) {
        kanalen.orderedStream()
                .filter(k -> k.actief() && k.adres(persoon).isPresent())
                .forEach(k -> bezorg(id, rol, k.kanaal().name()));
    }

    void informeerMelder(long id, String gebeurtenis) {
        client().scheduleIfNotExists(melder.instance(id + ":" + gebeurtenis), clock.instant());
    }

    void escaleer(long id, int niveau, Instant wanneer) {
        client().scheduleIfNotExists(escaleren.instance(id + ":" + niveau), wanneer);
    }

    @Override
    public synchronized void start() {
        if (instellingen.enabled() && scheduler == null) {
            Scheduler s = nieuweScheduler();
            s.start();
            scheduler = s;
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        Scheduler s = scheduler;
        scheduler = null;
        if (s != null) {
            s.stop();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
