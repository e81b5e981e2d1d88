package org.sigti.procedure.maintenance;

import static org.sigti.workflow.flow.Text.of;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.document.OfficialDocumentKind;
import org.sigti.procedure.change.ChangeCases;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;
import org.sigti.workflow.flow.Text;

/**
 * DPG/ESIN-PRO-5 (Defensoría del Pueblo, Bolivia), Mantenimiento de Sistemas, its own flow (section 7.A; the manual
 * does not number its activities, so SIGTI numbers them c1–c8 as procedures.md A1 does; the flowchart 7.B is missing).
 * <ul>
 * <li>c1: any unit or area of the DP files the Formulario de soporte técnico (DGP/ESIN-R-1) asking for maintenance.</li>
 * <li>c2 "Remisión para análisis de factibilidad" ("DGP / Responsable de ESIN"): the Responsable de ESIN receives it,
 * names the system of the catalog and, "dependiendo la complejidad o tiempo requerido", passes it to the Técnico III
 * for the analysis or to the Director(a) DGP. Step {@code c2.DGP} is SIGTI's name for the Director's remission of a
 * complex request (the manual's "Director/a DGP" branch of c2); the Director is the Jefe of the DP's JEFATURA.</li>
 * <li>c3: the Técnico III – Soporte de Sistemas analyses whether it is viable, records the maintenance type of
 * section 7 (preventive, corrective, evolutive) and the feasibility informe, which goes to the requester by
 * institutional e-mail when viable; the register DGP/ESIN-R-6 gets its row ("análisis de factibilidad" SI/NO).</li>
 * <li>c4: the maintenance, in a test environment; SIGTI drafts the Acta de conformidad for the requester and mails
 * them the request for the functional review.</li>
 * <li>c5: the requesting unit's functional review: conforming, it signs the Acta de conformidad (numbered); not
 * conforming, it says why and the case goes back to c4 (the seed leaves this loop implicit, procedures.md A1).</li>
 * <li>c6: the requesting unit approves the changes.</li>
 * <li>c7: the Técnico III puts them into production: the change goes into the system's history (DP's rule d)
 * "Control de cambios") after the source copy taken "antes de cada mantenimiento" (frequency table), and the R-6
 * row is concluded with its date and hour. Step {@code c7.D} is SIGTI's, as in SEPREM-DI-007.1: without a copy the
 * Responsable de ESIN waives it, with the reason (audited), and the case returns to c7.</li>
 * <li>c8: not viable (time, or the priority of other substantive work): the justification goes to the requesting
 * unit by one of the three media the manual allows, the Técnico III's choice: institutional e-mail, or an Informe or
 * a Nota Interna of ESIN that the Técnico III signs (numbered, sent to the unit, announced by e-mail); it concludes
 * the R-6 row.</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class DpgEsinPro5 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "DPG/ESIN-PRO-5";
    static final String ROUTE = "c2";
    static final String DIRECTOR = "c2.DGP";
    static final String FEASIBILITY = "c3";
    static final String EXECUTION = "c4";
    static final String REVIEW = "c5";
    static final String GO_LIVE = "c7";
    static final String WAIVER = "c7.D";
    static final String JUSTIFICATION_STEP = "c8";
    static final String VIABLE = "viable";
    static final String NOT_VIABLE = "no_viable";
    static final String CONFORMING = "conforme";
    static final String NOT_CONFORMING = "no_conforme";
    static final String IN_PRODUCTION = "produccion";
    /** c8's three media, as the manual lists them: "Informe, Nota Interna o correo electrónico". */
    static final String BY_MAIL = "remitir";
    static final String BY_INFORME = "informe";
    static final String BY_NOTE = "nota_interna";

    /** c2: the system of the Defensoría's catalog, by its code (STH, SSP, GAFIP, SISCO, ...). */
    public static final FieldDefinition SYSTEM = FieldDefinition.text("sistema_mantenimiento",
            of("Sistema del catálogo (código)", "System of the catalog (code)"), true);
    /** c3: the maintenance type of section 7. */
    public static final FieldDefinition TYPE = FieldDefinition.choice("tipo_mantenimiento",
            of("Tipo de mantenimiento", "Maintenance type"), true, List.of(
                    new Option(MaintenanceCases.PREVENTIVE, of("Preventivo", "Preventive")),
                    new Option(MaintenanceCases.CORRECTIVE, of("Correctivo", "Corrective")),
                    new Option(MaintenanceCases.EVOLUTIVE, of("Evolutivo", "Evolutive"))));
    /** c3: the informe (or institutional e-mail) of feasibility. */
    public static final FieldDefinition ANALYSIS = FieldDefinition.longText("informe_factibilidad",
            of("Informe de factibilidad del mantenimiento", "Maintenance feasibility report"), true);
    /** c4: where the requester reviews the maintenance. */
    public static final FieldDefinition TEST_ENVIRONMENT = FieldDefinition.text("ambiente_prueba",
            of("Ambiente de prueba (dirección o nombre)", "Test environment (address or name)"), true);
    /** c4: what was changed, the change's description in the system's history and in the acta. */
    public static final FieldDefinition CHANGES = FieldDefinition.longText("cambios_mantenimiento",
            of("Cambios realizados", "Changes made"), true);
    /** c4: the version: a tag or a commit of the system's repository (Git, GitLab). */
    public static final FieldDefinition VERSION = FieldDefinition.text("version_mantenimiento",
            of("Versión (etiqueta o commit del repositorio)", "Version (repository tag or commit)"), true);
    /** c7: how the change is undone if production fails. */
    public static final FieldDefinition ROLLBACK = FieldDefinition.longText("plan_reversion_mantenimiento",
            of("Plan de reversión", "Rollback plan"), true);
    /** c7: the source copy taken before the maintenance, by its number (blank: the system's latest). */
    public static final FieldDefinition COPY = FieldDefinition.text("copia_previa_mantenimiento",
            of("N.º de la copia de respaldo previa (opcional: si no, la última del sistema)",
                    "No. of the backup copy taken before (optional: otherwise the system's latest)"), false);
    /** c7: the register's OBSERVACIONES. */
    public static final FieldDefinition OBSERVATIONS = FieldDefinition.longText("observaciones_registro",
            of("Observaciones del registro DGP/ESIN-R-6 (opcional)", "Remarks for register DGP/ESIN-R-6 (optional)"),
            false);
    /** c7.D: why the maintenance goes to production without a copy. */
    public static final FieldDefinition WAIVER_REASON = FieldDefinition.longText("motivo_dispensa_mantenimiento",
            of("Motivo de la dispensa de la copia previa", "Reason to waive the prior backup copy"), true);
    /** c8: why the maintenance is not viable. */
    public static final FieldDefinition JUSTIFICATION = FieldDefinition.longText("justificacion_no_viable",
            of("Justificación (tiempo o prioridad de otras actividades sustantivas)",
                    "Justification (time, or priority of other substantive work)"), true);

    static final ChangeCases.ChangeFields CHANGE = new ChangeCases.ChangeFields(SYSTEM, CHANGES, VERSION, ROLLBACK,
            COPY);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(DpgEsinPro5.class, CODE,
            "Defensoría del Pueblo (Bolivia)", Text.of("Mantenimiento de Sistemas", "Systems maintenance"))
            .offeredAs(51, of("Necesito un cambio o una mejora en un sistema existente",
                    "I need a change or an improvement in an existing system"))
            .mailTemplates("org.sigti.procedure.maintenance.mail")
            .step("c1", of("Solicitar el mantenimiento con el formulario de soporte técnico",
                    "Request the maintenance with the technical-support form")).byRequester()
                .output("Formulario de soporte técnico (DGP/ESIN-R-1)")
                .hint("Indique el sistema y el mantenimiento que necesita (tipo de solicitud 2: modificar o mejorar"
                        + " el sistema).", "Name the system and the maintenance you need (request type 2: modify or"
                        + " improve the system).")
                .next(ROUTE)
            .step(ROUTE, of("Remitir la solicitud para el análisis de factibilidad",
                    "Route the request for the feasibility analysis")).by(Roles.RESPONSABLE, Checklist.ESIN)
                .output("Correo electrónico y/o nota interna de la solicitud")
                .hint("Según la complejidad o el tiempo requerido, derive al Técnico III o remita al Director(a)"
                        + " General de Planificación.", "Depending on complexity or time required, pass it to the"
                        + " Técnico III or to the Director(a) General de Planificación.")
                .field(SYSTEM)
                .onComplete(DpgEsinPro5::checkSystem, SYSTEM)
                .decide("analisis", of("Derivar al Técnico III para el análisis de factibilidad",
                        "Pass to the Técnico III for the feasibility analysis"), FEASIBILITY)
                .decide("dgp", of("Compleja o de mayor tiempo: remitir al Director(a) DGP",
                        "Complex or long: send to the Director(a) DGP"), DIRECTOR)
                .then()
            .step(DIRECTOR, of("Remitir la solicitud compleja para el análisis de factibilidad",
                    "Route the complex request for the feasibility analysis")).by(Roles.JEFE, Checklist.JEFATURA)
                .output("Nota interna de la solicitud").next(FEASIBILITY)
            .step(FEASIBILITY, of("Analizar la viabilidad técnica del requerimiento",
                    "Analyse whether the requirement is technically viable")).by(Roles.TECNICO, Checklist.ESIN)
                .output("Informe o correo electrónico institucional de factibilidad del mantenimiento")
                .hint("El análisis llena la fila del registro DGP/ESIN-R-6 (análisis de factibilidad SI/NO); si es"
                        + " viable, el informe se envía al solicitante por correo.", "The analysis fills the row of"
                        + " register DGP/ESIN-R-6 (feasibility yes/no); if viable, the report is mailed to the"
                        + " requester.")
                .field(TYPE).field(ANALYSIS)
                .onComplete(DpgEsinPro5::assess, SYSTEM, TYPE)
                .mailsOn(VIABLE, "maintenanceFeasible", Recipient.requester())
                .decide(VIABLE, of("Viable: ejecutar el mantenimiento", "Viable: do the maintenance"), EXECUTION)
                .decide(NOT_VIABLE, of("No viable: remitir la justificación", "Not viable: send the justification"),
                        JUSTIFICATION_STEP)
                .then()
            .step(EXECUTION, of("Ejecutar el mantenimiento con control de calidad en el ambiente de prueba",
                    "Do the maintenance with quality control in the test environment"))
                .by(Roles.TECNICO, Checklist.ESIN)
                .output("Correo electrónico institucional solicitando revisión de funcionalidad")
                .hint("SIGTI redacta el Acta de conformidad para la unidad solicitante y le pide la revisión funcional"
                        + " por correo.", "SIGTI drafts the Acta de conformidad for the requesting unit and asks it by"
                        + " mail for the functional review.")
                .field(TEST_ENVIRONMENT).field(CHANGES).field(VERSION)
                .onComplete(DpgEsinPro5::draftActa, SYSTEM, TYPE, TEST_ENVIRONMENT, CHANGES, VERSION)
                .mails("maintenanceReview", Recipient.requester())
                .next(REVIEW)
            .step(REVIEW, of("Revisar la funcionalidad en el ambiente de prueba",
                    "Review the functionality in the test environment")).byRequester()
                .output("Acta de conformidad y/o correo electrónico de conformidad")
                .hint("Conforme: firma el Acta de conformidad. No conforme: escriba en el comentario qué falta; el"
                        + " mantenimiento vuelve al Técnico III.", "Conforming: sign the Acta de conformidad. Not"
                        + " conforming: write what is missing in the comment; the maintenance goes back to the"
                        + " Técnico III.")
                .decide(CONFORMING, of("Conforme: firmar el Acta de conformidad",
                        "Conforming: sign the Acta de conformidad"), "c6")
                .loop(NOT_CONFORMING, of("No conforme: devolver con observaciones",
                        "Not conforming: return with remarks"), EXECUTION)
                .on(CONFORMING, DpgEsinPro5::signActa)
                .on(NOT_CONFORMING, DpgEsinPro5::returnActa)
                .then()
            .step("c6", of("Aprobar los cambios del mantenimiento", "Approve the maintenance changes")).byRequester()
                .output("Aprobación de los cambios")
                .next(GO_LIVE)
            .step(GO_LIVE, of("Pasar a producción y registrar en el formulario de mantenimiento de sistemas",
                    "Put into production and record it in the systems-maintenance register"))
                .by(Roles.TECNICO, Checklist.ESIN).output("Formulario de mantenimiento de sistemas (DGP/ESIN-R-6)"
                        + " actualizado")
                .hint("Exige la copia de respaldo del código fuente tomada antes del mantenimiento (desde que se abrió"
                        + " el caso), o la dispensa del Responsable de ESIN; registra el cambio en el historial del"
                        + " sistema y concluye la fila del registro DGP/ESIN-R-6.", "Needs the source-code copy taken"
                        + " before the maintenance (since the case was opened), or the Responsable de ESIN's waiver;"
                        + " records the change in the system's history and concludes the DGP/ESIN-R-6 row.")
                .field(ROLLBACK).field(COPY).field(OBSERVATIONS)
                .end(IN_PRODUCTION, of("Pasar a producción", "Put into production"), "SOLVED")
                .loop("sin_copia", of("Sin copia previa: pedir la dispensa al Responsable de ESIN",
                        "No prior copy: ask the Responsable de ESIN for a waiver"), WAIVER)
                .on(IN_PRODUCTION, DpgEsinPro5::goLive, COPY, OBSERVATIONS)
                .then()
            .step(WAIVER, of("Dispensar la copia de respaldo previa al mantenimiento, con su motivo",
                    "Waive the backup copy before the maintenance, with the reason"))
                .by(Roles.RESPONSABLE, Checklist.ESIN).output("Dispensa registrada")
                .hint("La dispensa queda registrada con su motivo como evento de seguridad.",
                        "The waiver is kept with its reason as a security event.")
                .field(WAIVER_REASON)
                .onComplete(DpgEsinPro5::waive, WAIVER_REASON)
                .next(GO_LIVE)
            .step(JUSTIFICATION_STEP, of("Remitir la justificación a la unidad solicitante",
                    "Send the justification to the requesting unit")).by(Roles.TECNICO, Checklist.ESIN)
                .output("Informe, Nota Interna o correo electrónico a la unidad sustantiva o de apoyo")
                .hint("Elija el medio: por correo institucional la justificación va a la persona solicitante; el"
                        + " Informe o la Nota Interna sale numerado y firmado por usted a la unidad solicitante, con"
                        + " aviso por correo. Cualquiera concluye la fila del registro DGP/ESIN-R-6.", "Choose the"
                        + " medium: by institutional e-mail the justification goes to the requester; the Informe or"
                        + " the Nota Interna goes numbered and signed by you to the requesting unit, with a notice by"
                        + " e-mail. Any of them concludes the DGP/ESIN-R-6 row.")
                .field(JUSTIFICATION)
                .mailsOn(BY_MAIL, "maintenanceNotViable", Recipient.requester())
                .mailsOn(BY_INFORME, "maintenanceNotViableDocument", Recipient.requester())
                .mailsOn(BY_NOTE, "maintenanceNotViableDocument", Recipient.requester())
                .onComplete(DpgEsinPro5::justify, JUSTIFICATION)
                .on(BY_INFORME, DpgEsinPro5::justifyByInforme, SYSTEM, JUSTIFICATION)
                .on(BY_NOTE, DpgEsinPro5::justifyByNote, SYSTEM, JUSTIFICATION)
                .end(BY_MAIL, of("Remitir la justificación por correo institucional y cerrar",
                        "Send the justification by institutional e-mail and close"), "REJECTED")
                .end(BY_INFORME, of("Remitir un Informe firmado con la justificación y cerrar",
                        "Send a signed Informe with the justification and close"), "REJECTED")
                .end(BY_NOTE, of("Remitir una Nota Interna firmada con la justificación y cerrar",
                        "Send a signed Nota Interna with the justification and close"), "REJECTED")
                .then()
            .build();

    @Inject
    ChangeCases changes;

    @Inject
    MaintenanceCases cases;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** c2: the system must be in the Defensoría's catalog. */
    void checkSystem(Transition t) {
        changes.checkSystem(t, SYSTEM);
    }

    /** c3: the register's row, with the type and whether it is viable. */
    void assess(Transition t) {
        cases.assess(t, SYSTEM, TYPE, t.took(VIABLE));
    }

    /** c4: the Acta de conformidad for the requester, drafted (or written again after a non-conformity). */
    void draftActa(Transition t) {
        cases.draftActa(t, SYSTEM, TYPE, TEST_ENVIRONMENT, CHANGES, VERSION);
    }

    /** c5, conforme: the requester signs the acta, which numbers it. */
    void signActa(Transition t) {
        cases.signActa(t);
    }

    /** c5, no conforme: the acta goes back to the Técnico III with the reason. */
    void returnActa(Transition t) {
        cases.returnActa(t);
    }

    /** c7: the change in the system's history (after its copy or under a waiver), the R-6 row concluded. */
    void goLive(Transition t) {
        changes.goLive(t, CHANGE);
        cases.conclude(t, true, t.value(OBSERVATIONS));
    }

    /** c7.D: the Responsable de ESIN waives the copy for this case's system. */
    void waive(Transition t) {
        changes.waive(t, SYSTEM, WAIVER_REASON);
    }

    /** c8 by an Informe of ESIN, signed by the Técnico III and sent to the requesting unit. */
    void justifyByInforme(Transition t) {
        cases.justifyByDocument(t, OfficialDocumentKind.INFORME, SYSTEM, JUSTIFICATION);
    }

    /** c8 by a Nota Interna of ESIN, signed by the Técnico III and sent to the requesting unit. */
    void justifyByNote(Transition t) {
        cases.justifyByDocument(t, OfficialDocumentKind.NOTA_INTERNA, SYSTEM, JUSTIFICATION);
    }

    /** c8: not viable; the R-6 row is concluded with the justification. */
    void justify(Transition t) {
        cases.conclude(t, false, t.value(JUSTIFICATION));
    }
}
