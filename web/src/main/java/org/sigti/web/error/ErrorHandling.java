package org.sigti.web.error;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIMessages;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.SecurityEvents;
import org.sigti.web.faces.Messages;
import org.sigti.workflow.BusinessException;
import org.sigti.workflow.NotFoundException;

/**
 * How Faces requests fail, the OmniFaces way (its {@link FullAjaxExceptionHandler}): so that no backing bean catches
 * errors one by one, and no ajax click fails silently (issue 19).
 * <ul>
 * <li>A refusal ({@link BusinessException}) of an action posted from a page is said on that page, in the person's
 * language, as the bean's own catch used to: the page is rendered again with the message and what was typed (an ajax
 * action re-renders the page's messages too).</li>
 * <li>A view SIGTI no longer knows, posted by ajax, is sent to the "page expired" page, recorded as a security event
 * (a full post gets it from web.xml).</li>
 * <li>Anything else failing in an ajax request replaces the page with the error page a full request gets from the
 * container ({@code /WEB-INF/errorpages/error.xhtml}, {@link ErrorPageView}): 403, 404, 503, a refusal while
 * rendering, or a failure of SIGTI with the reference the server log carries with its stack trace. A full request's
 * failure goes on to the container's error page ({@link ErrorPageServlet}).</li>
 * </ul>
 */
public class ErrorHandling extends ExceptionHandlerFactory {

    /** The error view an ajax request is answered with. */
    static final String ERROR_VIEW = "/WEB-INF/errorpages/error.xhtml";
    /** Request attribute: the {@link Failure} the error view shows. */
    static final String FAILURE = "org.sigti.web.error.failure";
    /** Request attribute: the reference of an unexpected failure, as logged. */
    static final String REFERENCE = "org.sigti.web.error.reference";

    private static final Logger LOG = Logger.getLogger(ErrorHandling.class.getName());

    public ErrorHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** OmniFaces' handler, told what SIGTI shows for each failure. */
    static final class Handler extends FullAjaxExceptionHandler {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        protected boolean shouldHandleExceptionRootCause(FacesContext context, Throwable exception) {
            boolean ajax = context.getPartialViewContext().isAjaxRequest();
            if (ajax && Failure.cause(exception, ViewExpiredException.class) != null) {
                expired(context);
                return false;
            }
            BusinessException refusal = (BusinessException) Failure.cause(exception, BusinessException.class);
            if (refusal != null && !(refusal instanceof NotFoundException) && context.isPostback()
                    && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                Messages.refused(refusal, field -> null);
                context.validationFailed();
                if (ajax && !context.getPartialViewContext().isRenderAll()) {
                    renderMessages(context);
                }
                context.renderResponse();
                return false;
            }
            return true;
        }

        @Override
        protected String findErrorPageLocation(FacesContext context, Throwable exception) {
            return ERROR_VIEW;
        }

        /** Decides what the error view shows, records a denial, and logs an unexpected failure with its reference. */
        @Override
        protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            String action = request.getMethod() + " " + request.getRequestURI() + " (ajax)";
            if (reason == LogReason.ERROR_PAGE_ERROR) {
                Failure.logged(exception, 500, action + ", while showing the error page");
                return;
            }
            Failure failure = Failure.of(exception, 500);
            request.setAttribute(FAILURE, failure);
            if (failure.unexpected()) {
                request.setAttribute(REFERENCE, Failure.logged(exception, 500, action));
            } else if ("503".equals(failure.kind())) {
                LOG.warning(() -> "SIGTI: the database did not answer for " + action
                        + "; /sigti/health/ready says DOWN until it does");
            } else if ("403".equals(failure.kind()) && !(failure.denial() instanceof AccessDeniedException)) {
                // @RolesAllowed refused the call; services record their own object-level denials
                CDI.current().select(SecurityEvents.class).get().accessDenied(action, null, null,
                        request.getRemoteAddr(), failure.denial().getMessage());
            }
        }

        private static void expired(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            CDI.current().select(SecurityEvents.class).get().malformed("POST " + request.getRequestURI() + " (ajax)",
                    request.getRemoteAddr(), "vista expirada o desconocida");
            try {
                external.redirect(external.getRequestContextPath() + ErrorPageServlet.EXPIRED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        /** The page's message lists join what the ajax action re-renders, so that the refusal shows. */
        private static void renderMessages(FacesContext context) {
            Collection<String> render = context.getPartialViewContext().getRenderIds();
            context.getViewRoot().visitTree(VisitContext.createVisitContext(context, null,
                    java.util.EnumSet.of(VisitHint.SKIP_UNRENDERED)), (visit, component) -> {
                        if (component instanceof UIMessages) {
                            render.add(component.getClientId(context));
                            return VisitResult.REJECT;
                        }
                        return VisitResult.ACCEPT;
                    });
        }
    }
}
