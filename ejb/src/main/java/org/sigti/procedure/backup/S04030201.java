package org.sigti.procedure.backup;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.sigti.backup.BackupRecords;
import org.sigti.backup.BackupSchedules;
import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.02.01 (MINDEF, Peru): backing up information, one case per scheduled run. Steps 1–2, the annual cronograma
 * (Formato N°01 SGSI-FOR-026), are written and signed once a year in {@link S04030201Cronograma}; the backup schedule
 * opens each run at SIGTI's step 3.S and the Profesional goes on at 3 ◆ DB copy → 4 (daily check; error → 5), common
 * information → 6 (storage check; error → 7; persisting → vendor 8–10, or, with no current vendor contract, the
 * Jefatura informed at SIGTI's 7.J); all end at 11, the status e-mail. The semiannual report (12–14) is a case of its
 * own, not one per run. procedures.md E12 (the "9" of step 4 is read as 11, F3).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class S04030201 extends BackupProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.02.01";
    private static final String INFRA = "INFRA";

    static final ProcedureDefinition FLOW = build();

    private static ProcedureDefinition build() {
        ProcedureDefinition.Builder<S04030201> b = ProcedureDefinition.builder(S04030201.class, CODE, "MINDEF (Perú)",
                Text.of("Generación de copias de respaldo de la información", "Backing up information"))
            .mailTemplates("org.sigti.procedure.backup.mail")
            .step("3.S", of("Abrir la ejecución programada del cronograma anual (calendario de SIGTI)",
                    "Open the scheduled run of the annual schedule (SIGTI's calendar)")).by("SIGTI", "JEFATURA")
                .hint("Paso de SIGTI: el cronograma anual (pasos 1 y 2) se firma una vez al año en "
                        + S04030201Cronograma.CODE + "; en cada fecha programada el calendario de respaldo abre la"
                        + " ejecución aquí.", "SIGTI's step: the annual schedule (steps 1 and 2) is signed once a year"
                        + " in " + S04030201Cronograma.CODE + "; on each scheduled date the backup calendar opens the"
                        + " run here.").next("3")
            .step("3", of("Programar las copias de archivos, servidores y bases de datos en el software de respaldo",
                    "Schedule the backups of files, servers and databases in the backup software"))
                .by(Roles.TECNICO, INFRA).output("Trabajos de respaldo")
                .decide("base_datos", of("Copia de base de datos", "Database copy"), "4")
                .decide("informacion_comun", of("Información común", "Common information"), "6").then();
        b = BackupSteps.copyFields(b.step("4", of("Verificar diariamente (notificación recibida) que las copias se"
                + " realizaron en los discos locales", "Check daily (notification received) that the backups were"
                + " made on the local disks")).by(Roles.TECNICO, INFRA).output("Verificación diaria"), false)
                .decide(BackupRecords.NO_ERROR, of("Sin error", "No error"), "11")
                .decide(BackupRecords.ERROR, of("Con error", "Error"), "5").then();
        b = BackupSteps.copyFields(b.step("5", of("Corregir el problema y ejecutar la copia de la base de datos"
                + " manualmente", "Fix the problem and run the database backup by hand")).by(Roles.TECNICO, INFRA)
                .output("Copia manual"), true).next("11");
        b = BackupSteps.copyFields(b.step("6", of("Verificar con la herramienta de storage que las copias programadas"
                + " concluyeron correctamente", "Check with the storage tool that the scheduled backups completed"))
                .by(Roles.TECNICO, INFRA).output("Verificación"), false)
                .decide(BackupRecords.NO_ERROR, of("Sin error", "No error"), "11")
                .decide(BackupRecords.ERROR, of("Con error", "Error"), "7").then();
        return b.step("7", of("Corregir y volver a ejecutar la copia en horario sin impacto; si persiste, verificar si"
                    + " hay contrato vigente con el proveedor", "Fix and rerun the job at non-impacting hours; if the"
                    + " error persists, check the vendor contract")).by(Roles.TECNICO, INFRA)
                .field(FieldDefinition.longText("accion", of("Acciones realizadas", "Actions taken"), true))
                .hint("Si el error persiste, valide si hay contrato vigente con el proveedor del sistema de respaldo:"
                        + " con contrato se coordina con su soporte (8); sin contrato se informa a la Jefatura de la"
                        + " OGTIE (7.J).", "If the error persists, check whether there is a current contract with the"
                        + " backup-system vendor: with one, arrange it with their support (8); without one, inform the"
                        + " OGTIE head (7.J).")
                .decide("resuelto", of("Resuelto", "Solved"), "11")
                .decide("persiste", of("El error persiste: hay contrato vigente con el proveedor",
                        "The error persists: there is a current vendor contract"), "8")
                .decide("sin_contrato", of("El error persiste y no hay contrato vigente: informar a la Jefatura",
                        "The error persists and there is no current contract: inform the Jefatura"), "7.J").then()
            .step("7.J", of("Tomar conocimiento de que no hay contrato vigente con el proveedor y disponer las acciones"
                    + " pertinentes", "Take note that there is no current vendor contract and order the relevant"
                    + " actions")).by(Roles.JEFE, "JEFATURA").output("Acciones dispuestas por la Jefatura")
                .hint("Paso de SIGTI: el manual (paso 7) dice que, sin contrato vigente, se informa a la Jefatura de"
                        + " la OGTIE para que tome las acciones pertinentes; aquí la Jefatura las registra.",
                        "SIGTI's step: the manual (step 7) says that, without a current contract, the OGTIE head is"
                        + " informed to take the relevant actions; here the head records them.")
                .field(FieldDefinition.longText("acciones_jefatura", of("Acciones dispuestas", "Actions ordered"),
                        true))
                .decide("soporte", of("Acciones dispuestas: coordinar la corrección con el soporte especializado",
                        "Actions ordered: arrange the fix with specialized support"), "8")
                .decide("sin_soporte", of("Sin soporte posible por ahora: el Profesional envía el estado de las"
                        + " copias", "No support possible for now: the Profesional sends the backup status"), "11")
                .then()
            .step("8", of("Coordinar con el soporte especializado del proveedor la corrección; acordar fecha y hora",
                    "Arrange the fix with the vendor's support; agree date and time")).by(Roles.RESPONSABLE, INFRA)
                .output("Ticket del proveedor")
                .field(FieldDefinition.text("ticket_proveedor", of("Ticket del proveedor", "Vendor ticket"), true))
                .next("9")
            .step("9", of("Registrar al personal del proveedor en la plataforma de registro de visitas",
                    "Register the vendor staff on the visit-registration platform")).by(Roles.RESPONSABLE, INFRA)
                .output("Registro de visita").next("10")
            .step("10", of("Acompañar al contratista mientras corrige el problema de las copias programadas",
                    "Accompany the contractor while they fix the scheduled backups")).by(Roles.RESPONSABLE, INFRA)
                .next("11")
            .step("11", of("Enviar por correo el estado de las copias al coordinador de infraestructura",
                    "E-mail the backup status to the infrastructure coordinator")).by(Roles.TECNICO, INFRA)
                .mails("backupStatus", Recipient.role(Roles.RESPONSABLE, INFRA))
                .output("Correo de estado de las copias")
                .field(FieldDefinition.longText("estado", of("Estado de las copias", "Backup status"), true))
                .end("enviar", of("Enviar el estado y cerrar", "Send the status and close"), "SOLVED").then()
            .onComplete(BackupProcedure::registerCheckedCopy, java.util.List.of("4", "6"))
            .onComplete(BackupProcedure::registerCopy, java.util.List.of("5"))
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
