package nl.weerbaar.bot.aanmelding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The sign-in's pages (templates under {@code src/main/jte/aanmelding}): {@code /aanmelden} offers
 * each configured provider (or, signed in, says who you are with the logout button), and the
 * outcomes: refused ({@code 403}), failed ({@code 401}), logged out. Without sign-in configured
 * they do not exist (404). Also what the inbox and the admin page show someone signed in without
 * the role, and how they send someone who is not signed in to sign in and back ({@link #naarAanmelden}).
 */
@Controller
public class AanmeldPagina {
    private final Aanmeldingen aanmeldingen;
    private final ObjectProvider<ClientRegistrationRepository> registraties;
    private final RequestCache requestCache;

    AanmeldPagina(
            Aanmeldingen aanmeldingen,
            ObjectProvider<ClientRegistrationRepository> registraties,
            RequestCache requestCache) {
        this.aanmeldingen = aanmeldingen;
        this.registraties = registraties;
        this.requestCache = requestCache;
    }

    @GetMapping(Beveiliging.AANMELDEN)
    ModelAndView aanmelden(HttpServletRequest request, HttpServletResponse response) {
        if (!aanmeldingen.aan()) {
            return new ModelAndView("aanmelding/bericht", Map.of("melding", Melding.MISLUKT), HttpStatus.NOT_FOUND);
        }
        Map<String, Object> model = new HashMap<>();
        aanmeldingen.wie(request).ifPresent(a -> model.put("ingelogd", a));
        model.put("aanbieders", aanbieders());
        return pagina("aanmelding/kies", model, HttpStatus.OK, response);
    }

    @GetMapping(Beveiliging.GEWEIGERD)
    ModelAndView geweigerd(HttpServletRequest request, HttpServletResponse response) {
        return bericht(Melding.GEWEIGERD, request, response);
    }

    @GetMapping(Beveiliging.MISLUKT)
    ModelAndView mislukt(HttpServletRequest request, HttpServletResponse response) {
        return bericht(Melding.MISLUKT, request, response);
    }

    @GetMapping(Beveiliging.UITGELOGD)
    ModelAndView uitgelogd(HttpServletRequest request, HttpServletResponse response) {
        return bericht(Melding.UITGELOGD, request, response);
    }

    /** The page saying {@code melding}, with who is signed in (and the logout button) when someone is. */
    public ModelAndView bericht(Melding melding, HttpServletRequest request, HttpServletResponse response) {
        if (!aanmeldingen.aan()) {
            return new ModelAndView("aanmelding/bericht", Map.of("melding", melding), HttpStatus.NOT_FOUND);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("melding", melding);
        aanmeldingen.wie(request).ifPresent(a -> model.put("ingelogd", a));
        return pagina("aanmelding/bericht", model, melding.status(), response);
    }

    /**
     * Remembers this request (a GET of {@code /inbox} or {@code /admin}) and sends the browser to
     * sign in; after the sign-in it comes back here.
     */
    public ModelAndView naarAanmelden(HttpServletRequest request, HttpServletResponse response) {
        requestCache.saveRequest(request, response);
        List<Aanbieder> aanbieders = aanbieders();
        // one provider: straight to it; several: the choice
        String doel = aanbieders.size() == 1 ? aanbieders.get(0).pad() : Beveiliging.AANMELDEN;
        RedirectView redirect = new RedirectView(doel, true, false);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    private List<Aanbieder> aanbieders() {
        List<Aanbieder> lijst = new ArrayList<>();
        ClientRegistrationRepository repository = registraties.getIfAvailable();
        if (repository instanceof Iterable<?> alle) {
            for (Object r : alle) {
                ClientRegistration registratie = (ClientRegistration) r;
                lijst.add(new Aanbieder(
                        Optional.ofNullable(registratie.getClientName()).orElse(registratie.getRegistrationId()),
                        "/oauth2/authorization/" + registratie.getRegistrationId()));
            }
        }
        return lijst;
    }

    private static ModelAndView pagina(
            String template, Map<String, ?> model, HttpStatus status, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        return new ModelAndView(template, model, status);
    }
}
