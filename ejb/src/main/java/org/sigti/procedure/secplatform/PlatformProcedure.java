package org.sigti.procedure.secplatform;

import static org.sigti.workflow.flow.Text.of;

import jakarta.inject.Inject;

import org.sigti.secplatform.SecurityPlatform;
import org.sigti.secplatform.SecurityPlatformBackup;
import org.sigti.secplatform.SecurityPlatforms;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * What S04.04.00.01 and its monthly backup case ({@link S04040001}, {@link S04040001M}) share: the platform a case is
 * about (recorded by step 1, or by the calendar when it opens the month's backup), and the backup branch, steps 10 to
 * 12, as the manual writes it: the Técnico Informático Especialista backs the platform up and stores it on the virtual
 * server (10) and writes the Informe de generación de back up to the cybersecurity coordinator (11); the coordinator
 * reviews it and takes note (12), or returns observations to the técnico for correction (↺ 11, a new informe).
 */
abstract class PlatformProcedure extends DeclaredProcedure {

    static final String CIBER = SecurityPlatforms.TEAM;
    static final String CHIEF = "JEFATURA";
    /** The platform's code: step 1's, or the calendar's. */
    static final FieldDefinition PLATFORM = FieldDefinition.text("plataforma", Text.of("Código de la plataforma"
            + " (p. ej. FW-01)", "Platform code (e.g. FW-01)"), true);
    static final FieldDefinition BACKUP_FILE = FieldDefinition.text("archivo_backup", Text.of("Archivo del back up",
            "Backup file"), true);
    static final FieldDefinition BACKUP_LOCATION = FieldDefinition.text("ubicacion_backup", Text.of("Servidor virtual"
            + " y ruta donde se almacena", "Virtual server and path where it is stored"), true);
    static final FieldDefinition BACKUP_REPORT = FieldDefinition.longText("informe_backup", Text.of("Informe de"
            + " generación de back up: resultado y observaciones", "Backup report: result and remarks"), true);
    static final String TAKE_NOTE = "tomar_conocimiento";
    static final String OBSERVE = "con_observaciones";

    @Inject
    SecurityPlatforms platforms;

    @Inject
    PlatformReports reports;

    /** Steps 10 to 12, the same in both declarations. */
    static <P extends PlatformProcedure> ProcedureDefinition.Builder<P> backupSteps(
            ProcedureDefinition.Builder<P> flow) {
        return flow
            .step("10", of("Generar el back up de la plataforma (mensual) y almacenarlo en el servidor virtual",
                    "Back up the platform (monthly) and store it on the virtual server")).by(Roles.TECNICO, CIBER)
                .output("Back up mensual").field(BACKUP_FILE).field(BACKUP_LOCATION)
                .onComplete(PlatformProcedure::recordBackup, BACKUP_FILE, BACKUP_LOCATION).next("11")
            .step("11", of("Elaborar el Informe de generación de back up y remitirlo al responsable de la coordinación"
                    + " del equipo de ciberseguridad (SISTRADOC)", "Write the Informe de generación de back up and"
                    + " send it to the cybersecurity coordinator (SISTRADOC)")).by(Roles.TECNICO, CIBER)
                .output("Informe de generación de back up")
                .hint("SIGTI numera, firma y remite el informe al coordinador de ciberseguridad.",
                        "SIGTI numbers, signs and sends the report to the cybersecurity coordinator.")
                .field(BACKUP_REPORT).onComplete(PlatformProcedure::reportBackup, BACKUP_REPORT).next("12")
            .step("12", of("Revisar y tomar conocimiento del informe de generación de back up",
                    "Review and take note of the backup report")).by(Roles.RESPONSABLE, CIBER)
                .hint("Si hay observaciones, escríbalas en el comentario: vuelven al técnico para su subsanación.",
                        "If there are observations, write them in the comment: they go back to the técnico.")
                .end(TAKE_NOTE, of("Tomar conocimiento", "Take note"), "SOLVED")
                .loop(OBSERVE, of("Observar: devolver al técnico para la subsanación",
                        "Observe: return to the técnico for correction"), "11")
                .on(OBSERVE, PlatformProcedure::requireObservation).then();
    }

    /** The case's platform, write-locked. */
    SecurityPlatform platformOf(Transition t) {
        String code = platforms.recorded(t.caseId(), PLATFORM.name());
        if (code == null) {
            throw new WorkflowException("secplatform.platform.unknown", "");
        }
        return platforms.get(t.actor().institutionCode(), code);
    }

    /** Step 10: the backup, made and stored. */
    void recordBackup(Transition t) {
        platforms.backupDone(t, platformOf(t), t.value(BACKUP_FILE), t.value(BACKUP_LOCATION));
    }

    /** Step 11: the Informe de generación de back up, signed by the técnico and sent to the coordinator's team. */
    void reportBackup(Transition t) {
        SecurityPlatform p = platformOf(t);
        SecurityPlatformBackup b = platforms.backupOf(t.caseId());
        String body = String.join("\n\n",
                "Se informa la generación del back up de la plataforma de seguridad informática " + p.getName() + " ("
                        + p.getCode() + "), correspondiente al mes " + (b == null ? "" : b.getPeriod()) + ".",
                "Archivo: " + (b == null ? "" : b.getFileName()) + ". Almacenado en: "
                        + (b == null ? "" : b.getLocation()) + ".",
                t.value(BACKUP_REPORT).strip());
        reports.informe(t, PlatformReports.SPECIALIST, PlatformReports.COORDINATOR, CIBER,
                "Informe de generación de back up de la plataforma " + p.getCode(), body);
    }

    /** Step 12, observar: the observations are the move's comment. */
    void requireObservation(Transition t) {
        if (t.comment() == null || t.comment().isBlank()) {
            throw new WorkflowException("secplatform.observation.required");
        }
    }
}
