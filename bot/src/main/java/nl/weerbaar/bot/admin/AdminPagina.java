package nl.weerbaar.bot.admin;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin page {@code /admin}: one self-contained HTML file (inline script, style and SVG
 * charts; nothing external). It holds no data itself: it asks for the admin token once, keeps it
 * in sessionStorage and sends it as a bearer token with every API call. Absent without a token.
 */
@RestController
@Conditional(AdminEnabled.class)
class AdminPagina {
    private final byte[] html;

    AdminPagina() throws IOException {
        try (InputStream in = AdminPagina.class.getResourceAsStream("/admin/admin.html")) {
            this.html = in.readAllBytes();
        }
    }

    @GetMapping({"/admin", "/admin/"})
    ResponseEntity<byte[]> pagina() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self';"
                                + " img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer")
                .body(html);
    }
}
