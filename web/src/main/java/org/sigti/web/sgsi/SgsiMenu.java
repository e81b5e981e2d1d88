package org.sigti.web.sgsi;

import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.sigti.security.Roles;
import org.sigti.sgsi.SgsiRegister;

/**
 * Whether the navigation offers the SGSI register: to MINDEF's people (its manual keeps it) in the roles
 * {@link SgsiRegister} lets through. Asked once per request.
 */
@Named
@RequestScoped
public class SgsiMenu {

    @EJB
    private SgsiRegister sgsiRegister;

    private Boolean register;

    /** The link to {@code /sgsi/register.xhtml}. */
    public boolean isRegister() {
        if (register == null) {
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            register = context.getUserPrincipal() != null && Stream.of(Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO,
                    Roles.AUDITOR).anyMatch(context::isUserInRole) && sgsiRegister.isCallers();
        }
        return register;
    }
}
