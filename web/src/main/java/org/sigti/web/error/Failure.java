package org.sigti.web.error;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;

import org.primefaces.csp.CspException;
import org.sigti.db.DatabaseFailures;
import org.sigti.security.AccessDeniedException;
import org.sigti.workflow.BusinessException;
import org.sigti.workflow.NotFoundException;

/**
 * What an error page tells about a failed request, the same for the container's error page ({@link ErrorPageServlet})
 * and the one an ajax request gets in place ({@link ErrorHandling}): its kind (the key of its title and text in
 * {@code errors.properties}) and status. Only an unexpected failure gets a reference, logged with its stack trace
 * ({@link #logged}), which the person can quote to the help desk.
 *
 * @param kind     {@code expired}, {@code session}, {@code refused}, or the status the page is named after
 * @param status   the HTTP status of the answer
 * @param denial   the access denial behind a 403, or null
 * @param refusal  the business refusal the page says in words, or null
 */
record Failure(String kind, int status, Throwable denial, BusinessException refusal) {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    /** Sorts an exception (null for a plain status) and the status the container reported. */
    static Failure of(Throwable exception, int status) {
        Throwable denial = cause(exception, AccessDeniedException.class, EJBAccessException.class);
        if (denial != null) {
            return new Failure("403", 403, denial, null);
        }
        // PrimeFaces' CSP mode refuses a post whose nonce is not the page's: forged, or from a page of an ended
        // session, as a view state SIGTI does not know
        if (cause(exception, ViewExpiredException.class, CspException.class) != null) {
            return new Failure("expired", 400, null, null);
        }
        // an id that names nothing (typed, forged, or of something removed): a page that does not exist
        if (cause(exception, NotFoundException.class) != null) {
            return new Failure("404", 404, null, null);
        }
        if (DatabaseFailures.unavailable(exception)) {
            return new Failure("503", 503, null, null);
        }
        // a refusal the page could not show beside the form (a page opened by link, a failure while rendering)
        BusinessException refusal = (BusinessException) cause(exception, BusinessException.class);
        if (refusal != null) {
            return new Failure("refused", 409, null, refusal);
        }
        if (exception != null) {
            return new Failure("500", 500, null, null);
        }
        String kind = switch (status) {
            case 400 -> "400";
            case 401, 403 -> "403";
            case 404, 405 -> "404";
            case 413 -> "413";
            case 503 -> "503";
            default -> "500";
        };
        return new Failure(kind, status == 401 ? 403 : status, null, null);
    }

    /** Whether this is a failure of SIGTI itself, which the log must carry with a reference. */
    boolean unexpected() {
        return "500".equals(kind);
    }

    /** Logs an unexpected failure with its stack trace under a new reference, and answers the reference. */
    static String logged(Throwable failure, int status, String uri) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, failure, () -> "Error " + reference + " (" + status + ") on " + uri);
        return reference;
    }

    @SafeVarargs
    static Throwable cause(Throwable exception, Class<? extends Throwable>... types) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }
}
