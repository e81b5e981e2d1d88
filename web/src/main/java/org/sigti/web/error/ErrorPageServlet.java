package org.sigti.web.error;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.db.DatabaseFailures;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.SecurityEvents;
import org.sigti.web.i18n.ApplicationBundle;
import org.sigti.web.security.IdentityProviderStatus;
import org.primefaces.csp.CspException;
import org.sigti.workflow.NotFoundException;

/**
 * The error page for every error the container reports (web.xml {@code error-page}): a short page in the user's
 * language (Spanish first) with no stack trace, no class names and no hint of what exists. Unexpected exceptions
 * are logged with a reference the user can quote to the help desk. A form posted with a view state SIGTI does not know
 * (the page expired with the session, or the state was forged) gets "la página expiró" (400), recorded as a security
 * event. Plain servlet on purpose: it must work when
 * Faces, the database or the identity provider is what failed.
 */
@WebServlet("/error/*")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final String BUNDLE = "org.sigti.web.i18n.errors";
    /** Where an expired ajax view is sent ({@link AjaxExpiredViews}), recorded already: the "page expired" page. */
    static final String EXPIRED = "/error/expired";

    @Inject
    private IdentityProviderStatus identityProvider;

    @EJB
    private SecurityEvents securityEvents;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Throwable denial = cause(exception, AccessDeniedException.class, EJBAccessException.class);
        boolean redirected = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null
                && "/expired".equals(request.getPathInfo());
        // PrimeFaces' CSP mode refuses a post whose nonce is not the page's: forged, or from a page of an ended
        // session, as a view state SIGTI does not know
        boolean expired = redirected || cause(exception, ViewExpiredException.class, CspException.class) != null;
        // an id that names nothing (typed, forged, or of something removed): a page that does not exist
        boolean notFound = denial == null && !expired && cause(exception, NotFoundException.class) != null;
        boolean databaseDown = denial == null && !expired && !notFound && databaseUnavailable(exception);
        int status = denial != null ? HttpServletResponse.SC_FORBIDDEN
                : expired ? HttpServletResponse.SC_BAD_REQUEST
                : notFound ? HttpServletResponse.SC_NOT_FOUND
                : databaseDown ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : status(request);
        if (databaseDown) {
            // not a defect of SIGTI: one line, and the page users see while the database is away
            LOG.warning(() -> "SIGTI: the database did not answer for " + request.getAttribute(
                    RequestDispatcher.ERROR_REQUEST_URI) + "; /sigti/health/ready says DOWN until it does");
        }
        if (expired && !redirected) {
            // no screen posts a view state SIGTI does not know: it expired with the session, or was forged
            securityEvents.malformed(request.getMethod() + " " + request.getAttribute(
                    RequestDispatcher.ERROR_REQUEST_URI), request.getRemoteAddr(), cause(exception,
                            CspException.class) != null ? "nonce CSP ajeno a la página" : "vista expirada o desconocida");
        }
        if (status == HttpServletResponse.SC_FORBIDDEN && request.getUserPrincipal() != null
                && !(denial instanceof AccessDeniedException)) {
            // denials by URL constraint or @RolesAllowed; services record their own object-level denials
            String action = request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            securityEvents.accessDenied(action, null, null, request.getRemoteAddr(),
                    denial == null ? null : denial.getMessage());
        }
        Throwable failure = denial == null && !expired && !notFound && !databaseDown ? exception : null;
        String reference = null;
        if (failure != null || status >= 500 && status != HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            reference = UUID.randomUUID().toString().substring(0, 8);
            String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            String id = reference;
            LOG.log(Level.SEVERE, failure, () -> "Error " + id + " (" + status + ") on " + uri);
        }
        String kind = expired ? "expired" : switch (status) {
            case 400 -> "400";
            case 401, 403 -> "403";
            case 404, 405 -> "404";
            case 413 -> "413";
            case 503 -> "503";
            default -> "500";
        };
        Locale locale = locale(request);
        ResourceBundle text = ApplicationBundle.forLocale(BUNDLE, locale);
        response.setStatus(status == 401 ? 403 : status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>SIGTI - " + text.getString("error." + kind + ".title") + "</title>");
        out.println("<style>body{font-family:system-ui,sans-serif;background:#f4f6f8;color:#1f2d3d;margin:0}"
                + "main{max-width:40rem;margin:10vh auto;background:#fff;padding:2rem;border-radius:8px;"
                + "box-shadow:0 1px 4px rgba(0,0,0,.1)}h1{font-size:1.4rem}a{color:#0b5cad}"
                + ".ref{color:#5a6b7b;font-size:.9rem}</style></head><body><main>");
        out.println("<h1 id=\"error-title\">" + text.getString("error." + kind + ".title") + "</h1>");
        out.println("<p id=\"error-text\">" + text.getString("error." + kind + ".text") + "</p>");
        if (reference != null) {
            out.println("<p class=\"ref\" id=\"error-reference\">" + text.getString("error.reference") + " "
                    + reference + "</p>");
        }
        out.println("<p><a href=\"" + request.getContextPath() + "/\">" + text.getString("error.home") + "</a></p>");
        out.println("</main></body></html>");
    }

    /** Whether a failure comes from the database not answering ({@link DatabaseFailures}). */
    static boolean databaseUnavailable(Throwable exception) {
        return DatabaseFailures.unavailable(exception);
    }

    @SafeVarargs
    private static Throwable cause(Throwable exception, Class<? extends Throwable>... types) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    private int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        if ((status == 401 || status == 403) && request.getUserPrincipal() == null && !identityProvider.isReachable()) {
            // the login could not even start: the identity provider is down, not the user's rights
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        return status;
    }

    /** Spanish unless the browser asks for English first (without the header the server's locale would win). */
    private static Locale locale(HttpServletRequest request) {
        boolean asked = request.getHeader("Accept-Language") != null;
        return asked && "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("es");
    }
}
