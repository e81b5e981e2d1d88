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
 * S04.03.03.01 (MINDEF, Peru): configuration backups of the switching equipment and the telephone exchange. Steps
 * 1–3 are the annual schedule (SGSI-FOR-026), written, signed and noted once: in SIGTI the schedule, so each
 * scheduled date opens a case with step 3 completed by SIGTI. Steps 4–9 run per date; step 8 records the row of the
 * Inventario de configuraciones de activos switch y router (Formato N°02 SGSI-FOR-040) as a backup copy.
 * procedures.md E14.
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
            .step("1", of("Definir, elaborar y enviar el cronograma anual de respaldo de la configuración (Formato"
                    + " N°01)", "Write and send the annual configuration backup schedule (Form 01)"))
                .by(Roles.TECNICO, INFRA).output("Cronograma anual (SGSI-FOR-026)").next("2")
            .step("2", of("Revisar, firmar y autorizar el cronograma; enviarlo al Jefe",
                    "Review, sign and authorize the schedule; send it to the Jefe")).by(Roles.RESPONSABLE, INFRA)
                .output("Cronograma firmado").next("3")
            .step("3", of("Tomar conocimiento del cronograma", "Take note of the schedule")).by(Roles.JEFE, "JEFATURA")
                .next("4")
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
            .startsAt("3")
            .build();
    }

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }
}
