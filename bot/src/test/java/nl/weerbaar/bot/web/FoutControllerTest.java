package nl.weerbaar.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** What the error controller decides for a failure the HTTP tests cannot provoke: a 500, a status it does not know. */
class FoutControllerTest {
    private final FoutController controller = new FoutController();

    private static MockHttpServletRequest fout(String pad, Integer status, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, pad);
        if (status != null) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        }
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        return request;
    }

    @Test
    void aFailureBehindAPageIsA500PageInDutchThatBlamesUsNotTheUser() {
        ModelAndView view = assertInstanceOf(
                ModelAndView.class, controller.fout(fout("/inbox", 500, "text/html"), new MockHttpServletResponse()));

        assertEquals("web/fout", view.getViewName());
        assertEquals(HttpStatus.INTERNAL_SERVER_ERROR, view.getStatus());
        FoutPagina pagina = (FoutPagina) view.getModel().get("fout");
        assertEquals(
                new FoutPagina(
                        500,
                        "Er ging iets mis bij Weerbaar",
                        "Dat ligt niet aan jou. Probeer het over een paar minuten opnieuw.",
                        "/inbox"),
                pagina);
    }

    @Test
    void aFailureOfTheApiIsA500WithADutchJsonError() {
        ResponseEntity<?> response = assertInstanceOf(
                ResponseEntity.class, controller.fout(fout("/api/chat", 503, null), new MockHttpServletResponse()));

        assertEquals(503, response.getStatusCode().value());
        assertEquals(Map.of("error", "Er ging iets mis bij Weerbaar. Probeer het later opnieuw."), response.getBody());
    }

    @Test
    void withoutAStatusItIsTreatedAsAFailureNotAsSuccess() {
        ModelAndView view = assertInstanceOf(
                ModelAndView.class, controller.fout(fout("/", null, null), new MockHttpServletResponse()));

        assertEquals(HttpStatus.INTERNAL_SERVER_ERROR, view.getStatus());
    }

    @Test
    void jsonIsForProgramRoutesAndForClientsThatAcceptJsonButNoHtml() {
        assertTrue(FoutController.isApi("/admin/reindex", "text/html"));
        assertTrue(FoutController.isApi("/actuator/health", null));
        assertTrue(FoutController.isApi("/bestaat-niet", "application/json"));
        assertFalse(FoutController.isApi("/admin", "text/html"), "the admin page is a page");
        assertFalse(FoutController.isApi("/admin/", "text/html"), "the admin page is a page");
        assertFalse(FoutController.isApi("/bestaat-niet", "*/*"));
        assertFalse(FoutController.isApi("/bestaat-niet", "text/html, application/json"));
        assertFalse(FoutController.isApi("/bestaat-niet", "geen; mediatype,,"));
    }
}
