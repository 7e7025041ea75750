package nl.weerbaar.bot.signals;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web inbox's sign-in ({@code weerbaar.signalen.inbox.*}); see docs/SIGNALEN.md.
 *
 * @param linkGeldigheid a personal link must be used within this time after it was made (default 7
 *     days), also when it was printed with a longer {@code --dagen}; it works once
 * @param sessieDuur how long a session lasts after the link was exchanged for it (default 12 hours)
 */
@ConfigurationProperties("weerbaar.signalen.inbox")
public record InboxProperties(Duration linkGeldigheid, Duration sessieDuur) {
    public InboxProperties {
        linkGeldigheid = linkGeldigheid == null ? Duration.ofDays(7) : linkGeldigheid;
        sessieDuur = sessieDuur == null ? Duration.ofHours(12) : sessieDuur;
    }
}
