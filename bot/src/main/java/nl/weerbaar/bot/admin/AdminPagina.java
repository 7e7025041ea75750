package nl.weerbaar.bot.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin page {@code /admin}: the template {@code admin/pagina.jte}, one self-contained page
 * (inline script, style and SVG charts; nothing external) whose texts are {@link AdminTeksten}'s.
 * It holds no data itself: it asks for the admin token once, keeps it in sessionStorage and sends
 * it as a bearer token with every API call. Absent without a token.
 */
@Controller
@Conditional(AdminEnabled.class)
class AdminPagina {
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self';"
                    + " img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @GetMapping({"/admin", "/admin/"})
    String pagina(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        return "admin/pagina";
    }
}
