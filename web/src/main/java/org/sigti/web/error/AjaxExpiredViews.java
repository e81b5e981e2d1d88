package org.sigti.web.error;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;

import org.sigti.security.SecurityEvents;

/**
 * An ajax action on a page whose view SIGTI no longer knows (the session expired, or the view state was forged) gets
 * the same "La página expiró" page a full post gets (web.xml's error page for {@link ViewExpiredException}), recorded
 * the same way. Without this the container's error page never applies to an ajax request: Faces answers a partial
 * error that the browser ignores, and the person's click silently does nothing (issue 18, issue 19).
 */
public class AjaxExpiredViews extends ExceptionHandlerFactory {

    public AjaxExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** Redirects an ajax request whose view expired; everything else goes on to the wrapped handler. */
    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
                for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                        events.hasNext();) {
                    if (expired(events.next().getContext().getException())) {
                        events.remove();
                        redirect(faces);
                        break;
                    }
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void redirect(FacesContext faces) {
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
    }
}
