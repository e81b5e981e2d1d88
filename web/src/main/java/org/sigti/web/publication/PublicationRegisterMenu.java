package org.sigti.web.publication;

import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.sigti.publication.PublicationRegister;
import org.sigti.security.Roles;

/**
 * Whether the navigation offers the registro interno de publicaciones: to the readers {@link PublicationRegister}
 * lets through. Asked once per request.
 */
@Named
@RequestScoped
public class PublicationRegisterMenu {

    @EJB
    private PublicationRegister register;

    private Boolean offered;

    public boolean isOffered() {
        if (offered == null) {
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            offered = context.getUserPrincipal() != null && Stream.of(Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO,
                    Roles.OPERADOR, Roles.AUDITOR).anyMatch(context::isUserInRole) && register.isCallers();
        }
        return offered;
    }
}
