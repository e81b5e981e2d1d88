package org.sigti.procedure.pgd;

import static org.sigti.workflow.flow.Text.of;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * S04.01.00.01 (MINDEF, Peru), Formulación del Plan de Gobierno Digital del MINDEF: procedures.md E1, the manual's
 * section 6.1.1 (seed 004), whose table of 24 activities wins.
 *
 * <p>Performers: the Jefe(a) de la OGTIE (owner, also Secretario técnico del CGD) = Jefe of JEFATURA; the Responsable
 * de asistencia y mejora continua de gobierno digital = Responsable of GOBTI (the team of gobierno de TI, §S1: a
 * Responsable); the Especialista de gobierno digital (told at step 1, drafts at step 21) = Técnico of GD; the
 * Responsables de las coordinaciones de la OGTIE (steps 9 and 14) = the Responsables of INNOV, INFRA and GOBTI; the
 * CGD (steps 4, 17, 20) = its member (Comite of CGD) in person, who records the session's number and agreement and
 * signs the Acta de reunión; the Ministro(a) (DM, step 23) = Autoridad of DM; the Secretario(a) General (step 24) =
 * Autoridad of SG.
 *
 * <p>As written: 1 the Jefe(a) orders the start (mail to the Especialista de gobierno digital) for the plan's period
 * (at least three years); 2 work schedule; 3 the Jefe(a) validates it and calls the CGD by oficio; 4 the CGD approves
 * it (may modify it) and signs the acta; 5 risk matrix per stage, mailed to the Jefe(a); 6 approved and communicated
 * by SISTRADOC (a memorándum to the coordinators); 7 strategic approach (PESEM, PEI, policies); 8 the coordinators
 * are asked for the current portfolio's status; 9 each reports theirs; 10 consolidated and mailed to the Jefe(a); 11
 * the decision per project (continúa, reemplazado, desestimado); 12 the objectives of the new period; 13 the
 * coordinators are sent the preliminary matrix; 14 each fills in their fichas de proyecto; 15 consolidated and mailed;
 * 16 prioritized and validated, the CGD called by oficio; 17 the CGD approves the portfolio (version 1) and signs the
 * acta; 18 the final PGD document, generated from the data in the manual's structure, mailed to the Jefe(a); 19 sent
 * to the CGD by oficio; 20 the CGD approves it and signs the acta; 21 the informe de sustento and the proyecto de
 * Resolución Ministerial; 22 sent to the SG by oficio; 23 the Minister signs the RM and orders its publication on the
 * institutional portal; 24 the SG's oficio to the SGTD of the PCM (mesa de partes).
 *
 * <p>SIGTI's names and additions: step "0" is the filing by the Jefe(a) (SIGTI opens a case with the request form;
 * the manual's step 1, in the Jefe(a)'s inbox right after, is where the plan's period is set); steps 9 and 14, done by each coordinator in parallel, are "9.INNOV"/"9.INFRA"/
 * "9.GOBTI" and "14.INNOV"/"14.INFRA"/"14.GOBTI" (a fork at 8 and 13, joined at 10 and 15); 3 and 19 may return the
 * work to its author (↺ 2, ↺ 18), as any validation can be refused; tables are typed one row a line, cells separated
 * by "|", as the matrices the manual circulates by mail; the Resolución Ministerial is an official document of the DM
 * drafted at 21 and signed by the Minister in SIGTI at 23 (numbered in the DM's series).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04010001 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.01.00.01";
    static final String CHIEF = "JEFATURA";
    /** The Responsable de asistencia y mejora continua de gobierno digital's team. */
    static final String GOBTI = "GOBTI";
    static final String INNOVATION = "INNOV";
    static final String INFRASTRUCTURE = "INFRA";
    /** The Especialista de gobierno digital. */
    static final String SPECIALIST = "GD";
    static final String COMMITTEE = "CGD";
    static final String MINISTER = "DM";
    static final String SECRETARY = "SG";
    static final String SEND = "remitir";
    static final String RETURN = "observar";
    static final String APPROVE = "aprobar";

    public static final FieldDefinition START_YEAR = FieldDefinition.text("periodo_inicio",
            of("Primer año del periodo del PGD (AAAA)", "First year of the PGD's period (YYYY)"), true);
    public static final FieldDefinition END_YEAR = FieldDefinition.text("periodo_fin",
            of("Último año del periodo del PGD (AAAA; al menos tres años)",
                    "Last year of the PGD's period (YYYY; at least three years)"), true);
    public static final FieldDefinition SCHEDULE = FieldDefinition.longText("cronograma",
            of("Cronograma de trabajo: una actividad por línea, «Fase | Actividad | Inicio (AAAA-MM-DD) | Duración"
                    + " (días)»", "Work schedule: one activity a line, «Phase | Activity | Start (YYYY-MM-DD) |"
                    + " Duration (days)»"), true);
    public static final FieldDefinition SCHEDULE_CHANGED = FieldDefinition.longText("cronograma_modificado",
            of("Cronograma modificado en la sesión (opcional; mismo formato que el cronograma)",
                    "Schedule as modified in the session (optional; same format as the schedule)"), false);
    public static final FieldDefinition SESSION = FieldDefinition.text("sesion_cgd",
            of("N.º de la sesión del CGD", "CGD session no."), true);
    public static final FieldDefinition AGREEMENT = FieldDefinition.longText("acuerdo_cgd",
            of("Acuerdo adoptado (se registra en el Acta de reunión)", "Agreement adopted (recorded in the acta)"),
            true);
    public static final FieldDefinition RISKS = FieldDefinition.longText("matriz_riesgos",
            of("Matriz de riesgos: un riesgo por línea, «Etapa | Riesgo | Acción de tratamiento»",
                    "Risk matrix: one risk a line, «Stage | Risk | Treatment action»"), true);
    public static final FieldDefinition PESEM = FieldDefinition.longText("pesem",
            of("PESEM: objetivos sectoriales de referencia", "PESEM: sector objectives of reference"), true);
    public static final FieldDefinition PEI = FieldDefinition.longText("objetivos_pei",
            of("Objetivos y acciones estratégicas del PEI", "PEI strategic objectives and actions"), true);
    public static final FieldDefinition POLICIES = FieldDefinition.longText("politicas",
            of("Políticas de Estado, de la entidad y normas de Gobierno Digital de referencia",
                    "State and entity policies, and digital-government norms of reference"), true);
    public static final FieldDefinition STATUS = FieldDefinition.longText("situacion_proyectos",
            of("Situación actual de los proyectos del portafolio vigente de su equipo: uno por línea, «Proyecto |"
                    + " Situación»", "Current status of your team's projects of the current portfolio: one a"
                    + " line, «Project | Status»"), true);
    public static final FieldDefinition SITUATION = FieldDefinition.longText("situacion_consolidada",
            of("Reporte consolidado de la situación actual del portafolio del PGD vigente",
                    "Consolidated report on the current PGD portfolio's status"), true);
    public static final FieldDefinition DECISIONS = FieldDefinition.longText("decisiones",
            of("Decisión por proyecto: uno por línea, «Proyecto | Continúa, Reemplazado o Desestimado»",
                    "Decision per project: one a line, «Project | Continúa, Reemplazado or Desestimado»"), true);
    public static final FieldDefinition OBJECTIVES = FieldDefinition.longText("objetivos_pgd",
            of("Objetivos de Gobierno Digital del nuevo periodo, alineados al PEI: uno por línea",
                    "Digital-government objectives of the new period, aligned with the PEI: one a line"), true);
    public static final FieldDefinition SHEETS = FieldDefinition.longText("fichas_proyecto",
            of("Fichas de proyecto de su equipo: una por línea, «Código | Nombre | Objetivo | Objetivo PEI |"
                    + " Presupuesto (S/) | Duración (meses) | Indicadores»", "Your team's project sheets: one a"
                    + " line, «Code | Name | Objective | PEI objective | Budget (S/) | Duration (months) |"
                    + " Indicators»"), true);
    public static final FieldDefinition PRIORITIES = FieldDefinition.longText("prioridades",
            of("Prioridad de cada proyecto del portafolio: uno por línea, «Código | Prioridad (1 la más alta)»",
                    "Priority of each project of the portfolio: one a line, «Code | Priority (1 highest)»"), true);
    public static final FieldDefinition INTRODUCTION = FieldDefinition.longText("introduccion",
            of("Introducción del documento final del PGD", "Introduction of the PGD's final document"), true);
    public static final FieldDefinition SUPPORT = FieldDefinition.longText("informe_sustento",
            of("Informe de sustento: análisis y conclusiones", "Supporting report: analysis and conclusions"),
            true);
    public static final FieldDefinition DRAFT_RM = FieldDefinition.longText("proyecto_rm",
            of("Proyecto de Resolución Ministerial: artículos", "Draft Resolución Ministerial: articles"), true);
    public static final FieldDefinition PUBLICATION = FieldDefinition.text("publicacion_portal",
            of("Dirección de la publicación del PGD y la RM en el portal institucional",
                    "Address of the PGD and RM's publication on the institutional portal"), true);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04010001.class, CODE, "MINDEF (Perú)",
            Text.of("Formulación del Plan de Gobierno Digital del MINDEF",
                    "Formulating MINDEF's Digital Government Plan"))
            .mailTemplates("org.sigti.procedure.pgd.mail")
            .startedBy(Roles.JEFE)
            .step("0", of("Registrar la formulación del Plan de Gobierno Digital",
                    "Record the formulation of the Digital Government Plan")).byRequester()
                .output("Solicitud de formulación del PGD").next("1")
            .step("1", of("Disponer el inicio de la formulación del proyecto del PGD",
                    "Order the start of the formulation of the PGD")).by(Roles.JEFE, CHIEF)
                .output("Correo electrónico al Especialista de gobierno digital")
                .hint("El Plan de Gobierno Digital se aprueba para un periodo mínimo de tres (03) años.",
                        "The Digital Government Plan is approved for a period of at least three (3) years.")
                .field(START_YEAR).field(END_YEAR).onComplete(S04010001::open, START_YEAR, END_YEAR)
                .mails("pgdStart", Recipient.role(Roles.TECNICO, SPECIALIST)).next("2")
            .step("2", of("Elaborar el cronograma de trabajo para formular el PGD",
                    "Draft the work schedule for formulating the PGD")).by(Roles.RESPONSABLE, GOBTI)
                .output("Proyecto de cronograma de trabajo").field(SCHEDULE)
                .onComplete(S04010001::schedule, SCHEDULE).next("3")
            .step("3", of("Validar y remitir el proyecto del cronograma de trabajo del PGD",
                    "Validate and send the PGD's draft work schedule")).by(Roles.JEFE, CHIEF)
                .output("Oficio de convocatoria al CGD (SISTRADOC)")
                .hint("Remitir firma el oficio que convoca al CGD a reunión para aprobar el cronograma.",
                        "Sending signs the oficio calling the CGD to a meeting to approve the schedule.")
                .decide(SEND, of("Validar y remitir el oficio al CGD", "Validate and send the oficio to the CGD"),
                        "4")
                .loop(RETURN, of("Devolver el cronograma con observaciones", "Return the schedule with remarks"), "2")
                .on(SEND, S04010001::callOnSchedule)
                .then()
            .step("4", of("Revisar y aprobar el cronograma de trabajo para formular el PGD",
                    "Review and approve the work schedule for formulating the PGD")).by(Roles.COMITE, COMMITTEE)
                .output("Acta de reunión; cronograma aprobado")
                .field(SESSION).field(AGREEMENT).field(SCHEDULE_CHANGED)
                .decide(APPROVE, of("Aprobar el cronograma y firmar el acta", "Approve the schedule and sign the"
                        + " acta"), "5")
                .on(APPROVE, S04010001::approveSchedule, SESSION, AGREEMENT, SCHEDULE_CHANGED)
                .then()
            .step("5", of("Identificar riesgos para la formulación del PGD",
                    "Identify the risks of the PGD's formulation")).by(Roles.RESPONSABLE, GOBTI)
                .output("Matriz de riesgos (correo al Jefe(a) de la OGTIE)").field(RISKS)
                .onComplete(S04010001::risks, RISKS)
                .mails("pgdRisks", Recipient.role(Roles.JEFE, CHIEF)).next("6")
            .step("6", of("Aprobar y comunicar la matriz de riesgos", "Approve and communicate the risk matrix"))
                .by(Roles.JEFE, CHIEF).output("Matriz de riesgos aprobada (SISTRADOC)")
                .decide(APPROVE, of("Aprobar y comunicar a los involucrados", "Approve and tell those involved"),
                        "7")
                .loop(RETURN, of("Devolver la matriz con observaciones", "Return the matrix with remarks"), "5")
                .on(APPROVE, S04010001::communicateRisks)
                .then()
            .step("7", of("Determinar el enfoque estratégico de la entidad",
                    "Determine the entity's strategic approach")).by(Roles.JEFE, CHIEF)
                .output("Enfoque estratégico").field(PESEM).field(PEI).field(POLICIES)
                .onComplete(S04010001::approach, PESEM, PEI, POLICIES).next("8")
            .step("8", of("Solicitar a los responsables que informen la situación actual de los proyectos del"
                    + " portafolio del PGD vigente", "Ask the coordinators for the current status of the current"
                    + " PGD portfolio's projects")).by(Roles.RESPONSABLE, GOBTI).output("Correo electrónico")
                .fork("solicitar", of("Solicitar a los coordinadores", "Ask the coordinators"), "9.INNOV", "9.INFRA",
                        "9.GOBTI")
                .mailsOn("solicitar", "pgdStatusRequest", Recipient.role(Roles.RESPONSABLE, INNOVATION),
                        Recipient.role(Roles.RESPONSABLE, INFRASTRUCTURE), Recipient.role(Roles.RESPONSABLE, GOBTI))
                .then()
            .step("9.INNOV", statusTitle("innovación tecnológica", "technological innovation"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Reporte de situación (correo)").field(STATUS)
                .onComplete(S04010001::status, STATUS)
                .mails("pgdStatusReport", Recipient.role(Roles.RESPONSABLE, GOBTI)).next("10")
            .step("9.INFRA", statusTitle("infraestructura tecnológica", "technological infrastructure"))
                .by(Roles.RESPONSABLE, INFRASTRUCTURE).output("Reporte de situación (correo)").field(STATUS)
                .onComplete(S04010001::status, STATUS)
                .mails("pgdStatusReport", Recipient.role(Roles.RESPONSABLE, GOBTI)).next("10")
            .step("9.GOBTI", statusTitle("gobierno de TI", "IT governance"))
                .by(Roles.RESPONSABLE, GOBTI).output("Reporte de situación (correo)").field(STATUS)
                .onComplete(S04010001::status, STATUS)
                .mails("pgdStatusReport", Recipient.role(Roles.RESPONSABLE, GOBTI)).next("10")
            .step("10", of("Consolidar la situación actual de los proyectos del portafolio del PGD vigente",
                    "Consolidate the current status of the current PGD portfolio's projects"))
                .by(Roles.RESPONSABLE, GOBTI).join().output("Reporte consolidado (correo al Jefe(a))")
                .hint("Espera el reporte de cada coordinador.", "Waits for each coordinator's report.")
                .field(SITUATION).onComplete(S04010001::situation, SITUATION)
                .mails("pgdSituation", Recipient.role(Roles.JEFE, CHIEF)).next("11")
            .step("11", of("Analizar y aprobar la situación actual de los proyectos del portafolio del PGD del"
                    + " MINDEF", "Analyse and approve the current status of MINDEF's PGD portfolio projects"))
                .by(Roles.JEFE, CHIEF).output("Proyectos desestimados, reemplazados y que continúan")
                .hint("Los proyectos que continúan pasan al portafolio del nuevo periodo.",
                        "The projects that continue pass to the new period's portfolio.")
                .field(DECISIONS).onComplete(S04010001::decide, DECISIONS).next("12")
            .step("12", of("Definir y aprobar objetivos del nuevo periodo del PGD",
                    "Define and approve the objectives of the PGD's new period")).by(Roles.JEFE, CHIEF)
                .output("Objetivos de Gobierno Digital").field(OBJECTIVES)
                .onComplete(S04010001::objectives, OBJECTIVES).next("13")
            .step("13", of("Solicitar el llenado de matriz de la lista de los proyectos del PGD para el nuevo"
                    + " periodo", "Ask for the matrix of the new period's PGD projects to be filled in"))
                .by(Roles.RESPONSABLE, GOBTI).output("Matriz de la lista preliminar (correo)")
                .fork("solicitar", of("Remitir la matriz a los coordinadores", "Send the matrix to the"
                        + " coordinators"), "14.INNOV", "14.INFRA", "14.GOBTI")
                .mailsOn("solicitar", "pgdMatrixRequest", Recipient.role(Roles.RESPONSABLE, INNOVATION),
                        Recipient.role(Roles.RESPONSABLE, INFRASTRUCTURE), Recipient.role(Roles.RESPONSABLE, GOBTI))
                .then()
            .step("14.INNOV", sheetsTitle("innovación tecnológica", "technological innovation"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Matriz y fichas de proyecto (correo)").field(SHEETS)
                .onComplete(S04010001::sheets, SHEETS)
                .mails("pgdSheets", Recipient.role(Roles.RESPONSABLE, GOBTI)).next("15")
            .step("14.INFRA", sheetsTitle("infraestructura tecnológica", "technological infrastructure"))
                .by(Roles.RESPONSABLE, INFRASTRUCTURE).output("Matriz y fichas de proyecto (correo)").field(SHEETS)
                .onComplete(S04010001::sheets, SHEETS)
                .mails("pgdSheets", Recipient.role(Roles.RESPONSABLE, GOBTI)).next("15")
            .step("14.GOBTI", sheetsTitle("gobierno de TI", "IT governance"))
                .by(Roles.RESPONSABLE, GOBTI).output("Matriz y fichas de proyecto (correo)").field(SHEETS)
                .onComplete(S04010001::sheets, SHEETS)
                .mails("pgdSheets", Recipient.role(Roles.RESPONSABLE, GOBTI)).next("15")
            .step("15", of("Consolidar los proyectos priorizados del portafolio del nuevo periodo del PGD",
                    "Consolidate the prioritized projects of the new period's PGD portfolio"))
                .by(Roles.RESPONSABLE, GOBTI).join().output("Portafolio consolidado (correo al Jefe(a))")
                .hint("Espera la matriz de cada coordinador.", "Waits for each coordinator's matrix.")
                .mails("pgdPortfolio", Recipient.role(Roles.JEFE, CHIEF)).next("16")
            .step("16", of("Priorizar y validar los proyectos del portafolio de proyectos del nuevo periodo del"
                    + " PGD", "Prioritize and validate the projects of the new period's PGD portfolio"))
                .by(Roles.JEFE, CHIEF).output("Listado de proyectos priorizados y validados; oficio al CGD")
                .field(PRIORITIES)
                .decide("convocar", of("Validar el portafolio y convocar al CGD por oficio", "Validate the"
                        + " portfolio and call the CGD by oficio"), "17")
                .on("convocar", S04010001::callOnPortfolio, PRIORITIES)
                .then()
            .step("17", of("Aprobar el portafolio de proyectos del nuevo periodo del PGD",
                    "Approve the new period's PGD portfolio")).by(Roles.COMITE, COMMITTEE)
                .output("Acta de reunión; portafolio aprobado").field(SESSION).field(AGREEMENT)
                .decide(APPROVE, of("Aprobar el portafolio y firmar el acta", "Approve the portfolio and sign the"
                        + " acta"), "18")
                .on(APPROVE, S04010001::approvePortfolio, SESSION, AGREEMENT)
                .then()
            .step("18", of("Elaborar el proyecto del documento final del PGD", "Draft the PGD's final document"))
                .by(Roles.RESPONSABLE, GOBTI).output("Proyecto del documento final del PGD (correo al Jefe(a))")
                .hint("SIGTI genera el documento con la estructura del procedimiento a partir de los datos del plan"
                        + " y lo adjunta al caso.", "SIGTI writes the document in the procedure's structure from"
                        + " the plan's data and attaches it to the case.")
                .field(INTRODUCTION).onComplete(S04010001::draftDocument, INTRODUCTION)
                .mails("pgdDraft", Recipient.role(Roles.JEFE, CHIEF)).next("19")
            .step("19", of("Revisar y validar el proyecto del documento final del PGD del nuevo periodo",
                    "Review and validate the new period's draft PGD")).by(Roles.JEFE, CHIEF)
                .output("Oficio al CGD (SISTRADOC)")
                .decide(SEND, of("Validar y remitir al CGD", "Validate and send to the CGD"), "20")
                .loop(RETURN, of("Devolver el proyecto con observaciones", "Return the draft with remarks"), "18")
                .on(SEND, S04010001::sendDocument)
                .then()
            .step("20", of("Revisar y aprobar el documento final del PGD del nuevo periodo",
                    "Review and approve the new period's final PGD")).by(Roles.COMITE, COMMITTEE)
                .output("Acta de reunión de aprobación del PGD; PGD firmado").field(SESSION).field(AGREEMENT)
                .decide(APPROVE, of("Aprobar y firmar el PGD y el acta", "Approve and sign the PGD and the acta"),
                        "21")
                .on(APPROVE, S04010001::approveDocument, SESSION, AGREEMENT)
                .then()
            .step("21", of("Elaborar proyecto de informe de sustento de aprobación del PGD formulado",
                    "Draft the supporting report for the PGD's approval")).by(Roles.TECNICO, SPECIALIST)
                .output("Informe de sustento; proyecto de Resolución Ministerial").field(SUPPORT).field(DRAFT_RM)
                .onComplete(S04010001::support, SUPPORT, DRAFT_RM).next("22")
            .step("22", of("Remitir informe de sustento y proyecto de RM de aprobación del nuevo periodo del PGD",
                    "Send the supporting report and draft RM approving the new period's PGD"))
                .by(Roles.JEFE, CHIEF).output("Oficio a la SG (SISTRADOC)")
                .decide(SEND, of("Firmar y remitir el oficio a la SG", "Sign and send the oficio to the SG"), "23")
                .on(SEND, S04010001::sendToSecretary)
                .then()
            .step("23", of("Emitir Resolución Ministerial de aprobación del nuevo periodo del PGD",
                    "Issue the Resolución Ministerial approving the new period's PGD")).by(Roles.AUTORIDAD, MINISTER)
                .output("Resolución Ministerial; publicación en el portal institucional")
                .hint("Previa opinión técnica de la DGPP y opinión legal de la OGAJ. Firmar numera la Resolución"
                        + " Ministerial.", "After the DGPP's technical and the OGAJ's legal opinion. Signing numbers"
                        + " the Resolución Ministerial.")
                .field(PUBLICATION)
                .decide("firmar", of("Firmar la RM y disponer su publicación", "Sign the RM and order its"
                        + " publication"), "24")
                .on("firmar", S04010001::issueResolution, PUBLICATION)
                .then()
            .step("24", of("Remitir oficio comunicando emisión de RM a SGTD-PCM",
                    "Send the oficio reporting the RM to the SGTD of the PCM")).by(Roles.AUTORIDAD, SECRETARY)
                .output("Oficio a la SGTD-PCM (mesa de partes de la PCM)")
                .end(SEND, of("Firmar y remitir el oficio a la PCM", "Sign and send the oficio to the PCM"),
                        "SOLVED")
                .on(SEND, S04010001::informPcm)
                .then()
            .build();

    @Inject
    PgdSteps steps;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    private static Text statusTitle(String es, String en) {
        return of("Remitir la situación actual de los proyectos del portafolio del PGD vigente (" + es + ")",
                "Send the current status of the current PGD portfolio's projects (" + en + ")");
    }

    private static Text sheetsTitle(String es, String en) {
        return of("Llenar la matriz de la lista preliminar de los proyectos de Gobierno Digital (" + es + ")",
                "Fill in the preliminary list of digital-government projects (" + en + ")");
    }

    void open(Transition t) {
        steps.open(t);
    }

    void schedule(Transition t) {
        steps.schedule(t, SCHEDULE, t.value(SCHEDULE));
    }

    void callOnSchedule(Transition t) {
        steps.callOnSchedule(t);
    }

    void approveSchedule(Transition t) {
        steps.approveSchedule(t);
    }

    void risks(Transition t) {
        steps.risks(t);
    }

    void communicateRisks(Transition t) {
        steps.communicateRisks(t);
    }

    void approach(Transition t) {
        steps.approach(t);
    }

    void status(Transition t) {
        steps.status(t);
    }

    void situation(Transition t) {
        steps.situation(t);
    }

    void decide(Transition t) {
        steps.decide(t);
    }

    void objectives(Transition t) {
        steps.objectives(t);
    }

    void sheets(Transition t) {
        steps.sheets(t);
    }

    void callOnPortfolio(Transition t) {
        steps.callOnPortfolio(t);
    }

    void approvePortfolio(Transition t) {
        steps.approvePortfolio(t);
    }

    void draftDocument(Transition t) {
        steps.draftDocument(t);
    }

    void sendDocument(Transition t) {
        steps.sendDocument(t);
    }

    void approveDocument(Transition t) {
        steps.approveDocument(t);
    }

    void support(Transition t) {
        steps.support(t);
    }

    void sendToSecretary(Transition t) {
        steps.sendToSecretary(t);
    }

    void issueResolution(Transition t) {
        steps.issueResolution(t);
    }

    void informPcm(Transition t) {
        steps.informPcm(t);
    }
}
