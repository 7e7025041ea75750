package nl.weerbaar.bot.web;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /} is the local web chat when it is on (template {@code web/chat.jte}, with {@code
 * static/chat.js} and {@code chat.css}), otherwise a page that says how to configure the app
 * ({@code web/info.jte}).
 */
@Controller
class HomeController {
    private final boolean webChat;

    HomeController(Environment env) {
        this.webChat = WebChatEnabled.isEnabled(env);
    }

    @GetMapping("/")
    String home() {
        return webChat ? "web/chat" : "web/info";
    }
}
