package org.sigti.web.error;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.primefaces.csp.CspException;
import org.sigti.db.DatabaseFailures;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.SecurityEvents;
import org.sigti.web.faces.Messages;
import org.sigti.web.i18n.ApplicationBundle;
import org.sigti.web.security.IdentityProviderStatus;

/**
 * The error page for every error the container reports (web.xml {@code error-page}): a short page in the user's
 * language (Spanish first) with no stack trace, no class names and no hint of what exists. Unexpected exceptions
 * are logged with a reference the user can quote to the help desk. A form posted with a view state SIGTI does not know
 * (the page expired with the session, or the state was forged) gets "la página expiró" (400), recorded as a security
 * event. A refusal that could not be said on the page that asked (a page opened by link) is said here in words (409).
 * {@code /error/session} is where a page whose session ended sends the person ({@code resources/sigti/session.js}):
 * "la sesión expiró", with the way back to that page. Plain servlet on purpose: it must work when
 * Faces, the database or the identity provider is what failed.
 */
@WebServlet("/error/*")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final String BUNDLE = "org.sigti.web.i18n.errors";
    /** Where an expired ajax view is sent ({@link ErrorHandling}), recorded already: the "page expired" page. */
    static final String EXPIRED = "/error/expired";

    @Inject
    private IdentityProviderStatus identityProvider;

    @EJB
    private SecurityEvents securityEvents;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        boolean direct = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null;
        // where an expired ajax view is sent (ErrorHandling), recorded already; where a page whose session ended
        // sends the person (sigti/session.js): neither is an error of the request that shows it
        boolean redirected = direct && "/expired".equals(request.getPathInfo());
        boolean sessionEnded = direct && "/session".equals(request.getPathInfo());
        Failure failure = redirected ? new Failure("expired", 400, null, null)
                : sessionEnded ? new Failure("session", 200, null, null)
                : Failure.of(exception, status(request));
        int status = failure.status();
        if ("503".equals(failure.kind())) {
            // not a defect of SIGTI: one line, and the page users see while the database is away
            LOG.warning(() -> "SIGTI: the database did not answer for " + request.getAttribute(
                    RequestDispatcher.ERROR_REQUEST_URI) + "; /sigti/health/ready says DOWN until it does");
        }
        if ("expired".equals(failure.kind()) && !redirected) {
            // no screen posts a view state SIGTI does not know: it expired with the session, or was forged
            securityEvents.malformed(request.getMethod() + " " + request.getAttribute(
                    RequestDispatcher.ERROR_REQUEST_URI), request.getRemoteAddr(), Failure.cause(exception,
                            CspException.class) != null ? "nonce CSP ajeno a la página" : "vista expirada o desconocida");
        }
        if (status == HttpServletResponse.SC_FORBIDDEN && request.getUserPrincipal() != null
                && !(failure.denial() instanceof AccessDeniedException)) {
            // denials by URL constraint or @RolesAllowed; services record their own object-level denials
            String action = request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            securityEvents.accessDenied(action, null, null, request.getRemoteAddr(),
                    failure.denial() == null ? null : failure.denial().getMessage());
        }
        String reference = failure.unexpected() ? Failure.logged(exception, status,
                String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) : null;
        Locale locale = locale(request);
        ResourceBundle text = ApplicationBundle.forLocale(BUNDLE, locale);
        String kind = failure.kind();
        String said = failure.refusal() == null ? text.getString("error." + kind + ".text")
                : Messages.format(Messages.bundle(locale), failure.refusal().messageKey(),
                        failure.refusal().messageArguments());
        String back = sessionEnded ? ErrorPageView.back(request.getContextPath(), request.getParameter("page")) : null;
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>SIGTI - " + text.getString("error." + kind + ".title") + "</title>");
        out.println("<style>" + ErrorPageView.STYLE + "</style></head><body><main>");
        out.println("<h1 id=\"error-title\">" + text.getString("error." + kind + ".title") + "</h1>");
        out.println("<p id=\"error-text\">" + escape(said) + "</p>");
        if (reference != null) {
            out.println("<p class=\"ref\" id=\"error-reference\">" + text.getString("error.reference") + " "
                    + reference + "</p>");
        }
        if (back != null) {
            out.println("<p><a id=\"error-back\" href=\"" + escape(back) + "\">" + text.getString("error.back")
                    + "</a></p>");
        }
        out.println("<p><a id=\"error-home\" href=\"" + request.getContextPath() + "/\">" + text.getString("error.home")
                + "</a></p>");
        out.println("</main></body></html>");
    }

    /** Text as HTML: the refusal's arguments are what people typed. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Whether a failure comes from the database not answering ({@link DatabaseFailures}). */
    static boolean databaseUnavailable(Throwable exception) {
        return DatabaseFailures.unavailable(exception);
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
