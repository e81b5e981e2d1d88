package org.sigti.api;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.sigti.db.DatabaseFailures;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.IdempotentFiling;
import org.sigti.workflow.WorkflowException;

/**
 * Every failure of a request as a problem detail ({@link Problems}): the kernel's refusals of bad input as 400 with
 * what is wrong per field; denials as 403, recorded as security events (the services record their own object-level
 * denials, {@link AccessDeniedException}; a {@code @RolesAllowed} refusal of a service is recorded here, as the
 * screens' error page does); unknown paths, methods and media types as 404, 405, 415 and 406; a database that does
 * not answer as 503; anything else as 500 with a reference that the log's stack trace carries.
 */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Inject
    HttpServletRequest request;

    @EJB
    SecurityEvents securityEvents;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        Locale locale = Problems.locale(request.getHeader("Accept-Language"));
        String instance = request.getRequestURI();
        if (e instanceof ApiInputException input) {
            return Problems.response(input.kind() == null ? Problems.invalid(locale, input.fields(), instance)
                    : Problems.of(locale, 400, input.kind(), instance));
        }
        if (e instanceof WorkflowException refused) {
            return Problems.response(problem(locale, refused, instance));
        }
        if (e instanceof AccessDeniedException) {
            return Problems.response(Problems.of(locale, 403, "forbidden", instance)); // recorded by the service
        }
        if (e instanceof EJBAccessException) {
            securityEvents.accessDenied(request.getMethod() + " " + instance, null, null, request.getRemoteAddr(),
                    e.getMessage());
            return Problems.response(Problems.of(locale, 403, "forbidden", instance));
        }
        if (e instanceof IdempotentFiling.KeyInUse) {
            return Problems.response(Problems.of(locale, 409, "idempotency-busy", instance));
        }
        if (e instanceof JsonException) {
            return Problems.response(Problems.of(locale, 400, "malformed", instance));
        }
        if (e instanceof WebApplicationException web) {
            return Problems.response(Problems.of(locale, web.getResponse().getStatus(), kind(web), instance));
        }
        if (DatabaseFailures.unavailable(e)) {
            LOG.warning(() -> "SIGTI: the database did not answer for " + request.getMethod() + " " + instance);
            return Problems.response(Problems.of(locale, 503, "unavailable", instance));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, thrown, () -> "Error " + reference + " (500) on " + request.getMethod() + " " + instance);
        return Problems.response(Problems.of(locale, 500, "internal", Problems.text(locale, "problem.internal.detail"),
                instance, null, reference));
    }

    private static Problem problem(Locale locale, WorkflowException refused, String instance) {
        if (!refused.fieldProblems().isEmpty()) {
            return Problems.invalid(locale, refused.fieldProblems(), instance);
        }
        return switch (refused.messageKey()) {
            case "workflow.procedure.unknown" -> Problems.invalid(locale, Map.of("procedure", refused.messageKey()),
                    instance);
            case "api.idempotency.reused" -> Problems.of(locale, 422, "idempotency-reused", instance);
            default -> Problems.of(locale, 409, "conflict", null, instance, null, null);
        };
    }

    private static String kind(WebApplicationException web) {
        if (web instanceof NotFoundException) {
            return "not-found";
        }
        if (web instanceof NotAllowedException) {
            return "method";
        }
        if (web instanceof NotSupportedException) {
            return "media-type";
        }
        if (web instanceof NotAcceptableException) {
            return "not-acceptable";
        }
        int status = web.getResponse().getStatus();
        return status == 401 ? "unauthorized" : status == 403 ? "forbidden" : status < 500 ? "malformed"
                : "internal";
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while (e instanceof EJBException && e.getCause() != null && !(e instanceof EJBAccessException)) {
            e = e.getCause();
        }
        return e;
    }
}
