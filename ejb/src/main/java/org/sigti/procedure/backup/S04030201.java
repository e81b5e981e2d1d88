package org.sigti.procedure.backup;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.backup.BackupRecords;
import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.02.01 (MINDEF, Peru): backing up information. Steps 1–2 are the annual schedule (Formato N°01 SGSI-FOR-026),
 * written and signed once: in SIGTI the schedule a Responsable defines, so a firing opens the case with step 2
 * completed by SIGTI on the schedule owner's behalf. Step 3 ◆ DB copy → 4 (daily check; error → 5), common information
 * → 6 (storage check; error → 7; persisting → vendor 8–10); all end at 11, the status e-mail. The semiannual report
 * (12–14) is a case of its own, not one per run. procedures.md E12 (the "9" of step 4 is read as 11, F3).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class S04030201 implements ProcedureFlow {

    public static final String CODE = "S04.03.02.01";
    private static final String INFRA = "INFRA";

    static final ProcedureDefinition FLOW = build();

    private static ProcedureDefinition build() {
        ProcedureDefinition.Builder b = ProcedureDefinition.builder(CODE, "MINDEF (Perú)",
                Text.of("Generación de copias de respaldo de la información", "Backing up information"))
            .mailTemplates("org.sigti.procedure.backup.mail")
            .step("1", of("Definir, elaborar y enviar el cronograma anual de copias de respaldo (Formato N°01)",
                    "Write and send the annual backup schedule (Form 01)")).by(Roles.TECNICO, INFRA)
                .output("Cronograma anual (SGSI-FOR-026)").next("2")
            .step("2", of("Revisar, firmar y autorizar el cronograma", "Review, sign and authorize the schedule"))
                .by(Roles.RESPONSABLE, INFRA).output("Cronograma firmado").next("3")
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
                .decide("resuelto", of("Resuelto", "Solved"), "11")
                .decide("persiste", of("El error persiste", "The error persists"), "8").then()
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
            .startsAt("2")
            .build();
    }

    @Inject
    BackupRecords records;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    @Override
    public void onTransition(Transition t) {
        records.onMindefBackupTransition(t, FLOW);
    }
}
