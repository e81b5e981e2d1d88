package org.sigti.procedure.logs;

import static org.sigti.workflow.flow.Text.of;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.backup.LogBackupJobs;
import org.sigti.document.InstitutionSeals;
import org.sigti.inventory.ItSystem;
import org.sigti.people.Institutions;
import org.sigti.security.Roles;
import org.sigti.workflow.Attachments;
import org.sigti.workflow.CaseAttachment;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.01.04 (MINDEF, Peru): Administración de eventos y log de sistemas, the year's cycle. The Profesional para la
 * OGTIE (a Técnico of INFRA) opens it (step 0, SIGTI's), identifies the critical systems among the catalog's (1),
 * writes the Cronograma anual de revisión de logs with the manual's columns (2: SIGTI renders it as a PDF), which the
 * infrastructure coordinator (Responsable of INFRA) reviews and signs (3: the signed PDF carries the institution's
 * seal; observations ↺ 2). On the date the Profesional configures the log backups (4: SIGTI schedules one LOG backup
 * job per critical system and log — Seguridad, Aplicación, Sistema — whose runs open {@link S04030104Run} cases and
 * whose scripts register their copies through the API), verifies them, with the restore test and the storage
 * capacity (5), and reports the status with the unauthorized accesses to the coordinator (6). ◆ Is an analysis
 * requested? The Jefe answers at 7: yes → the Jefe requests it (for themselves or for the Especialista de Seguridad
 * de la Información), the Profesional analyses the log and sends the evidence (8), the coordinator sends the analysis
 * report to the requester (9) and the Jefe takes action (10); no → the cycle ends, and the year's report (11–13) is
 * the annual case the clock opens ({@link S04030104Report}). procedures.md E10.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030104 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.01.04";
    static final String INFRA = "INFRA";
    static final String DIRECTION = "JEFATURA";
    /** The queue of the Especialista de Seguridad de la Información (V48). */
    static final String SGSI = "SGSI";
    static final String INSTITUTION = "MINDEF";
    static final String SIGNER_CAPACITY = "Responsable de la coordinación del equipo de infraestructura tecnológica";

    static final FieldDefinition SYSTEMS = FieldDefinition.text("sistemas_criticos", Text.of("Sistemas críticos"
            + " (códigos del catálogo separados por comas, p. ej. AD, OWA)", "Critical systems (catalog codes"
            + " separated by commas, e.g. AD, OWA)"), true);
    static final FieldDefinition SERVERS = FieldDefinition.longText("servidores", Text.of("Servidores físicos y/o"
            + " virtuales de los sistemas críticos", "Physical and/or virtual servers of the critical systems"), true);
    static final FieldDefinition YEAR = FieldDefinition.text("anio", Text.of("Año del cronograma (aaaa)",
            "Year of the schedule (yyyy)"), true);
    static final FieldDefinition CRONOGRAMA = FieldDefinition.longText("cronograma", Text.of("Cronograma: una fila"
            + " por línea, columnas separadas por «;» — Tipo; Nombre del sistema; Frecuencia; Ruta; Nombre del file;"
            + " Destino; Fecha de respaldo (dd/mm/aaaa)", "Schedule: one row a line, columns separated by «;» —"
            + " Type; System name; Frequency; Path; File name; Destination; Backup date (dd/mm/yyyy)"), true);
    static final FieldDefinition SCRIPT = FieldDefinition.text("script_respaldo", Text.of("Script de respaldo"
            + " programado (nombre o ruta)", "Scheduled backup script (name or path)"), true);
    static final FieldDefinition RESTORE = FieldDefinition.choice("prueba_restauracion", Text.of("Prueba de"
            + " restauración de eventos de log", "Log event restore test"), true, List.of(
                    new Option("EXITOSA", Text.of("Exitosa", "Successful")),
                    new Option("FALLIDA", Text.of("Fallida", "Failed"))));
    static final FieldDefinition RESTORE_DETAIL = FieldDefinition.longText("detalle_restauracion", Text.of("Detalle"
            + " de la prueba de restauración (obligatorio si falló)", "Restore test detail (required when it"
            + " failed)"), false);
    static final FieldDefinition CAPACITY = FieldDefinition.choice("capacidad_almacenamiento", Text.of("Capacidad de"
            + " almacenamiento de los backup", "Backup storage capacity"), true, List.of(
                    new Option("SUFICIENTE", Text.of("Suficiente", "Enough")),
                    new Option("INSUFICIENTE", Text.of("Insuficiente: se movieron los backup a otro punto",
                            "Not enough: the backups were moved to another point"))));
    static final FieldDefinition FREE_GB = FieldDefinition.text("espacio_libre_gb", Text.of("Espacio libre en el"
            + " punto de backup (GB)", "Free space at the backup point (GB)"), true);
    static final FieldDefinition NEW_POINT = FieldDefinition.text("nuevo_punto_backup", Text.of("Nuevo punto de"
            + " backup (obligatorio si la capacidad es insuficiente)", "New backup point (required when the capacity"
            + " is not enough)"), false);
    static final FieldDefinition ACTIVATION = FieldDefinition.longText("activacion_logs", Text.of("Activación de los"
            + " logs en los servidores", "Log activation on the servers"), true);
    static final FieldDefinition CONFIGURATION = FieldDefinition.longText("configuracion_backup", Text.of("Configuración"
            + " del backup de logs", "Log backup configuration"), true);
    static final FieldDefinition MONITORING = FieldDefinition.longText("monitoreo_eventos", Text.of("Monitoreo de"
            + " eventos", "Event monitoring"), true);
    static final FieldDefinition UNAUTHORIZED = FieldDefinition.longText("accesos_no_permitidos", Text.of("Accesos no"
            + " permitidos (escriba «Ninguno» si no hubo)", "Unauthorized accesses (write «Ninguno» if none)"), true);
    static final FieldDefinition REQUESTER = FieldDefinition.choice("solicitante", Text.of("Quién solicita el"
            + " análisis", "Who requests the analysis"), false, List.of(
                    new Option("JEFE", Text.of("Jefe(a) de la OGTIE", "Head of OGTIE")),
                    new Option("ESPECIALISTA", Text.of("Especialista de Seguridad de la Información",
                            "Information Security Specialist"))));
    static final FieldDefinition EVENT = FieldDefinition.longText("evento_solicitado", Text.of("Evento log a analizar"
            + " (servicio, fecha, motivo)", "Log event to analyse (service, date, reason)"), false);
    static final FieldDefinition EVIDENCE = FieldDefinition.longText("reporte_evidencias", Text.of("Reporte de"
            + " evidencias (eventos de seguridad, de sistema y de servicios)", "Evidence report (security, system"
            + " and service events)"), true);
    static final FieldDefinition ANALYSIS = FieldDefinition.longText("informe_analisis", Text.of("Informe del"
            + " análisis realizado", "Analysis report"), true);
    static final FieldDefinition ACTIONS = FieldDefinition.longText("acciones", Text.of("Acciones tomadas",
            "Actions taken"), true);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04030104.class, CODE, "MINDEF (Perú)",
            Text.of("Administración de eventos y log de sistemas", "Event and system log administration"))
            .mailTemplates("org.sigti.procedure.logs.mail")
            .step("0", of("Abrir el ciclo anual de revisión de logs", "Open the year's log review cycle"))
                .by(Roles.TECNICO, INFRA)
                .hint("Paso de SIGTI: el Profesional abre el ciclo del año; el manual empieza en el paso 1.",
                        "SIGTI's step: the Profesional opens the year's cycle; the manual starts at step 1.")
                .next("1")
            .step("1", of("Identificar los servidores de los sistemas críticos (Directorio Activo, aplicaciones, correo"
                    + " institucional, base de datos, servidores de archivos, entre otros)", "Identify the servers of"
                    + " the critical systems (Active Directory, applications, mail, databases, file servers, others)"))
                .by(Roles.TECNICO, INFRA).output("Lista de servidores críticos")
                .hint("Elija los sistemas del catálogo de sistemas por su código.",
                        "Choose the systems of the system catalog by their code.")
                .field(SYSTEMS).field(SERVERS)
                .onComplete(S04030104::identify, SYSTEMS)
                .next("2")
            .step("2", of("Elaborar el cronograma anual de revisión de logs de eventos y remitirlo al coordinador de"
                    + " infraestructura", "Write the annual log review schedule and send it to the infrastructure"
                    + " coordinator")).by(Roles.TECNICO, INFRA).output("Cronograma anual de revisión de logs")
                .hint("Por cada sistema crítico, una fila por log: Seguridad, Aplicación y Sistema. SIGTI genera el"
                        + " cronograma en PDF.", "For each critical system, one row per log: Security (Seguridad),"
                        + " Application (Aplicación) and System (Sistema). SIGTI renders the schedule as a PDF.")
                .field(YEAR).field(CRONOGRAMA)
                .onComplete(S04030104::draftCronograma, YEAR, CRONOGRAMA)
                .mails("cronograma", Recipient.role(Roles.RESPONSABLE, INFRA))
                .next("3")
            .step("3", of("Revisar y firmar el cronograma", "Review and sign the schedule"))
                .by(Roles.RESPONSABLE, INFRA).output("Cronograma firmado")
                .hint("Si tiene observaciones, escríbalas en el comentario: el cronograma vuelve al Profesional.",
                        "If you have observations, write them in the comment: the schedule goes back to the"
                        + " Profesional.")
                .decide("firmar", of("Firmar el cronograma", "Sign the schedule"), "4")
                .loop("observar", of("Observar: devolver al Profesional para corregir",
                        "Observe: back to the Profesional to correct"), "2")
                .on("firmar", S04030104::signCronograma)
                .on("observar", S04030104::observe).then()
            .step("4", of("Configurar y activar el registro automático de eventos de log y programar el script de"
                    + " backup (logs de Seguridad, Aplicación y Sistema)", "Configure and enable automatic log"
                    + " recording and schedule the backup script (Security, Application and System logs)"))
                .by(Roles.TECNICO, INFRA).output("Tareas de backup de logs")
                .hint("SIGTI programa una tarea de backup de logs por sistema y log del cronograma firmado.",
                        "SIGTI schedules one log backup job per system and log of the signed schedule.")
                .field(SCRIPT)
                .onComplete(S04030104::scheduleJobs)
                .next("5")
            .step("5", of("Revisar y verificar las tareas de los logs automatizados: ejecución a la hora, prueba de"
                    + " restauración y capacidad de almacenamiento", "Check the automated log tasks: on time, restore"
                    + " test and storage capacity")).by(Roles.TECNICO, INFRA).output("Verificación; prueba de"
                    + " restauración")
                .hint("Si no hay capacidad, mueva los backup a otro punto de backup e indíquelo.",
                        "If there is no capacity, move the backups to another backup point and say where.")
                .field(RESTORE).field(RESTORE_DETAIL).field(CAPACITY).field(FREE_GB).field(NEW_POINT)
                .onComplete(S04030104::verify, RESTORE, RESTORE_DETAIL, CAPACITY, FREE_GB, NEW_POINT)
                .next("6")
            .step("6", of("Reportar al coordinador de infraestructura las tareas y lo analizado en los logs",
                    "Report the tasks and the log analysis to the infrastructure coordinator"))
                .by(Roles.TECNICO, INFRA).output("Reporte de estado")
                .field(ACTIVATION).field(CONFIGURATION).field(MONITORING).field(UNAUTHORIZED)
                .mails("statusReport", Recipient.role(Roles.RESPONSABLE, INFRA))
                .next("7")
            .step("7", of("¿Se solicita análisis de eventos log? Solicitar el análisis del evento log",
                    "Is a log event analysis requested? Request the log event analysis"))
                .by(Roles.JEFE, DIRECTION)
                .hint("Si el Especialista de Seguridad de la Información pidió el análisis, elíjalo como solicitante:"
                        + " el informe le llegará a él.", "If the Information Security Specialist asked for the"
                        + " analysis, choose them as requester: the report goes to them.")
                .field(REQUESTER).field(EVENT)
                .decide("solicitar_analisis", of("Solicitar el análisis", "Request the analysis"), "8")
                .end("sin_analisis", of("No se solicita análisis (el informe anual es el paso 11)",
                        "No analysis requested (the annual report is step 11)"), "NOTED")
                .on("solicitar_analisis", S04030104::requestAnalysis, REQUESTER, EVENT).then()
            .step("8", of("Realizar el análisis del evento log solicitado y enviar el reporte de evidencias",
                    "Analyse the requested log event and send the evidence report")).by(Roles.TECNICO, INFRA)
                .output("Reporte de evidencias").field(EVIDENCE)
                .mails("evidenceReport", Recipient.role(Roles.RESPONSABLE, INFRA))
                .next("9")
            .step("9", of("Revisar las evidencias; elaborar y enviar el informe del análisis al solicitante",
                    "Review the evidence; write and send the analysis report to the requester"))
                .by(Roles.RESPONSABLE, INFRA).output("Informe del análisis").field(ANALYSIS)
                .decide("enviar_jefe", of("Enviar al Jefe(a) de la OGTIE", "Send to the Head of OGTIE"), "10")
                .decide("enviar_especialista", of("Enviar al Especialista de Seguridad de la Información",
                        "Send to the Information Security Specialist"), "10")
                .mailsOn("enviar_jefe", "analysisReport", Recipient.role(Roles.JEFE, DIRECTION))
                .mailsOn("enviar_especialista", "analysisReport", Recipient.role(Roles.RESPONSABLE, SGSI))
                .on("enviar_jefe", S04030104::toRequester)
                .on("enviar_especialista", S04030104::toRequester).then()
            .step("10", of("Recibir el informe y tomar las acciones pertinentes", "Receive the report and take action"))
                .by(Roles.JEFE, DIRECTION).field(ACTIONS)
                .end("tomar_acciones", of("Registrar las acciones y cerrar", "Record the actions and close"),
                        "SOLVED").then()
            .build();

    @PersistenceContext
    EntityManager em;

    @Inject
    LogBackupJobs jobs;

    @Inject
    CronogramaPdf pdf;

    @Inject
    InstitutionSeals seals;

    @Inject
    Institutions institutions;

    @Inject
    CaseEngine engine;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 1: the critical systems are active systems of the institution's catalog. */
    void identify(Transition t) {
        systems(t.value(SYSTEMS), t.actor().institutionCode());
    }

    /** Step 2: the cronograma reads; SIGTI renders it, unsigned, for the coordinator. */
    void draftCronograma(Transition t) {
        String year = t.value(YEAR).strip();
        if (!year.matches("\\d{4}")) {
            throw new WorkflowException("workflow.input.invalid", Map.of(YEAR.name(), "cronograma.year.invalid"));
        }
        LogReviewCronograma cronograma = LogReviewCronograma.parse(t.value(CRONOGRAMA),
                systems(recorded(t.caseId(), SYSTEMS), t.actor().institutionCode()).keySet());
        byte[] content = pdf.render(institutions.letterhead(t.actor().institutionCode()), year, t.caseNumber(),
                cronograma, t.actor().fullName(), null, now());
        attach(t, "cronograma-revision-logs-" + year + ".pdf", content);
    }

    /** Step 3 signed: the cronograma of step 2, with the coordinator's signature and the institution's seal. */
    void signCronograma(Transition t) {
        String year = recorded(t.caseId(), YEAR).strip();
        LogReviewCronograma cronograma = LogReviewCronograma.parse(recorded(t.caseId(), CRONOGRAMA),
                systems(recorded(t.caseId(), SYSTEMS), t.actor().institutionCode()).keySet());
        Instant now = now();
        String reason = "Firmado por " + t.actor().fullName() + ", " + SIGNER_CAPACITY;
        byte[] content = seals.seal(pdf.render(institutions.letterhead(t.actor().institutionCode()), year,
                t.caseNumber(), cronograma, recordedBy(t.caseId(), CRONOGRAMA), new CronogramaPdf.Signature(
                        t.actor().fullName(), SIGNER_CAPACITY, now), now), t.actor().institutionCode(), reason);
        attach(t, "cronograma-revision-logs-" + year + "-firmado.pdf", content);
    }

    /** Step 3 observed: the observations go back with the case, in the comment. */
    void observe(Transition t) {
        if (t.comment() == null || t.comment().isBlank()) {
            throw new WorkflowException("workflow.input.invalid", Map.of("comment", "logs.observation.required"));
        }
    }

    /** Step 4: one LOG backup job per row of the signed cronograma, run by the Profesional. */
    void scheduleJobs(Transition t) {
        String institution = t.actor().institutionCode();
        Map<String, ItSystem> systems = systems(recorded(t.caseId(), SYSTEMS), institution);
        LogReviewCronograma cronograma = LogReviewCronograma.parse(recorded(t.caseId(), CRONOGRAMA),
                systems.keySet());
        jobs.schedule(institution, engine.unitOf(institution, INFRA), t.actor().username(), t.actor().username(),
                S04030104Run.CODE, cronograma.rows().stream().map(r -> new LogBackupJobs.Job(
                        systems.get(r.system()).getId(), r.system() + " " + systems.get(r.system()).getName(),
                        r.log(), r.frequency(), r.date(), r.path(), r.file(), r.destination())).toList());
    }

    /** Step 5: a failed restore test says what failed; a full backup point says where the backups went. */
    void verify(Transition t) {
        if ("FALLIDA".equals(t.value(RESTORE)) && blank(t.value(RESTORE_DETAIL))) {
            throw new WorkflowException("workflow.input.invalid", Map.of(RESTORE_DETAIL.name(),
                    "logs.restore.detail"));
        }
        if ("INSUFICIENTE".equals(t.value(CAPACITY)) && blank(t.value(NEW_POINT))) {
            throw new WorkflowException("workflow.input.invalid", Map.of(NEW_POINT.name(), "logs.capacity.point"));
        }
        if (!t.value(FREE_GB).strip().matches("\\d{1,9}([.,]\\d{1,3})?")) {
            throw new WorkflowException("workflow.input.invalid", Map.of(FREE_GB.name(), "logs.capacity.gb"));
        }
        if (jobs.enabledJobs(t.actor().institutionCode()) == 0) {
            throw new WorkflowException("logs.jobs.none");
        }
    }

    /** Step 7, yes: who asks and what. */
    void requestAnalysis(Transition t) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (blank(t.value(REQUESTER))) {
            problems.put(REQUESTER.name(), "workflow.field.required");
        }
        if (blank(t.value(EVENT))) {
            problems.put(EVENT.name(), "workflow.field.required");
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("workflow.input.invalid", problems);
        }
    }

    /** Step 9: the report goes to whoever requested the analysis at step 7. */
    void toRequester(Transition t) {
        String requester = recorded(t.caseId(), REQUESTER);
        boolean specialist = "ESPECIALISTA".equals(requester);
        if (specialist != t.took("enviar_especialista")) {
            throw new WorkflowException(specialist ? "logs.requester.specialist" : "logs.requester.jefe");
        }
    }

    /** The active systems of the institution's catalog named in {@code codes}, by code. */
    private Map<String, ItSystem> systems(String codes, String institution) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String code : String.valueOf(codes).split("[,;\\s]+")) {
            if (!code.isBlank()) {
                wanted.add(code.strip().toUpperCase(java.util.Locale.ROOT));
            }
        }
        Map<String, ItSystem> found = new java.util.LinkedHashMap<>();
        for (String code : wanted) {
            ItSystem s = em.createQuery("select s from ItSystem s where s.code = :c and s.institutionCode = :i"
                    + " and s.active = true", ItSystem.class).setParameter("c", code).setParameter("i", institution)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new WorkflowException("logs.system.unknown", code));
            found.put(code, s);
        }
        if (found.isEmpty()) {
            throw new WorkflowException("workflow.input.invalid", Map.of(SYSTEMS.name(), "workflow.field.required"));
        }
        return found;
    }

    /** The value a step of the case recorded last for {@code field}. */
    private String recorded(long caseId, FieldDefinition field) {
        return em.createQuery("select f.value from CaseField f where f.caseId = :c and f.name = :n"
                + " order by f.recordedAt desc, f.id desc", String.class).setParameter("c", caseId)
                .setParameter("n", field.name()).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** Who recorded {@code field} last (by name). */
    private String recordedBy(long caseId, FieldDefinition field) {
        String username = em.createQuery("select f.recordedBy from CaseField f where f.caseId = :c and f.name = :n"
                + " order by f.recordedAt desc, f.id desc", String.class).setParameter("c", caseId)
                .setParameter("n", field.name()).setMaxResults(1).getResultStream().findFirst().orElse("");
        return em.createNamedQuery("UserProfile.findByUsername", org.sigti.people.UserProfile.class)
                .setParameter("username", username).getResultStream().findFirst()
                .map(org.sigti.people.UserProfile::getFullName).orElse(username);
    }

    private void attach(Transition t, String name, byte[] content) {
        em.persist(new CaseAttachment(t.caseId(), name, "application/pdf", content, Attachments.sha256(content),
                t.fromStep(), t.actor().username(), now()));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
