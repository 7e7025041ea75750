package nl.weerbaar.bot.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.bot.aanmelding.Aangemeld;
import nl.weerbaar.bot.aanmelding.AanmeldPagina;
import nl.weerbaar.bot.aanmelding.Aanmeldingen;
import nl.weerbaar.bot.aanmelding.Melding;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admin page {@code /admin}: the template {@code admin/pagina.jte}, one self-contained page
 * (inline script, style and SVG charts; nothing external) whose texts are {@link AdminTeksten}'s.
 * It holds no data itself: it asks for the admin token once, keeps it in sessionStorage and sends
 * it as a bearer token with every API call. With sign-in configured (issue 17) it is for the
 * directory's admins signed in with the school's account instead: someone not signed in is sent to
 * sign in, someone signed in who is no admin gets "geen toegang" (403), and the page's calls go with
 * the session and its CSRF token. Absent without a token and without sign-in.
 */
@Controller
@Conditional(BeheerAan.class)
class AdminPagina {
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self';"
                    + " img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final Aanmeldingen aanmeldingen;
    private final AanmeldPagina aanmeldPagina;

    AdminPagina(Aanmeldingen aanmeldingen, AanmeldPagina aanmeldPagina) {
        this.aanmeldingen = aanmeldingen;
        this.aanmeldPagina = aanmeldPagina;
    }

    @GetMapping({"/admin", "/admin/"})
    ModelAndView pagina(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader("Referrer-Policy", "no-referrer");
        if (aanmeldingen.aan()) {
            Optional<Aangemeld> account = aanmeldingen.wie(request);
            if (account.isEmpty()) {
                return aanmeldPagina.naarAanmelden(request, response);
            }
            if (!account.get().beheerder()) {
                return aanmeldPagina.bericht(Melding.GEEN_BEHEERDER, request, response);
            }
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            Map<String, Object> model = new HashMap<>();
            model.put("ingelogd", account.get().naam());
            return new ModelAndView("admin/pagina", model);
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        return new ModelAndView("admin/pagina");
    }
}
