package org.sigti.procedure.backup;

import org.sigti.backup.BackupRecords;
import org.sigti.backup.BackupSchedules;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/** The values the backup procedures record and the steps SEPREM's two backup procedures share word for word. */
final class BackupSteps {

    private BackupSteps() {
    }

    /** Where the backup procedures identify a copy, for the backup module. */
    static final BackupRecords.CopyFields COPY = new BackupRecords.CopyFields("archivo", "fecha_copia", "tamano_bytes",
            "sha256", "ubicaciones", "detalle_verificacion");

    /** The copy as the manuals identify it (name, date, time) plus what SIGTI checks (size, SHA-256, where). */
    static <P> ProcedureDefinition.StepBuilder<P> copyFields(ProcedureDefinition.StepBuilder<P> step, boolean required) {
        return step
                .field(FieldDefinition.text(COPY.file(), Text.of("Nombre del archivo de respaldo",
                        "Backup file name"), required))
                .field(FieldDefinition.text(COPY.takenAt(), Text.of("Fecha y hora de la copia"
                        + " (dd/mm/aaaa hh:mm)", "Date and time of the copy (dd/mm/yyyy hh:mm)"), required))
                .field(FieldDefinition.text(COPY.size(), Text.of("Tamaño (bytes)", "Size (bytes)"), required))
                .field(FieldDefinition.text(COPY.sha256(), Text.of("SHA-256 (64 caracteres hexadecimales)",
                        "SHA-256 (64 hex characters)"), required))
                .field(FieldDefinition.text(COPY.locations(), Text.of("Ubicaciones (vacío: las del"
                        + " calendario)", "Locations (empty: the schedule's)"), false));
    }

    static FieldDefinition verificationDetail() {
        return FieldDefinition.longText(COPY.verificationDetail(), Text.of("Detalle de la verificación"
                + " (obligatorio si falló)", "Verification detail (required when it failed)"), false);
    }

    /**
     * SEPREM-DI-008.2 and 008.3 (C10, C11): the jefe sets the calendar (1, completed by SIGTI when the timer fires),
     * the analista checks the services (2), runs and identifies the copy (3) and moves it to the private cloud (4)
     * and to the external device (5); the jefe safeguards the device (6), verifies the copy (7: ◆ failed ↺ 3) and
     * reports to the Dirección (8).
     */
    static <P extends BackupProcedure> ProcedureDefinition seprem(Class<P> bean, String code, String name,
            String nameEn, String queue, String jefe, String analista, Text checkServices) {
        ProcedureDefinition.Builder<P> b = ProcedureDefinition.builder(bean, code, "SEPREM (Guatemala)",
                Text.of(name, nameEn))
                .openedBy(BackupSchedules.OPENER)
                .mailTemplates("org.sigti.procedure.backup.mail")
                .step("1", Text.of("Fijar la frecuencia, calendarizar y delegar la ejecución de las copias",
                        "Set the frequency, schedule and delegate the backups")).by(Roles.RESPONSABLE, queue)
                    .hint(jefe + ": el calendario de SIGTI abre cada ejecución.",
                            jefe + ": SIGTI's schedule opens each run.")
                    .output("Calendario de copias").next("2")
                .step("2", checkServices).by(Roles.TECNICO, queue).hint(analista, analista).next("3");
        // the copy's fields are required by BackupRecords unless SIGTI's pg_dump of the schedule registered it
        return copyFields(b.step("3", Text.of("Ejecutar la copia e identificar los archivos (nombre, fecha, hora)",
                        "Run the backup and identify the files (name, date, time)")).by(Roles.TECNICO, queue)
                    .output("Archivos de respaldo")
                    .hint("Si el calendario copia su base con pg_dump, SIGTI registra la copia: continúe sin"
                            + " escribirla.", "If the schedule copies its database with pg_dump, SIGTI registers the"
                            + " copy: go on without typing it."), false).onComplete(BackupProcedure::registerCopy)
                    .next("4")
                .step("4", Text.of("Preparar el repositorio designado y trasladar los archivos (Nube privada Seprem)",
                        "Move the files to the designated repository (Seprem private cloud)"))
                    .by(Roles.TECNICO, queue).output("Copia en la nube privada").next("5")
                .step("5", Text.of("Preparar el dispositivo externo designado y trasladar los archivos",
                        "Move the files to the designated external device")).by(Roles.TECNICO, queue)
                    .output("Copia en dispositivo externo").next("6")
                .step("6", Text.of("Resguardar el dispositivo externo", "Safeguard the external device"))
                    .by(Roles.RESPONSABLE, queue).hint(jefe, jefe).next("7")
                .step("7", Text.of("Verificar la integridad y usabilidad de los archivos de respaldo",
                        "Check the integrity and usability of the backup files")).by(Roles.RESPONSABLE, queue)
                    .output("Verificación").field(verificationDetail())
                    .onComplete(BackupProcedure::verifyCopy, verificationDetail())
                    .decide(BackupRecords.VERIFIED, Text.of("Copia verificada", "Copy verified"), "8")
                    .loop(BackupRecords.FAILED, Text.of("Verificación fallida: volver a ejecutar la copia",
                            "Verification failed: run the backup again"), "3").then()
                .step("8", Text.of("Informar a la Dirección sobre la ejecución y el resguardo de las copias",
                        "Report to the Dirección on the execution and safekeeping of the backups"))
                    .by(Roles.RESPONSABLE, queue).output("Informe de ejecución de copias de respaldo")
                    .mails("backupReport", Recipient.role(Roles.JEFE, "JEFATURA"))
                    .end("informar", Text.of("Emitir el informe y cerrar", "Issue the report and close"), "SOLVED")
                    .then()
                .onEnd(BackupProcedure::closeTask)
                .build();
    }

    /** A step of a semiannual report: its code as the manual numbers it, what it says, its hint (Spanish, English). */
    record ReportStep(String code, Text text, String hintEs, String hintEn) {
    }

    /**
     * The semiannual reports of S04.03.02.01 (12–14) and S04.03.02.02 (20–22), run apart from the copies and restores:
     * SIGTI opens the case with the semester's figures attached ({@code open}), the Profesional writes the report
     * ({@code write}, its text required), the infrastructure coordinator validates it or sends it back
     * ({@code review} ↺ write) and the Jefe takes note ({@code note}).
     */
    static ProcedureDefinition semesterReport(String code, Text name, String queue, ReportStep open,
            ReportStep write, String output, Text report, ReportStep review, ReportStep note) {
        return ProcedureDefinition.builder(code, "MINDEF (Perú)", name)
                .step(open.code(), open.text()).by("SIGTI", "JEFATURA").hint(open.hintEs(), open.hintEn())
                    .next(write.code())
                .step(write.code(), write.text()).by(Roles.TECNICO, queue).output(output)
                    .hint(write.hintEs(), write.hintEn())
                    .field(FieldDefinition.longText("informe", report, true)).next(review.code())
                .step(review.code(), review.text()).by(Roles.RESPONSABLE, queue)
                    .hint(review.hintEs(), review.hintEn())
                    .decide("validar", Text.of("Validar y remitir al Jefe", "Validate and forward to the Jefe"),
                            note.code())
                    .loop("devolver", Text.of("Observar: devolver al Profesional", "Observe: back to the Profesional"),
                            write.code()).then()
                .step(note.code(), note.text()).by(Roles.JEFE, "JEFATURA").hint(note.hintEs(), note.hintEn())
                    .end("tomar_nota", Text.of("Tomar conocimiento", "Take note"), "NOTED").then()
                .build();
    }
}
