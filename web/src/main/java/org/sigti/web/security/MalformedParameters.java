package org.sigti.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.security.SecurityEvents;

/**
 * A page opened with a parameter it does not take ({@code case.xhtml?id=abc}, {@code register.xhtml?year=x}) answers
 * 404 like a page that does not exist, and the request is kept as a security event: no screen builds such a link,
 * so someone typed or forged it. Without this, Faces renders the page with its backing bean never loaded (its
 * f:viewAction does not run after a failed conversion), which ends in a 500. Only a GET's view parameters: a form's
 * bad input is the form's to report, in the person's language, next to the field.
 */
public class MalformedParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed() || faces.getResponseComplete()) {
            return;
        }
        UIViewRoot view = faces.getViewRoot();
        List<String> refused = ViewMetadata.getViewParameters(view).stream().filter(p -> !p.isValid())
                .map(UIViewParameter::getName).toList();
        if (refused.isEmpty()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Map<String, String> given = external.getRequestParameterMap();
        String detail = refused.stream().map(name -> name + "=" + given.get(name))
                .collect(Collectors.joining("&", "parámetros no válidos: ", ""));
        SecurityEvents events = CDI.current().select(SecurityEvents.class).get();
        events.malformed("GET " + request.getRequestURI(), request.getRemoteAddr(), detail);
        try {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the conversion
    }
}
