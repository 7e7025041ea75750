package nl.weerbaar.bot.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator on the application's port. {@code /actuator/health} (and its groups) answers
 * everyone, but with {@code management.endpoint.health.show-details=when-authorized} its
 * components and details (database, catalogue source, data path) only reach a request with the
 * admin token: this filter makes such a request an authenticated one ({@link
 * HttpServletRequest#getUserPrincipal()}), which is what Boot's {@code when-authorized} asks.
 * Every other actuator endpoint ({@code /actuator/prometheus}, {@code /actuator/info}, the index)
 * needs the admin token: 401 without it, 404 while no admin token is configured. Wrong tokens
 * count towards {@link AdminToegang}'s throttle on every actuator path. On a separate management
 * port ({@code management.server.port}) the actuator is served by its own web server, which this
 * filter does not guard: that port is for the monitoring network only (README, "Configuration").
 */
@Component
class ActuatorToegang extends OncePerRequestFilter {
    private final AdminToegang toegang;
    private final String basis;

    ActuatorToegang(AdminToegang toegang, Environment env) {
        this.toegang = toegang;
        String b = env.getProperty("management.endpoints.web.base-path", "/actuator");
        this.basis = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String pad = pad(request);
        return !(pad.equals(basis) || pad.startsWith(basis + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AdminToegang.Oordeel oordeel = toegang.beoordeel(request);
        switch (oordeel.uitkomst()) {
            case GELDIG -> chain.doFilter(new Beheerder(request), response);
            case GEBLOKKEERD -> AdminToegang.teVeel(response, oordeel.wacht());
            default -> {
                String pad = pad(request);
                if (pad.equals(basis + "/health") || pad.startsWith(basis + "/health/")) {
                    // anonymous: the status only, also for someone signed in with the school's account
                    // (issue 17): details are for the token, not for every signed-in teacher
                    chain.doFilter(new Anoniem(request), response);
                } else if (toegang.aan()) {
                    AdminToegang.geenToken(response);
                } else {
                    response.sendError(HttpStatus.NOT_FOUND.value());
                }
            }
        }
    }

    /** The path within the application, decoded and normalised by the container (no "..", no ";…"). */
    private static String pad(HttpServletRequest request) {
        String info = request.getPathInfo();
        return request.getServletPath() + (info == null ? "" : info);
    }

    /** A request without the admin token: nobody, whatever session it came with. */
    private static final class Anoniem extends HttpServletRequestWrapper {
        Anoniem(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return null;
        }

        @Override
        public String getRemoteUser() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }
    }

    /** A request that carried the admin token: authenticated, so {@code when-authorized} shows details. */
    private static final class Beheerder extends HttpServletRequestWrapper {
        private static final Principal BEHEERDER = () -> "beheerder";

        Beheerder(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return BEHEERDER;
        }

        @Override
        public String getRemoteUser() {
            return BEHEERDER.getName();
        }
    }
}
