package org.sigti.api.procedures;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.sigti.api.Problems;
import org.sigti.security.Roles;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.Workflow;

/** {@code /procedures}: the procedures the caller may file a case in, as "Nueva solicitud" offers them. */
@Path("procedures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    /** A procedure the caller may start: its code (the {@code procedure} of {@code POST /cases}) and name. */
    public record Startable(String code, String name) {
    }

    @EJB
    Workflow workflow;

    @Inject
    Procedures procedures;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
            Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
    public List<Startable> startable() {
        var locale = Problems.locale(headers.getAcceptableLanguages());
        return workflow.startable().stream()
                .map(code -> new Startable(code, procedures.definition(code).name().in(locale))).toList();
    }
}
