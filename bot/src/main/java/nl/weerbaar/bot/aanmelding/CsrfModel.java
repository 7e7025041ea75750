package nl.weerbaar.bot.aanmelding;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page's template the CSRF token as {@code csrf} (templates {@code
 * aanmelding/csrf.jte}: the hidden field in each form). Null without sign-in: then no filter issues
 * one and the forms are as before.
 */
@ControllerAdvice
class CsrfModel {
    @ModelAttribute("csrf")
    CsrfToken csrf(HttpServletRequest request) {
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token : null;
    }
}
