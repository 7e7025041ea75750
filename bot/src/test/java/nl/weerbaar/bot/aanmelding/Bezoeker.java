package nl.weerbaar.bot.aanmelding;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A browser without a screen for the protocol tests: its own cookie jar, redirects followed one by
 * one (so each hop can be seen), across the application and the identity provider.
 */
final class Bezoeker {
    final CookieManager cookies = new CookieManager();
    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    /** Every address visited by the last {@link #volg}, in order. */
    final List<URI> route = new ArrayList<>();

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return stuur(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    HttpResponse<String> stuur(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** GETs the address and follows redirects (at most 10); returns the last response. */
    HttpResponse<String> volg(String url) throws IOException, InterruptedException {
        route.clear();
        URI uri = URI.create(url);
        for (int i = 0; i < 10; i++) {
            route.add(uri);
            HttpResponse<String> r = stuur(HttpRequest.newBuilder(uri).GET().build());
            Optional<String> location = r.headers().firstValue("Location");
            if (r.statusCode() / 100 != 3 || location.isEmpty()) {
                return r;
            }
            uri = uri.resolve(location.get());
        }
        throw new AssertionError("too many redirects: " + route);
    }

    /** The value of the application's session cookie, if the jar holds one. */
    Optional<String> sessie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("weerbaar_sessie"))
                .map(HttpCookie::getValue)
                .findFirst();
    }
}
