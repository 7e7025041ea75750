package nl.weerbaar.bot.teams;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Puts the address of the TCP peer on every request as an attribute. {@code getRemoteAddr()} is
 * not that address behind a proxy: with {@code server.forward-headers-strategy} Tomcat's
 * RemoteIpValve (or Spring's ForwardedHeaderFilter) replaces it with what {@code X-Forwarded-For}
 * says, which any client can write. Tomcat's peer address is never replaced.
 */
final class SocketAddressValve extends ValveBase {
    static final String ATTRIBUTE = SocketAddressValve.class.getName();

    SocketAddressValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, request.getPeerAddr());
        getNext().invoke(request, response);
    }

    /** The socket's peer address, or null when the request did not pass the valve (not Tomcat). */
    static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String address ? address : null;
    }
}
