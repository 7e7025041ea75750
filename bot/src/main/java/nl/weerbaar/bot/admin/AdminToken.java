package nl.weerbaar.bot.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import nl.weerbaar.bot.aanmelding.Aangemeld;
import nl.weerbaar.bot.aanmelding.Aanmeldingen;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Guards the admin API: every request under {@code /admin/} needs {@code Authorization: Bearer
 * <weerbaar.admin.token>} ({@link AdminToegang}); else 401, and 429 with {@code Retry-After} for
 * an address that guessed wrong too often. The page {@code /admin} itself is only the shell: it
 * asks for the token and sends it with every call. With sign-in configured, a request without
 * {@code Authorization} from an admin signed in with the school's account passes too (their session,
 * the CSRF token on every change), and the audit then names her ({@link #sessieDoor}), never the
 * {@code X-Weerbaar-Beheerder} header; someone signed in who is no admin gets 403.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(BeheerAan.class)
class AdminToken implements WebMvcConfigurer, HandlerInterceptor {
    private final AdminToegang toegang;
    private final Aanmeldingen aanmeldingen;

    AdminToken(AdminToegang toegang, Aanmeldingen aanmeldingen) {
        this.toegang = toegang;
        this.aanmeldingen = aanmeldingen;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin/**").excludePathPatterns("/admin", "/admin/");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        AdminToegang.Oordeel oordeel = toegang.beoordeel(request);
        if (oordeel.uitkomst() == AdminToegang.Uitkomst.GEEN) {
            // no token: an admin signed in with the school's account (the admin page's own calls)
            Optional<Aangemeld> account = aanmeldingen.wie(request);
            if (account.isPresent() && account.get().beheerder()) {
                // the audit names her, whatever X-Weerbaar-Beheerder says
                request.setAttribute(AdminController.SESSIE_DOOR, sessieDoor(account.get()));
                return true;
            }
            if (account.isPresent()) {
                AdminToegang.fout(response, HttpStatus.FORBIDDEN, AdminTeksten.GEEN_BEHEERDER);
                return false;
            }
        }
        switch (oordeel.uitkomst()) {
            case GELDIG -> {
                return true;
            }
            case GEBLOKKEERD -> AdminToegang.teVeel(response, oordeel.wacht());
            default -> AdminToegang.geenToken(response);
        }
        return false;
    }

    /** The signed-in admin as the audit names her: the directory's name and e-mail. */
    static String sessieDoor(Aangemeld a) {
        String naam = a.naam().strip().replaceAll("\\p{Cntrl}", "");
        String wie = a.email() == null || a.email().equalsIgnoreCase(naam) ? naam : naam + " <" + a.email() + ">";
        return wie.length() > 200 ? wie.substring(0, 200) : wie;
    }
}
