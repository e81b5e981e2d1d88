package org.sigti.procedure.incidents;

import static org.sigti.workflow.flow.Text.of;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.incidents.SecurityIncident.Origin;
import org.sigti.incidents.SecurityIncidents;
import org.sigti.kb.KbDraft;
import org.sigti.kb.KbException;
import org.sigti.kb.KbScope;
import org.sigti.kb.KnowledgeBase;
import org.sigti.security.Roles;
import org.sigti.sla.Impact;
import org.sigti.sla.Priority;
import org.sigti.sla.Urgency;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.04.00.03 (MINDEF, Perú): gestión de incidentes de seguridad informática. The manual's "Inicio" has two entry
 * branches, both the way out of the start step 1:
 * <ul>
 * <li>notified by a U.O. (1 → 2 → 4): any employee reports the incident (filing the case is activity 1), the help
 * desk's Operador(a) (MESA) registers it, makes the ticket and assigns it to the cybersecurity team;</li>
 * <li>notified by the OGTIE (→ 3 → 4): SIGTI opens the case at activity 3 for the cybersecurity team
 * ({@link SecurityIncidentCases}), from a security system's alert (REST API) or a detection the team records itself.
 * The Técnico informático especialista (Técnico of CIBER, §S1) records the prevention/monitoring that raised it.</li>
 * </ul>
 * Activity 4's question "¿El incidente fue detectado por el Equipo de Trabajo de Ciberseguridad?" is printed "Sí → 7,
 * No → 5". SIGTI follows the question with the targets swapped (Sí → 5, No → 7; procedures.md F3), because the
 * manual's own flow only closes that way: an incident a unit reported already has the ticket activity 2 made, while
 * one the team detected has none, and activity 6 makes precisely "el ticket de atención de inicio de actividad" (a
 * ticket for activity the team started itself); activities 13 and 14 verify and close "el ticket asignado", which
 * the printed targets would leave missing for every self-detected incident and doubled for every reported one. The
 * step refuses the answer that contradicts the case's origin (a ticket exists or not), so no case gets two tickets
 * or none. The performers of 7–10 ("Técnico informático especialista / Responsable de la coordinación del equipo de
 * ciberseguridad") are the CIBER queue's Técnicos; the coordinator (Responsable of CIBER) may reassign them. Activity
 * 7 records the classification and the impact and urgency, whose ITIL matrix gives the case's priority; activity 10
 * not solved → 11, the vendor escalation, then 12 (implicit in the manual). Activity 12 writes the post-incident
 * report, the lessons learned and their knowledge-base article (in the move's transaction; a title the base already
 * has refuses the move), and the bitácora / matriz de incidentes ({@link SecurityIncidents}) records every phase's
 * time. procedures.md E21.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04040003 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.04.00.03";
    /** Start step's way out of the OGTIE's branch: the case waits at activity 3. */
    public static final String OGTIE_BRANCH = "notificado_ogtie";
    public static final String DETECTED_BY_TEAM = "detectado_ciberseguridad";
    public static final String REPORTED_BY_UNIT = "reportado_uo";
    public static final String CLASSIFICATION = "clasificacion";
    public static final String VENDOR = "proveedor";
    public static final String LESSONS = "lecciones_aprendidas";
    public static final String KB_TITLE = "titulo_base_conocimiento";
    public static final String REPORT = "reporte_incidente";
    private static final String CYBER = "CIBER";
    private static final String DESK = "MESA";
    private static final List<Option> LEVELS = List.of(new Option("ALTA", Text.of("Alta", "High")),
            new Option("MEDIA", Text.of("Media", "Medium")), new Option("BAJA", Text.of("Baja", "Low")));
    static final FieldDefinition IMPACT = FieldDefinition.choice("impacto", Text.of("Impacto", "Impact"), true, LEVELS);
    static final FieldDefinition URGENCY = FieldDefinition.choice("urgencia", Text.of("Urgencia", "Urgency"), true,
            LEVELS);
    /** Activity 7's classification of the incident (the kinds of the national CSIRT taxonomy). */
    static final List<Option> CLASSES = List.of(
            new Option("CODIGO_MALICIOSO", Text.of("Código malicioso", "Malicious code")),
            new Option("INTRUSION", Text.of("Intrusión o acceso no autorizado", "Intrusion or unauthorized access")),
            new Option("DISPONIBILIDAD", Text.of("Denegación de servicio o disponibilidad",
                    "Denial of service or availability")),
            new Option("COMPROMISO_INFORMACION", Text.of("Compromiso o fuga de información",
                    "Information compromise or leak")),
            new Option("FRAUDE", Text.of("Fraude o suplantación", "Fraud or impersonation")),
            new Option("VULNERABILIDAD", Text.of("Vulnerabilidad explotable", "Exploitable vulnerability")),
            new Option("OTRO", Text.of("Otro", "Other")));

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04040003.class, CODE, "MINDEF (Perú)",
            Text.of("Gestión de incidentes de seguridad informática", "Information security incident management"))
            .offeredAs(71, of("Quiero reportar un incidente de seguridad informática",
                    "I want to report an information security incident"))
            .step("1", of("Reportar el incidente de seguridad informática", "Report the information security incident"))
                .byRequester().output("Reporte del incidente de seguridad")
                .hint("Describa qué observó, cuándo y en qué equipo o sistema; la mesa de ayuda genera el ticket.",
                        "Describe what you saw, when and on which device or system; the help desk makes the ticket.")
                .decide(REPORTED_BY_UNIT, of("Inicio: notificado por una U.O. (ir a la actividad 1 → 2)",
                        "Start: notified by a unit (activity 1 → 2)"), "2")
                .decide(OGTIE_BRANCH, of("Inicio: notificado por la OGTIE (ir a la actividad 3)",
                        "Start: notified by the OGTIE (activity 3)"), "3").then()
            .step("2", of("Registrar el incidente, generar el ticket de atención y asignarlo al equipo de"
                    + " ciberseguridad", "Register the incident, make the ticket and assign it to the cybersecurity"
                    + " team")).by(Roles.OPERADOR, DESK).output("Ticket de atención").next("4")
            .step("3", of("Ejecutar acciones de prevención: monitoreo de los sistemas de seguridad informática y de"
                    + " fuentes externas", "Run prevention actions: monitor the security systems and external"
                    + " sources")).by(Roles.TECNICO, CYBER)
                .field(FieldDefinition.longText("monitoreo", Text.of("Monitoreo o fuente que alertó",
                        "Monitoring or source that alerted"), true)).next("4")
            .step("4", of("Detectar el incidente: alertas en sistemas de seguridad, caída de servicios, reportes de"
                    + " usuarios", "Detect the incident: security systems' alerts, service outages, users' reports"))
                .by(Roles.TECNICO, CYBER)
                .hint("¿Lo detectó el equipo de ciberseguridad? Sí: aún no tiene ticket, se solicita a la mesa de"
                        + " ayuda (5). No: lo reportó una U.O. y ya tiene ticket (7).", "Detected by the cybersecurity"
                        + " team? Yes: it has no ticket yet, ask the help desk (5). No: a unit reported it and it has"
                        + " one (7).")
                .field(FieldDefinition.choice("fuente_deteccion", Text.of("Fuente del evento", "Event source"), true,
                        List.of(new Option("ALERTA", Text.of("Alerta en sistemas de seguridad",
                                        "Security system alert")),
                                new Option("CAIDA_SERVICIO", Text.of("Caída de servicios", "Service outage")),
                                new Option("REPORTE_USUARIO", Text.of("Reporte de usuarios", "Users' report")))))
                .decide(DETECTED_BY_TEAM, of("Sí, lo detectó el equipo de ciberseguridad: solicitar el ticket",
                        "Yes, the cybersecurity team detected it: ask for the ticket"), "5")
                .decide(REPORTED_BY_UNIT, of("No, lo reportó una U.O. (ya tiene ticket): analizar",
                        "No, a unit reported it (it has a ticket): analyse"), "7").then()
            .step("5", of("Solicitar al operador(a) de mesa de ayuda la generación del ticket de atención",
                    "Ask the help desk operator for the ticket")).by(Roles.TECNICO, CYBER).next("6")
            .step("6", of("Generar el ticket de atención de inicio de actividad", "Make the activity-start ticket"))
                .by(Roles.OPERADOR, DESK).output("Ticket de atención").next("7")
            .step("7", of("Analizar el incidente (correlación de eventos, base de conocimiento) y evaluarlo,"
                    + " clasificarlo y priorizarlo", "Analyse the incident (event correlation, knowledge base),"
                    + " evaluate, classify and prioritize it")).by(Roles.TECNICO, CYBER)
                .output("Clasificación y prioridad")
                .field(FieldDefinition.longText("analisis", Text.of("Análisis del incidente", "Incident analysis"),
                        true))
                .field(FieldDefinition.choice(CLASSIFICATION, Text.of("Clasificación", "Classification"), true,
                        CLASSES))
                .field(IMPACT).field(URGENCY).next("8")
            .step("8", of("Ejecutar acciones de contención del incidente", "Contain the incident"))
                .by(Roles.TECNICO, CYBER)
                .field(FieldDefinition.longText("acciones_contencion", Text.of("Acciones de contención",
                        "Containment actions"), true)).next("9")
            .step("9", of("Ejecutar acciones de erradicación del incidente", "Eradicate the incident"))
                .by(Roles.TECNICO, CYBER)
                .field(FieldDefinition.longText("acciones_erradicacion", Text.of("Acciones de erradicación",
                        "Eradication actions"), true)).next("10")
            .step("10", of("Ejecutar acciones de recuperación de los sistemas y servicios afectados",
                    "Recover the affected systems and services")).by(Roles.TECNICO, CYBER)
                .field(FieldDefinition.longText("acciones_recuperacion", Text.of("Acciones de recuperación"
                        + " (coordinadas con los encargados)", "Recovery actions (agreed with the owners)"), true))
                .decide("resuelto", of("Sí, se logró resolver el incidente", "Yes, the incident was solved"), "12")
                .decide("no_resuelto", of("No: comunicar al proveedor o soporte externo",
                        "No: tell the vendor or external support"), "11").then()
            .step("11", of("Comunicar el incidente al proveedor o soporte externo", "Tell the vendor or external"
                    + " support")).by(Roles.TECNICO, CYBER).output("Comunicación al proveedor")
                .field(FieldDefinition.text(VENDOR, Text.of("Proveedor o soporte externo y n.º de reporte",
                        "Vendor or external support and report number"), true)).next("12")
            .step("12", of("Ejecutar las actividades post-incidente: reporte, bitácora, lecciones aprendidas y base"
                    + " de conocimiento", "Post-incident: report, log, lessons learned and knowledge base"))
                .by(Roles.TECNICO, CYBER).output("Reporte del incidente; bitácora; lecciones aprendidas")
                .hint("Las lecciones aprendidas se publican en la base de conocimiento con el título que indique.",
                        "The lessons learned are published in the knowledge base under the title you give.")
                .field(FieldDefinition.longText(REPORT, Text.of("Reporte del incidente", "Incident report"), true))
                .field(FieldDefinition.longText(LESSONS, Text.of("Lecciones aprendidas", "Lessons learned"), true))
                .field(FieldDefinition.text(KB_TITLE, Text.of("Título del artículo de la base de conocimiento",
                        "Knowledge-base article title"), true)).next("13")
            .step("13", of("Verificar el ticket de atención, registrar la acción y cerrarlo en el sistema de mesa de"
                    + " ayuda", "Check the ticket, register the action and close it in the help desk"))
                .by(Roles.TECNICO, CYBER)
                .field(FieldDefinition.longText("accion_registrada", Text.of("Acción registrada",
                        "Action registered"), true)).next("14")
            .step("14", of("Revisar y cerrar el ticket de atención", "Review and close the ticket"))
                .by(Roles.OPERADOR, DESK).output("Ticket de atención cerrado")
                .end("cerrar", of("Cerrar el ticket", "Close the ticket"), "SOLVED").then()
            .onComplete(S04040003::report, List.of("1"))
            .onComplete(S04040003::ticket, List.of("2", "6"))
            .onComplete(S04040003::detect, List.of("4"))
            .onComplete(S04040003::analyse, List.of("7"), IMPACT, URGENCY)
            .onComplete(S04040003::contain, List.of("8"))
            .onComplete(S04040003::eradicate, List.of("9"))
            .onComplete(S04040003::recover, List.of("10"))
            .onComplete(S04040003::escalate, List.of("11"))
            .onComplete(S04040003::postIncident, List.of("12"))
            .onComplete(S04040003::close, List.of("14"))
            .priorityFrom(IMPACT, URGENCY)
            .build();

    @Inject
    SecurityIncidents incidents;

    @EJB
    KnowledgeBase knowledgeBase;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Activity 1 (or the OGTIE's start): the incident's line in the bitácora. */
    void report(Transition t) {
        incidents.open(t.caseId(), t.took(OGTIE_BRANCH) ? Origin.OGTIE_DETECTION : Origin.UNIT_REPORT);
    }

    /** Activities 2 and 6: the help desk's ticket. */
    void ticket(Transition t) {
        incidents.phase(t.caseId(), i -> i.ticketed(incidents.now()));
    }

    /** Activity 4: detected; the answer must match the case's origin (a ticket exists or not). */
    void detect(Transition t) {
        boolean byTeam = incidents.detectedByOgtie(t.caseId());
        if (t.took(DETECTED_BY_TEAM) && !byTeam) {
            throw new WorkflowException("incidents.detection.reported", t.caseNumber());
        }
        if (t.took(REPORTED_BY_UNIT) && byTeam) {
            throw new WorkflowException("incidents.detection.detected", t.caseNumber());
        }
        incidents.phase(t.caseId(), i -> i.detect(incidents.now()));
    }

    /** Activity 7: classification and priority (the ITIL matrix of impact and urgency). */
    void analyse(Transition t) {
        String priority = Priority.of(Impact.valueOf(t.value(IMPACT)), Urgency.valueOf(t.value(URGENCY))).name();
        incidents.phase(t.caseId(), i -> i.analyse(t.field(CLASSIFICATION), priority, incidents.now()));
    }

    void contain(Transition t) {
        incidents.phase(t.caseId(), i -> i.contain(incidents.now()));
    }

    void eradicate(Transition t) {
        incidents.phase(t.caseId(), i -> i.eradicate(incidents.now()));
    }

    void recover(Transition t) {
        incidents.phase(t.caseId(), i -> i.recover(incidents.now()));
    }

    /** Activity 11: the vendor or external support told. */
    void escalate(Transition t) {
        incidents.phase(t.caseId(), i -> i.escalate(t.field(VENDOR), incidents.now()));
    }

    /**
     * Activity 12: the lessons learned become a knowledge-base article of the cybersecurity team, linked to the case
     * (the incident's report is its problem, the lessons its solution), and the bitácora records them.
     */
    void postIncident(Transition t) {
        long article;
        try {
            article = knowledgeBase.create(new KbDraft(t.field(KB_TITLE), t.caseNumber() + ": " + t.field(REPORT),
                    t.field(LESSONS), KbScope.INTERNAL, t.actor().unitCode()), t.caseId());
        } catch (KbException e) {
            throw new WorkflowException(e.getMessageKey(), e.getArguments().toArray(String[]::new));
        }
        incidents.phase(t.caseId(), i -> i.postIncident(t.field(LESSONS), article, incidents.now()));
    }

    /** Activity 14: the ticket closed. */
    void close(Transition t) {
        incidents.phase(t.caseId(), i -> i.close(incidents.now()));
    }
}
