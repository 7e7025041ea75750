package nl.weerbaar.bot.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import nl.weerbaar.bot.aanmelding.Aanmeldingen;
import nl.weerbaar.bot.signals.InboxSessies;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Whose conversation the chat page's tab may show again: chat.js keeps the conversation in the
 * tab's {@code sessionStorage} and drops it when the page's marker differs from the one it was kept
 * under. The marker is an opaque hash of the session that signed someone in (the account's session,
 * else a valid inbox session), so another sign-in or a logout in the same tab (a shared school PC)
 * never shows the previous person's conversation. Never the e-mail, never the session id itself.
 */
@Component
class GesprekMarker {
    /** Nobody signed in: the anonymous chat (no signals, nothing of anyone's own). */
    static final String ANONIEM = "anoniem";

    private final Aanmeldingen aanmeldingen;
    private final InboxSessies inboxSessies;

    GesprekMarker(Aanmeldingen aanmeldingen, InboxSessies inboxSessies) {
        this.aanmeldingen = aanmeldingen;
        this.inboxSessies = inboxSessies;
    }

    String van(HttpServletRequest request) {
        if (aanmeldingen.wie(request).isPresent()) {
            HttpSession sessie = request.getSession(false);
            if (sessie != null) {
                return hash("account:" + sessie.getId());
            }
        }
        return inboxSessie(request).map(id -> hash("inbox:" + id)).orElse(ANONIEM);
    }

    private Optional<String> inboxSessie(HttpServletRequest request) {
        try {
            return InboxController.sessieIds(request).stream()
                    .filter(id -> inboxSessies.ingelogd(id).isPresent())
                    .findFirst();
        } catch (DataAccessException | IllegalStateException e) {
            // cannot check the session: show nothing kept (a new marker each time drops it)
            return Optional.of("onbekend:" + System.nanoTime());
        }
    }

    private static String hash(String waarde) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("weerbaar-gesprek-v1:" + waarde).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
