package org.sigti.procedure.backup;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * SEPREM-DI-008.3 (SEPREM, Guatemala): infrastructure backups (servers, configuration files, firewall, telephone
 * exchange, network equipment). Same steps as SEPREM-DI-008.2, by the Departamento de Infraestructura.
 * procedures.md C11.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class SepremDi0083 extends BackupProcedure implements ProcedureFlow {

    public static final String CODE = "SEPREM-DI-008.3";
    static final String QUEUE = "DI-INFRA";

    static final ProcedureDefinition FLOW = BackupSteps.seprem(SepremDi0083.class, CODE, "Copia de respaldo de Infraestructura",
            "Infrastructure backups", QUEUE, "Jefe de Infraestructura", "Analista de Infraestructura",
            Text.of("Dirigirse a los componentes a respaldar y verificar el estado de los servicios",
                    "Go to the components to back up and check the services' status"));

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
