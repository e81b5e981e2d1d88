package org.sigti.procedure.backup;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * SEPREM-DI-008.2 (SEPREM, Guatemala): database backups. Each firing of a schedule opens a case at step 2; step 3
 * registers the copy, step 7 its verification (◆ failed ↺ 3), step 8 ends with the Informe de ejecución de copias de
 * respaldo. procedures.md C10.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class SepremDi0082 extends BackupProcedure implements ProcedureFlow {

    public static final String CODE = "SEPREM-DI-008.2";
    static final String QUEUE = "DI-DESARROLLO";

    static final ProcedureDefinition FLOW = BackupSteps.seprem(SepremDi0082.class, CODE, "Copia de respaldo de bases de datos",
            "Database backups", QUEUE, "Jefe de desarrollo", "Analista de desarrollo",
            Text.of("Abrir la herramienta de administración de la base de datos y verificar el estado de los"
                    + " servicios", "Open the database administration tool and check the services' status"));

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
