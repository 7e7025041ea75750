package nl.weerbaar.bot.aanmelding;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sign-in lasts at most {@code duur} (12 hours, {@code server.servlet.session.timeout}) from
 * the start of its session, however busy it is: the session's own timeout only counts from the
 * last request. An older session is ended (its row deleted, on every instance) and the request
 * goes on as nobody's.
 */
final class SessieDuur extends OncePerRequestFilter {
    private final Duration duur;
    private final Clock clock;

    SessieDuur(Duration duur, Clock clock) {
        this.duur = duur;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession sessie = request.getSession(false);
        if (sessie != null
                && !Instant.ofEpochMilli(sessie.getCreationTime()).plus(duur).isAfter(clock.instant())) {
            sessie.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
