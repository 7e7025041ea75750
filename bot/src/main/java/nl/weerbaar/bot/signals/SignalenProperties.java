package nl.weerbaar.bot.signals;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the signals feature ({@code weerbaar.signalen.*}); see docs/SIGNALEN.md.
 *
 * @param secret the server secret the web inbox's sign-in links are derived from (HMAC); without
 *     it the inbox is closed
 * @param escalatie when an unpicked signal goes to the backup (and after the same time again to the
 *     admins)
 * @param bewaartermijn how long a closed signal's texts are kept (default 90 days)
 * @param afsluitenNaOppakken a signal picked up but not marked "Afgehandeld" closes this long after
 *     the pick-up (default 30 days)
 * @param conceptGeldigheid a draft not sent within this time is deleted (default 1 hour)
 * @param scheduler the persistent job runner (db-scheduler)
 * @param bezorging retries of deliveries to Teams and Slack
 * @param opschoonInterval how often drafts and expired signals are purged
 * @param tijdzone the school's time zone: working days and the times shown in cards
 * @param publiekeUrl the address of this application, for the inbox links the CLI prints
 */
@ConfigurationProperties("weerbaar.signalen")
public record SignalenProperties(
        String secret,
        Escalatie escalatie,
        Duration bewaartermijn,
        Duration afsluitenNaOppakken,
        Duration conceptGeldigheid,
        Scheduler scheduler,
        Bezorging bezorging,
        Duration opschoonInterval,
        ZoneId tijdzone,
        String publiekeUrl) {

    public SignalenProperties {
        escalatie = escalatie == null ? new Escalatie(null, null) : escalatie;
        bewaartermijn = bewaartermijn == null ? Duration.ofDays(90) : bewaartermijn;
        afsluitenNaOppakken = afsluitenNaOppakken == null ? Duration.ofDays(30) : afsluitenNaOppakken;
        conceptGeldigheid = conceptGeldigheid == null ? Duration.ofHours(1) : conceptGeldigheid;
        scheduler = scheduler == null ? new Scheduler(null, null, null, null) : scheduler;
        bezorging = bezorging == null ? new Bezorging(null, null, null) : bezorging;
        opschoonInterval = opschoonInterval == null ? Duration.ofHours(1) : opschoonInterval;
        tijdzone = tijdzone == null ? ZoneId.of("Europe/Amsterdam") : tijdzone;
        publiekeUrl = publiekeUrl == null || publiekeUrl.isBlank() ? "http://localhost:3978" : publiekeUrl.strip();
        secret = secret == null || secret.isBlank() ? null : secret;
    }

    /**
     * @param urgent for urgent signals (default 15 minutes)
     * @param normaal for the others (default one working day: whole days count working days,
     *     Saturday and Sunday skipped)
     */
    public record Escalatie(Duration urgent, Duration normaal) {
        public Escalatie {
            urgent = urgent == null ? Duration.ofMinutes(15) : urgent;
            normaal = normaal == null ? Duration.ofDays(1) : normaal;
        }
    }

    /**
     * @param enabled false: this instance only schedules work and runs none (others do)
     * @param pollingInterval how often the database is asked for due work
     * @param heartbeat how often a running job says it is alive; a job whose instance stopped
     *     beating four times is taken over by another instance
     * @param threads jobs run at the same time
     */
    public record Scheduler(Boolean enabled, Duration pollingInterval, Duration heartbeat, Integer threads) {
        public Scheduler {
            enabled = enabled == null || enabled;
            pollingInterval = pollingInterval == null ? Duration.ofSeconds(5) : pollingInterval;
            heartbeat = heartbeat == null ? Duration.ofSeconds(30) : heartbeat;
            threads = threads == null ? 4 : threads;
        }
    }

    /**
     * @param eersteWachttijd the wait after the first failed delivery; doubled after each failure
     * @param maxWachttijd the longest wait between attempts
     * @param maxPogingen attempts before a delivery is given up (the signal stays in the inbox and
     *     escalates as usual)
     */
    public record Bezorging(Duration eersteWachttijd, Duration maxWachttijd, Integer maxPogingen) {
        public Bezorging {
            eersteWachttijd = eersteWachttijd == null ? Duration.ofSeconds(10) : eersteWachttijd;
            maxWachttijd = maxWachttijd == null ? Duration.ofMinutes(30) : maxWachttijd;
            maxPogingen = maxPogingen == null ? 20 : maxPogingen;
        }
    }
}
