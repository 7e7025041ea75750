package nl.weerbaar.bot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import nl.weerbaar.bot.aanmelding.Aanmeldingen;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /} is the local web chat when it is on (template {@code web/chat.jte}, with {@code
 * static/chat.js} and {@code chat.css}), otherwise a page that says how to configure the app
 * ({@code web/info.jte}). With sign-in configured the chat page says who is signed in (and offers
 * to log out), or offers to sign in; the page carries whose conversation its tab may show again
 * ({@link GesprekMarker}).
 */
@Controller
class HomeController {
    private final boolean webChat;
    private final Aanmeldingen aanmeldingen;
    private final GesprekMarker marker;

    HomeController(Environment env, Aanmeldingen aanmeldingen, GesprekMarker marker) {
        this.webChat = WebChatEnabled.isEnabled(env);
        this.aanmeldingen = aanmeldingen;
        this.marker = marker;
    }

    @GetMapping("/")
    ModelAndView home(HttpServletRequest request) {
        if (!webChat) {
            return new ModelAndView("web/info");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("aanmelden", aanmeldingen.aan());
        aanmeldingen.wie(request).ifPresent(a -> model.put("ingelogd", a));
        model.put("gesprekVan", marker.van(request));
        return new ModelAndView("web/chat", model);
    }
}
