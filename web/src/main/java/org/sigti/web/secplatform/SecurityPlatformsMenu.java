package org.sigti.web.secplatform;

import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.sigti.secplatform.SecurityPlatformRegister;
import org.sigti.security.Roles;

/**
 * Whether the navigation offers the register of security platforms: to MINDEF's Jefe and Auditor and to its
 * cybersecurity team, the readers {@link SecurityPlatformRegister} lets through. Asked once per request.
 */
@Named
@RequestScoped
public class SecurityPlatformsMenu {

    @EJB
    private SecurityPlatformRegister register;

    private Boolean offered;

    public boolean isOffered() {
        if (offered == null) {
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            offered = context.getUserPrincipal() != null && Stream.of(Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO,
                    Roles.AUDITOR).anyMatch(context::isUserInRole) && register.isCallers();
        }
        return offered;
    }
}
