package nl.weerbaar.bot.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error of the application in Dutch, instead of Spring's English "Whitelabel Error Page": an unknown address,
 * a method an address does not take (a GET on an inbox button's address), a refused or failed request. Routes a
 * program calls ({@code /api/**}, {@code /slack/**}, the admin API {@code /admin/**}, {@code /actuator/**}), and
 * requests that ask for JSON only, get {@code {"error": "…"}}; a person's browser gets the page {@code web/fout.jte}
 * with the 112 advice and a way back. Nothing of the request is echoed.
 */
@Controller
class FoutController implements ErrorController {
    private static final List<String> API = List.of("/api/", "/slack/", "/admin/", "/actuator/");

    @RequestMapping("/error")
    Object fout(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        String pad = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String p ? p : "";
        if (isApi(pad, request.getHeader("Accept"))) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", WebTeksten.foutVoorProgramma(status.value(), response.getHeader("Allow"))));
        }
        ModelAndView view = new ModelAndView("web/fout");
        view.setStatus(status);
        view.addObject(
                "fout",
                new FoutPagina(
                        status.value(),
                        WebTeksten.foutKop(status.value()),
                        WebTeksten.foutUitleg(status.value()),
                        pad.startsWith("/inbox") ? "/inbox" : "/"));
        return view;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer c) {
            HttpStatus status = HttpStatus.resolve(c);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** A program's route, or a request that accepts JSON and no HTML. */
    static boolean isApi(String pad, String accept) {
        if (!pad.equals("/admin/") && API.stream().anyMatch(pad::startsWith)) {
            return true;
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (RuntimeException e) {
            return false;
        }
        boolean json =
                types.stream().anyMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON) && !t.isWildcardType());
        boolean html = types.stream().anyMatch(t -> t.isCompatibleWith(MediaType.TEXT_HTML));
        return json && !html;
    }
}
