package org.sigti.api;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.security.SecurityEvents;

/**
 * The body of WildFly's 401 (web.xml {@code error-page}): the OIDC mechanism refuses a request without a valid bearer
 * token before any resource runs, with {@code WWW-Authenticate: Bearer}; this page makes its body a problem detail
 * like every other refusal of the API instead of the server's HTML. The refusal is recorded as a security event (user
 * {@code anonymous}, the method and path, the client's address), as the API's 403s are.
 */
@WebServlet("/problem/unauthorized")
public class UnauthorizedPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient SecurityEvents securityEvents;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        securityEvents.accessDenied(request.getMethod() + " " + uri, null, null, request.getRemoteAddr(),
                "no valid bearer token (401)");
        Problem problem = Problems.of(Problems.locale(request.getHeader("Accept-Language")), 401, "unauthorized",
                Problems.text(Problems.locale(request.getHeader("Accept-Language")), "problem.unauthorized.detail"),
                uri == null ? null : uri.toString(), null, null);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try (Jsonb json = JsonbBuilder.create()) {
            response.getWriter().write(json.toJson(problem));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
