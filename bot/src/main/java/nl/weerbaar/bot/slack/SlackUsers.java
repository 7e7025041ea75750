package nl.weerbaar.bot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.catalog.Kanaal;

/**
 * Who a Slack user is: name and e-mail from {@code users.info} (the e-mail lets the directory
 * find staff listed only by address), cached for an hour. When Slack does not say, the user is
 * known by id alone.
 */
class SlackUsers {
    static final Duration TTL = Duration.ofHours(1);
    private static final int MAX_CACHED = 5000;

    record Profile(String name, String email) {}

    private record Cached(Profile profile, Instant until) {}

    private final SlackWebApi api;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    SlackUsers(SlackWebApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    /** The sender of a message; {@code channel} null for a DM or the Home tab. */
    Afzender afzender(String userId, String teamId, String channel) {
        Profile p = profile(userId);
        return new Afzender(Kanaal.SLACK, userId, p.name(), p.email(), teamId, channel);
    }

    Profile profile(String userId) {
        Instant now = clock.instant();
        Cached cached = cache.get(userId);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.profile();
        }
        Profile profile = api.user(userId)
                .map(u -> {
                    var p = u.getProfile();
                    String name = p != null && notBlank(p.getDisplayName()) ? p.getDisplayName() : u.getRealName();
                    return new Profile(notBlank(name) ? name : null, p == null ? null : p.getEmail());
                })
                .orElse(new Profile(null, null));
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(userId, new Cached(profile, now.plus(TTL)));
        return profile;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
