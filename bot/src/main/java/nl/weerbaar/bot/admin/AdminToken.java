package nl.weerbaar.bot.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Guards the admin API: every request under {@code /admin/} needs {@code Authorization: Bearer
 * <weerbaar.admin.token>} ({@link AdminToegang}); else 401, and 429 with {@code Retry-After} for
 * an address that guessed wrong too often. The page {@code /admin} itself is only the shell: it
 * asks for the token and sends it with every call.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(AdminEnabled.class)
class AdminToken implements WebMvcConfigurer, HandlerInterceptor {
    private final AdminToegang toegang;

    AdminToken(AdminToegang toegang) {
        this.toegang = toegang;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin/**").excludePathPatterns("/admin", "/admin/");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        AdminToegang.Oordeel oordeel = toegang.beoordeel(request);
        switch (oordeel.uitkomst()) {
            case GELDIG -> {
                return true;
            }
            case GEBLOKKEERD -> AdminToegang.teVeel(response, oordeel.wacht());
            default -> AdminToegang.geenToken(response);
        }
        return false;
    }
}
