package org.sigti.procedure.backup;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.backup.BackupSchedules;
import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.03.01 (MINDEF, Peru): configuration backups of the switching equipment and the telephone exchange, one case
 * per scheduled date. Steps 1–3, the annual cronograma (SGSI-FOR-026), are written, signed and noted once a year in
 * {@link S04030301Cronograma}; each date of the backup schedule opens a case at SIGTI's step 4.S, and steps 4–9 run
 * per date; step 8 records the row of the Inventario de configuraciones de activos switch y router (Formato N°02
 * SGSI-FOR-040) as a backup copy. procedures.md E14.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR})
public class S04030301 extends BackupProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.03.01";
    private static final String INFRA = "INFRA";

    static final ProcedureDefinition FLOW = build();

    private static ProcedureDefinition build() {
        ProcedureDefinition.Builder<S04030301> b = ProcedureDefinition.builder(S04030301.class, CODE, "MINDEF (Perú)",
                Text.of("Generación de respaldo de configuración de equipos de conmutación y de configuración de"
                        + " central telefónica del MINDEF", "Backing up the configuration of MINDEF's switching"
                        + " equipment and telephone exchange"))
            .step("4.S", of("Abrir la fecha programada del cronograma anual (calendario de SIGTI)",
                    "Open the scheduled date of the annual schedule (SIGTI's calendar)")).by("SIGTI", "JEFATURA")
                .hint("Paso de SIGTI: el cronograma anual (pasos 1 a 3) se firma y se toma conocimiento una vez al año"
                        + " en " + S04030301Cronograma.CODE + "; llegada cada fecha, el calendario de respaldo abre el"
                        + " caso aquí.", "SIGTI's step: the annual schedule (steps 1 to 3) is signed and noted once a"
                        + " year in " + S04030301Cronograma.CODE + "; on each date the backup calendar opens the case"
                        + " here.").next("4")
            .step("4", of("En la fecha programada, solicitar a la mesa de ayuda la creación del ticket",
                    "On the scheduled date, ask the help desk to create a ticket")).by(Roles.TECNICO, INFRA).next("5")
            .step("5", of("Crear el ticket de inicio de actividad", "Create the activity-start ticket"))
                .by(Roles.OPERADOR, "MESA").output("Ticket")
                .field(FieldDefinition.text("ticket", of("Número de ticket", "Ticket number"), true)).next("6")
            .step("6", of("Ingresar al sistema de la central telefónica; verificar configuración, fecha,"
                    + " disponibilidad y funcionamiento de los equipos", "Log in to the telephone-exchange system;"
                    + " check configuration, date, availability and operation")).by(Roles.TECNICO, INFRA).next("7")
            .step("7", of("Identificar las aplicaciones y respaldar la configuración en la ruta de red de los equipos"
                    + " de conmutación", "Identify the applications and back up the configuration to the network"
                    + " path")).by(Roles.TECNICO, INFRA).output("Archivos de configuración").next("8");
        return BackupSteps.copyFields(b.step("8", of("Registrar la fecha y los nombres de los archivos copiados en el"
                    + " Inventario de configuraciones de activos switch y router (Formato N°02)", "Record the date and"
                    + " names of the copied files in the configuration inventory (Form 02)"))
                    .by(Roles.TECNICO, INFRA).output("Fila del Inventario de configuraciones (SGSI-FOR-040)"), true)
                .next("9")
            .step("9", of("Cerrar el ticket", "Close the ticket")).by(Roles.TECNICO, INFRA).output("Ticket cerrado")
                .end("cerrar", of("Cerrar el ticket", "Close the ticket"), "SOLVED").then()
            .onComplete(BackupProcedure::registerCopy, java.util.List.of("8"))
            .onEnd(BackupProcedure::closeTask)
            .openedBy(BackupSchedules.OPENER)
            .build();
    }

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
