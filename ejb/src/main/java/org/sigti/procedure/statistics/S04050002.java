package org.sigti.procedure.statistics;

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
 * S04.05.00.02 (MINDEF, Peru), Atención a las necesidades de información estadística de las unidades de organización
 * del MINDEF: procedures.md E23, the manual's section 6.5.2 (seed 004), whose table of activities wins.
 *
 * <p>Performers: the U.O.'s Director(a)/Jefe(a) = Director of the U.O. recorded at the start, in their own inbox
 * (1, 3); the Responsable de la coordinación del equipo de estadística = Responsable of ESTAD (2, 5, 9, 11); the
 * Especialista Estadístico = Técnico of ESTAD (6, 7, 8, 10); the Jefe(a) de la OGTIE = Jefe of JEFATURA (4, 12, 13).
 *
 * <p>As written: the need comes from a U.O. (1: its Director coordinates with the statistics coordinator, who confirms
 * whether the information exists or offers alternatives) or from the OGTIE (2: the coordinator reviews the U.O.'s ROF
 * and presents a proposal the U.O. evaluates); either way 3 the U.O.'s Director sends the oficio stating the need
 * (signed and numbered in the unit's series); 4 the Jefe(a) takes note and routes it; 5 the coordinator evaluates it,
 * agrees the resources and defines formats, tables, variables and codes; is the information available? Yes → 8; No →
 * 6 the specialist asks for it in the agreed formats, from the requesting U.O. by coordination or from other U.O. by
 * oficio with the formats attached, setting the modality, form and due date, and waits; 7 reviews and consolidates
 * what arrives, returning it with observations when needed; 8 builds the tables and charts and mails them to the
 * coordinator; 9 the coordinator reviews them, mailing observations back (↺ 8); 10 the specialist writes the
 * documento estadístico and mails it to the coordinator; 11 the coordinator writes the informe that attaches it and
 * sends both to the Jefe(a); 12 the Jefe(a) reviews them (observations ↺ 11); 13 gives the visto bueno to the
 * documento and sends it with an oficio to the requesting U.O.
 *
 * <p>SIGTI's names and additions: step "0" is the filing (the manual's input: the need, or the Sector's statistics)
 * and "0.I" the manual's "Inicio", where whoever filed records the U.O. and says where the need comes from (a filing
 * always leaves its first way out, so the branch is chosen one step later); "6.F" is the Jefe(a)'s visto bueno and
 * signature of the OGTIE's oficio asking other U.O. for the data (every OGTIE oficio is signed by its Jefe(a), as in
 * S04.02.00.03's step 2), which may return it to the specialist (↺ 6); "6.E" is the manual's wait ("se espera a que la
 * unidad de organización remita información"): the case waits in the specialist's inbox, showing which units owe what
 * and by when (the values of 6 and the oficio), until the specialist records what arrived; 7's observations send the
 * case back to that wait. The documento estadístico is an official document of the OGTIE (kind INFORME, the manual's
 * products being compendios, trípticos and informes) written at 10 and signed by the Jefe(a) at 13; the informe of 11
 * is the coordinator's, signed and sent to the Jefe(a) at once, and a new one is written after an observation of 12.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04050002 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.05.00.02";
    static final String STATISTICS = "ESTAD";
    static final String CHIEF = "JEFATURA";
    static final String FROM_UNIT = "unidad";
    static final String FROM_OGTIE = "ogtie";
    static final String AVAILABLE = "disponible";
    static final String MISSING = "faltan";
    static final String BY_OFICIO = "oficio";
    static final String COORDINATE = "coordinar";
    static final String SEND = "remitir";
    static final String OBSERVE = "observar";
    static final String AGREED = "conforme";

    /** Step 0.I: the U.O. whose need is attended, by its code (DGA, ...). */
    public static final FieldDefinition UNIT = FieldDefinition.text("uo_solicitante",
            of("Unidad de organización solicitante (código)", "Requesting unit of organization (code)"), true);
    /** Step 1: the coordination with the statistics coordinator. */
    public static final FieldDefinition COORDINATION = FieldDefinition.longText("coordinacion_estadistica",
            of("Coordinación con el equipo de estadística: asesoramiento recibido, información disponible o"
                    + " alternativas", "Coordination with the statistics team: advice received, information"
                    + " available or alternatives"), true);
    /** Step 2: the proposal presented after reviewing the U.O.'s ROF. */
    public static final FieldDefinition PROPOSAL = FieldDefinition.longText("propuesta_estadistica",
            of("Propuesta de información estadística (revisado el ROF de la unidad y evaluada en reunión de trabajo)",
                    "Proposal of statistical information (the unit's ROF reviewed, evaluated in a working meeting)"),
            true);
    /** Step 3: the need the U.O.'s oficio states. */
    public static final FieldDefinition NEED = FieldDefinition.longText("necesidad_estadistica",
            of("Información estadística que se necesita (se expone en el oficio)",
                    "Statistical information needed (stated in the oficio)"), true);
    /** Step 5: the resources agreed with the U.O. */
    public static final FieldDefinition RESOURCES = FieldDefinition.longText("recursos_necesarios",
            of("Recursos necesarios coordinados con la unidad de organización",
                    "Resources agreed with the unit of organization"), true);
    /** Step 5: formats, tables, variables and codes, standardized. */
    public static final FieldDefinition DEFINITION = FieldDefinition.longText("formatos_variables_codigos",
            of("Formatos, cuadros, variables, tablas y códigos definidos", "Formats, tables, variables and codes"
                    + " defined"), true);
    /** Step 6: the units that owe the data, by their codes. */
    public static final FieldDefinition SOURCES = FieldDefinition.text("unidades_informantes",
            of("Unidades de organización que remiten la información (códigos separados por comas)",
                    "Units of organization that send the data (codes, separated by commas)"), true);
    /** Step 6: what is asked, in the agreed formats. */
    public static final FieldDefinition ASKED = FieldDefinition.longText("informacion_solicitada",
            of("Información solicitada en los formatos establecidos (se adjuntan al oficio)",
                    "Data requested in the agreed formats (attached to the oficio)"), true);
    /** Step 6: modality and form of delivery. */
    public static final FieldDefinition MODALITY = FieldDefinition.text("modalidad_entrega",
            of("Modalidad y forma de entrega", "Modality and form of delivery"), true);
    /** Step 6: the due date, dd/mm/aaaa. */
    public static final FieldDefinition DUE = FieldDefinition.text("fecha_entrega",
            of("Fecha de entrega (dd/mm/aaaa)", "Due date (dd/mm/yyyy)"), true);
    /** Step 6.E: what arrived, from whom and when. */
    public static final FieldDefinition RECEIVED = FieldDefinition.longText("informacion_recibida",
            of("Información recibida (de qué unidad y cuándo)", "Data received (from which unit, when)"), true);
    /** Step 7: the review of what arrived: consolidated, or the observations returned. */
    public static final FieldDefinition REVIEW = FieldDefinition.longText("revision_consolidacion",
            of("Revisión y consolidación de la información recibida (u observaciones para su subsanación)",
                    "Review and consolidation of the data received (or remarks to correct it)"), true);
    /** Step 8: the tables and charts built. */
    public static final FieldDefinition TABLES = FieldDefinition.longText("cuadros_graficos",
            of("Cuadros y gráficos estadísticos desarrollados", "Statistical tables and charts built"), true);
    /** Step 10: the documento estadístico's title. */
    public static final FieldDefinition DOCUMENT_TITLE = FieldDefinition.text("titulo_documento",
            of("Título del documento estadístico (compendio, tríptico, informe…)",
                    "Title of the statistical document (compendium, leaflet, report…)"), true);
    /** Step 10: its content. */
    public static final FieldDefinition DOCUMENT = FieldDefinition.longText("contenido_documento",
            of("Contenido del documento estadístico: cuadros, gráficos, notas", "Content of the statistical"
                    + " document: tables, charts, notes"), true);
    /** Step 11: the coordinator's informe. */
    public static final FieldDefinition REPORT = FieldDefinition.longText("informe_estadistico",
            of("Informe que adjunta el documento estadístico", "Report attaching the statistical document"), true);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04050002.class, CODE, "MINDEF (Perú)",
            Text.of("Atención a las necesidades de información estadística de las unidades de organización del"
                    + " MINDEF", "Attention to the statistical information needs of MINDEF's units of organization"))
            .mailTemplates("org.sigti.procedure.statistics.needs")
            .startedBy(Roles.DIRECTOR, Roles.RESPONSABLE, Roles.JEFE)
            .step("0", of("Registrar la necesidad de información estadística",
                    "Record the need for statistical information")).byRequester()
                .output("Necesidad de información estadística").next("0.I")
            .step("0.I", of("Inicio: indicar la unidad de organización y de dónde parte la necesidad",
                    "Start: give the unit of organization and where the need comes from")).byRequester()
                .hint("Si la necesidad parte de la unidad de organización, su Director(a) coordina con la OGTIE"
                        + " (actividad 1); si parte de la OGTIE, el equipo de estadística asesora a la unidad"
                        + " (actividad 2).", "If the unit of organization has the need, its Director coordinates"
                        + " with the OGTIE (activity 1); if the OGTIE does, the statistics team advises the unit"
                        + " (activity 2).")
                .field(UNIT)
                .decide(FROM_UNIT, of("La necesidad parte de la unidad de organización (actividad 1)",
                        "The need comes from the unit of organization (activity 1)"), "1")
                .decide(FROM_OGTIE, of("La necesidad parte de la OGTIE (actividad 2)",
                        "The need comes from the OGTIE (activity 2)"), "2")
                .onComplete(S04050002::checkUnit, UNIT).then()
            .step("1", of("Coordinar con la OGTIE la necesidad de información estadística",
                    "Coordinate the need for statistical information with the OGTIE"))
                .byUnitIn(Roles.DIRECTOR, UNIT.name()).output("Coordinación")
                .hint("Se pide al Jefe(a) de la OGTIE apoyo y se coordina con el responsable de la coordinación del"
                        + " equipo de estadística (se le envía un correo).", "The Jefe(a) de la OGTIE is asked for"
                        + " support and the statistics coordinator is consulted (a mail is sent).")
                .field(COORDINATION)
                .mails("supportRequest", Recipient.role(Roles.RESPONSABLE, STATISTICS),
                        Recipient.role(Roles.JEFE, CHIEF))
                .next("3")
            .step("2", of("Brindar asesoramiento y orientación en temas estadísticos y presentar la propuesta de"
                    + " información estadística", "Advise on statistics and present the proposal of statistical"
                    + " information")).by(Roles.RESPONSABLE, STATISTICS).output("Propuesta de información"
                            + " estadística")
                .field(PROPOSAL).next("3")
            .step("3", of("Solicitar información estadística mediante oficio (SISTRADOC)",
                    "Request statistical information by oficio (SISTRADOC)"))
                .byUnitIn(Roles.DIRECTOR, UNIT.name()).output("Oficio")
                .hint("Su oficio a la OGTIE se numera y firma al enviarlo.",
                        "Your oficio to the OGTIE is numbered and signed when sent.")
                .field(NEED).onComplete(S04050002::requestStatistics, NEED).next("4")
            .step("4", of("Recibir y derivar la solicitud de información estadística al responsable de la"
                    + " coordinación del equipo de estadística", "Take note and route the request to the statistics"
                    + " coordinator")).by(Roles.JEFE, CHIEF).output("Derivación").next("5")
            .step("5", of("Evaluar la solicitud y determinar los recursos necesarios: formatos, cuadros, variables,"
                    + " tablas y códigos", "Evaluate the request and set the resources: formats, tables, variables"
                    + " and codes")).by(Roles.RESPONSABLE, STATISTICS).output("Definición de datos")
                .field(RESOURCES).field(DEFINITION)
                .decide(AVAILABLE, of("Se cuenta con la información solicitada (actividad 8)",
                        "The information is available (activity 8)"), "8")
                .decide(MISSING, of("No se cuenta con la información: solicitarla (actividad 6)",
                        "The information is missing: request it (activity 6)"), "6")
                .then()
            .step("6", of("Solicitar el envío de información en los formatos establecidos",
                    "Request the data in the agreed formats")).by(Roles.TECNICO, STATISTICS)
                .output("Solicitud de información")
                .hint("A la unidad solicitante se le pide por coordinación; a otras unidades, mediante oficio con los"
                        + " formatos adjuntos, que firma el Jefe(a) de la OGTIE.", "The requesting unit is asked by"
                        + " coordination; other units by an oficio with the formats attached, signed by the Jefe(a)"
                        + " de la OGTIE.")
                .field(SOURCES).field(ASKED).field(MODALITY).field(DUE)
                .decide(BY_OFICIO, of("Solicitar a otras unidades de organización mediante oficio",
                        "Ask other units of organization by oficio"), "6.F")
                .decide(COORDINATE, of("Coordinar con la unidad de organización solicitante",
                        "Coordinate with the requesting unit of organization"), "6.E")
                .on(BY_OFICIO, S04050002::askByOficio, UNIT, SOURCES, ASKED, MODALITY, DUE, DEFINITION)
                .on(COORDINATE, S04050002::askRequester, UNIT, SOURCES, DUE)
                .then()
            .step("6.F", of("Dar visto bueno, firmar y remitir el oficio que solicita la información",
                    "Approve, sign and send the oficio requesting the data")).by(Roles.JEFE, CHIEF).output("Oficio")
                .decide(SEND, of("Dar visto bueno, firmar y remitir el oficio", "Approve, sign and send the oficio"),
                        "6.E")
                .loop(OBSERVE, of("Devolver el proyecto con observaciones", "Return the draft with remarks"), "6")
                .on(SEND, S04050002::sendDataRequest)
                .on(OBSERVE, S04050002::returnDataRequest)
                .then()
            .step("6.E", of("Esperar la información de las unidades de organización en la modalidad, forma y fecha"
                    + " establecidas", "Wait for the units' data in the agreed modality, form and date"))
                .by(Roles.TECNICO, STATISTICS).output("Información recibida")
                .hint("El caso espera: las unidades, la información y la fecha de entrega están en «Datos"
                        + " registrados» y en el oficio. Registre lo recibido para continuar.", "The case waits: the"
                        + " units, the data and the due date are in «Recorded values» and the oficio. Record what"
                        + " arrived to go on.")
                .field(RECEIVED).next("7")
            .step("7", of("Revisar y consolidar la información estadística recibida",
                    "Review and consolidate the statistical data received")).by(Roles.TECNICO, STATISTICS)
                .output("Información consolidada").field(REVIEW)
                .decide(AGREED, of("Consolidar la información", "Consolidate the data"), "8")
                .loop(OBSERVE, of("Devolver con observaciones para su subsanación",
                        "Return with remarks for correction"), "6.E")
                .then()
            .step("8", of("Desarrollar los cuadros y gráficos estadísticos solicitados y remitirlos por correo al"
                    + " responsable de la coordinación del equipo de estadística", "Build the statistical tables and"
                    + " charts requested and mail them to the statistics coordinator"))
                .by(Roles.TECNICO, STATISTICS).output("Cuadros y gráficos estadísticos").field(TABLES)
                .mails("tablesForReview", Recipient.role(Roles.RESPONSABLE, STATISTICS)).next("9")
            .step("9", of("Revisar la información estadística desarrollada", "Review the statistics built"))
                .by(Roles.RESPONSABLE, STATISTICS)
                .decide(AGREED, of("Sin observaciones", "No remarks"), "10")
                .loop(OBSERVE, of("Remitir observaciones por correo al Especialista Estadístico",
                        "Mail remarks to the statistics specialist"), "8")
                .mailsOn(OBSERVE, "tablesObserved", Recipient.role(Roles.TECNICO, STATISTICS))
                .on(OBSERVE, S04050002::requireReason)
                .then()
            .step("10", of("Formular el documento estadístico y remitirlo por correo al responsable de la"
                    + " coordinación del equipo de estadística", "Write the statistical document and mail it to"
                    + " the statistics coordinator")).by(Roles.TECNICO, STATISTICS).output("Documento estadístico")
                .field(DOCUMENT_TITLE).field(DOCUMENT)
                .onComplete(S04050002::writeDocument, UNIT, DOCUMENT_TITLE, DOCUMENT, TABLES)
                .mails("documentForReview", Recipient.role(Roles.RESPONSABLE, STATISTICS)).next("11")
            .step("11", of("Revisar el documento estadístico y elaborar el informe que lo adjunta (SISTRADOC)",
                    "Review the statistical document and write the report that attaches it (SISTRADOC)"))
                .by(Roles.RESPONSABLE, STATISTICS).output("Informe y documento estadístico")
                .hint("Su informe se numera y firma al enviarlo al Jefe(a) de la OGTIE.",
                        "Your report is numbered and signed when sent to the Jefe(a) de la OGTIE.")
                .field(REPORT).onComplete(S04050002::writeReport, UNIT, REPORT).next("12")
            .step("12", of("Revisar el informe y el documento estadístico", "Review the report and the statistical"
                    + " document")).by(Roles.JEFE, CHIEF)
                .decide(AGREED, of("Sin observaciones (actividad 13)", "No remarks (activity 13)"), "13")
                .loop(OBSERVE, of("Remitir observaciones al responsable de la coordinación del equipo de"
                        + " estadística", "Send remarks to the statistics coordinator"), "11")
                .on(OBSERVE, S04050002::requireReason)
                .then()
            .step("13", of("Dar visto bueno al documento estadístico y remitirlo con oficio a la unidad de"
                    + " organización solicitante (SISTRADOC)", "Approve the statistical document and send it with"
                    + " an oficio to the requesting unit of organization (SISTRADOC)")).by(Roles.JEFE, CHIEF)
                .output("Oficio y documento estadístico")
                .hint("Firmar numera el documento estadístico y el oficio, y los envía a la unidad.",
                        "Signing numbers the statistical document and the oficio, and sends them to the unit.")
                .end(SEND, of("Firmar y remitir el documento estadístico con oficio",
                        "Sign and send the statistical document with an oficio"), "SOLVED")
                .on(SEND, S04050002::deliver, UNIT)
                .then()
            .build();

    @Inject
    StatisticalNeeds needs;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    void checkUnit(Transition t) {
        needs.requestingUnit(t, t.value(UNIT));
    }

    void requestStatistics(Transition t) {
        needs.requestStatistics(t);
    }

    void askByOficio(Transition t) {
        needs.askByOficio(t);
    }

    void askRequester(Transition t) {
        needs.askRequester(t);
    }

    void sendDataRequest(Transition t) {
        needs.sendDataRequest(t);
    }

    void returnDataRequest(Transition t) {
        needs.returnDataRequest(t);
    }

    void requireReason(Transition t) {
        needs.requireReason(t);
    }

    void writeDocument(Transition t) {
        needs.writeDocument(t);
    }

    void writeReport(Transition t) {
        needs.writeReport(t);
    }

    void deliver(Transition t) {
        needs.deliver(t);
    }
}
