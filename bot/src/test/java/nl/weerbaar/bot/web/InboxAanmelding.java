package nl.weerbaar.bot.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * How a browser signs in with a personal link: the link opens a page whose "Inloggen" button posts
 * the token to {@code /inbox/login}; this is that post.
 */
public final class InboxAanmelding {
    private InboxAanmelding() {}

    /** The "Inloggen" form's POST of this link's token. */
    public static HttpRequest.Builder post(int port, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/inbox/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
