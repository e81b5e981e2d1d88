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
 * S04.05.00.01 (MINDEF, Peru), Producción y difusión de la información estadística del Sector Defensa: procedures.md
 * E22, the manual's section 6.5.1 (seed 004), whose table of 31 activities wins.
 *
 * <p>Performers: the Responsable de la coordinación del equipo de estadística = Responsable of ESTAD (1, 3, 8, 9, 13,
 * 14, 16, 19, 21, 23, 25, 28); the Especialista estadístico = Técnico of ESTAD (15, 18, 20, 27); the Jefe(a) de la
 * OGTIE = Jefe of JEFATURA (2, 4, 7, 10, 11, 17, 22, 24, 26, 29, 30); the Secretario(a) General = Autoridad of SG (5,
 * 6, 12, 31). The entities' representatives (Responsables de los Órganos Estadísticos, role Representante) do step
 * 13's work through the statistics intake ({@code /statistics/upload.xhtml}): the role is outside the institution's
 * staff, so no inbox step is theirs, and the case waits for their uploads in the coordinator's inbox.
 *
 * <p>As written: Monitoreo y Evaluación: 1 the year's activity schedule and its informe de sustento, mailed to the
 * Jefe(a); 2 approved by mail; 3 the oficio múltiple asking the Sector's entities to designate their representatives
 * (titular and alterno), drafted for the Secretario(a) General; 4 the Jefe(a)'s visto bueno; 5 the SG signs and sends
 * it and waits for the lists; 6 the SG routes the lists to the OGTIE; 7 the Jefe(a) routes them to the coordinator; 8
 * the directory of the Comité de Coordinación Estadística, from the representatives SIGTI knows; 9 the Cronograma de
 * envío de información al MINDEF (entity, table, date: lines of the statistics board for the yearbook's period) and
 * its informe; 10 the Jefe(a)'s review (observations ↺ 9); 11 the visto bueno and the expediente to the SG; 12 the SG
 * approves the schedule (its lines become official) and sends it to the entities by oficio múltiple; 13 the entities
 * send their tables through the intake; 14 the follow-up assigned to the specialist; 15 evaluated and loaded (the
 * intake's accepted versions are the OGTIE's database); 16 the coordinator's informe on it; 17 the Jefe(a) takes note.
 * Producción y difusión: 18 tables and charts built from the accepted data, mailed to the coordinator; 19 reviewed
 * (observations mailed back, ↺ 18), then in parallel 20 the document's content and notes (→ 27) and 21 the oficio to
 * the OGPPRP asking for the covers; 22 signed and sent by the Jefe(a) (the OGPPRP designs them: E03); 23 the
 * coordinator reviews the designs uploaded to the case; 24 the Jefe(a)'s visto bueno (observations ↺ 23); 25 the
 * oficio to the DGA asking for the sleeves and labels to be printed; 26 signed and sent by the Jefe(a) (S01); 27 the
 * Anuario Estadístico assembled as a PDF (covers, tables, charts, notes) once both branches arrive; 28 the informe
 * técnico de sustento (observations mailed to the specialist, ↺ 27); 29 the Jefe(a)'s review (↺ 28); 30 the expediente
 * to the SG; 31 the SG approves it and sends it to the entities (oficio múltiple, and a mail to each representative).
 *
 * <p>SIGTI's names and additions: step "0" is the filing by the coordinator (the manual's trigger is the year's
 * schedule); step 13 moves on when the coordinator says the intake is complete enough, refused while no table of the
 * schedule is accepted (the board shows who sent what, and the case lists the schedule's lines); 2 and 24 may return
 * the work, as any approval can be refused; the oficio múltiple of 3 is drafted by the coordinator in the SG's series,
 * reviewed by the Jefe(a) at 4 and signed by the SG at 5.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04050001 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.05.00.01";
    static final String STATISTICS = "ESTAD";
    static final String CHIEF = "JEFATURA";
    static final String SECRETARY = "SG";
    static final String APPROVE = "aprobar";
    static final String OBSERVE = "observar";
    static final String SEND = "remitir";
    static final String AGREED = "conforme";
    static final String PARALLEL = "paralelo";

    /** Step 1: the yearbook's period (the year whose statistics it publishes). */
    public static final FieldDefinition PERIOD = FieldDefinition.text("periodo_anuario",
            of("Periodo del anuario (el año, p. ej. 2026)", "Yearbook period (the year, e.g. 2026)"), true);
    /** Step 1: the year's activity schedule. */
    public static final FieldDefinition ACTIVITIES = FieldDefinition.longText("cronograma_actividades",
            of("Cronograma de actividades del equipo de estadística: una por línea, «Actividad | Mes»",
                    "Activity schedule of the statistics team: one a line, «Activity | Month»"), true);
    /** Step 1: its informe de sustento. */
    public static final FieldDefinition ACTIVITIES_REPORT = FieldDefinition.longText("sustento_actividades",
            of("Informe de sustento del cronograma de actividades", "Supporting report of the activity schedule"),
            true);
    /** Step 3: the request to designate representatives. */
    public static final FieldDefinition DESIGNATION = FieldDefinition.longText("solicitud_designacion",
            of("Texto del oficio múltiple: designación del titular y el alterno de cada órgano estadístico",
                    "Text of the oficio múltiple: designation of each statistical body's titular and alterno"), true);
    /** Step 6: the lists received. */
    public static final FieldDefinition LISTS = FieldDefinition.longText("listas_representantes",
            of("Oficios recibidos con el listado de representantes (entidad y documento)",
                    "Oficios received with the list of representatives (entity and document)"), true);
    /** Step 8: special working committees promoted, if any. */
    public static final FieldDefinition SPECIAL_COMMITTEES = FieldDefinition.longText("comites_especiales",
            of("Comités especiales de trabajo que se promueven (opcional)",
                    "Special working committees promoted (optional)"), false);
    /** Step 9: the submission schedule. */
    public static final FieldDefinition SUBMISSIONS = FieldDefinition.longText("cronograma_envio",
            of("Cronograma de envío: un cuadro por línea, «Entidad (código) | Cuadro (código) | Fecha (dd/mm/aaaa)»",
                    "Submission schedule: one table a line, «Entity (code) | Table (code) | Date (dd/mm/yyyy)»"),
            true);
    /** Step 9: its informe de sustento. */
    public static final FieldDefinition SUBMISSIONS_REPORT = FieldDefinition.longText("sustento_envio",
            of("Informe de sustento del cronograma de envío", "Supporting report of the submission schedule"), true);
    /** Step 15: the evaluation of the data received. */
    public static final FieldDefinition EVALUATION = FieldDefinition.longText("evaluacion_informacion",
            of("Seguimiento, control y evaluación de la información recibida",
                    "Follow-up, control and evaluation of the data received"), true);
    /** Step 16: the informe on the evaluation. */
    public static final FieldDefinition STATUS_REPORT = FieldDefinition.longText("informe_situacion",
            of("Informe sobre la situación de la evaluación de la información estadística",
                    "Report on the state of the statistical data's evaluation"), true);
    /** Step 18: the tables and charts built. */
    public static final FieldDefinition TABLES = FieldDefinition.longText("cuadros_graficos",
            of("Cuadros y gráficos estadísticos desarrollados (se generan con los datos aceptados)",
                    "Statistical tables and charts built (drawn from the accepted data)"), true);
    /** Step 20: the document's notes. */
    public static final FieldDefinition NOTES = FieldDefinition.longText("notas_anuario",
            of("Contenido del documento estadístico: presentación y notas sobre la información",
                    "Content of the statistical document: presentation and notes on the data"), true);
    /** Step 21: the request for the covers. */
    public static final FieldDefinition COVERS_REQUEST = FieldDefinition.longText("solicitud_caratulas",
            of("Oficio a la OGPPRP: carátula principal, carátulas internas, funda y etiqueta del CD",
                    "Oficio to the OGPPRP: main cover, internal covers, CD sleeve and label"), true);
    /** Step 23: the review of the designs received. */
    public static final FieldDefinition COVERS_REVIEW = FieldDefinition.longText("revision_caratulas",
            of("Revisión del diseño de las carátulas (adjunte los diseños al caso: PNG, JPG o PDF)",
                    "Review of the cover designs (attach the designs to the case: PNG, JPG or PDF)"), true);
    /** Step 25: the request to print sleeves and labels. */
    public static final FieldDefinition PRINT_REQUEST = FieldDefinition.longText("solicitud_impresion",
            of("Oficio a la DGA: impresión de fundas y etiquetas", "Oficio to the DGA: printing sleeves and labels"),
            true);
    /** Step 28: the informe técnico de sustento. */
    public static final FieldDefinition TECHNICAL_REPORT = FieldDefinition.longText("informe_tecnico",
            of("Informe técnico de sustento del documento estadístico",
                    "Technical supporting report of the statistical document"), true);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04050001.class, CODE, "MINDEF (Perú)",
            Text.of("Producción y difusión de la información estadística del Sector Defensa",
                    "Producing and publishing the Defence Sector's statistics"))
            .mailTemplates("org.sigti.procedure.statistics.yearbook")
            .startedBy(Roles.RESPONSABLE, Roles.JEFE)
            .step("0", of("Registrar el inicio del ciclo anual de la estadística sectorial",
                    "Record the start of the sector statistics' yearly cycle")).byRequester()
                .output("Solicitud").next("1")
            // Monitoreo y Evaluación
            .step("1", of("Formular y remitir el cronograma de actividades del equipo de estadística",
                    "Draft and send the statistics team's activity schedule")).by(Roles.RESPONSABLE, STATISTICS)
                .output("Cronograma de actividades; informe de sustento (correo al Jefe(a))")
                .field(PERIOD).field(ACTIVITIES).field(ACTIVITIES_REPORT)
                .onComplete(S04050001::activities, PERIOD, ACTIVITIES, ACTIVITIES_REPORT)
                .mails("activitiesForReview", Recipient.role(Roles.JEFE, CHIEF)).next("2")
            .step("2", of("Revisar cronograma de actividades del equipo de estadística",
                    "Review the statistics team's activity schedule")).by(Roles.JEFE, CHIEF)
                .output("Aprobación (correo)")
                .decide(APPROVE, of("Aprobar el cronograma de actividades", "Approve the activity schedule"), "3")
                .loop(OBSERVE, of("Devolver con observaciones", "Return with remarks"), "1")
                .mailsOn(APPROVE, "activitiesApproved", Recipient.role(Roles.RESPONSABLE, STATISTICS))
                .on(OBSERVE, S04050001::requireReason)
                .then()
            .step("3", of("Proyectar solicitud de designación de los responsables de los órganos estadísticos",
                    "Draft the request to designate the statistical bodies' representatives"))
                .by(Roles.RESPONSABLE, STATISTICS).output("Proyecto de oficio múltiple (SISTRADOC)")
                .hint("El oficio múltiple se dirige a las entidades del Sector registradas en el directorio y lo firma"
                        + " el/la Secretario(a) General.", "The oficio múltiple goes to the Sector's entities on the"
                        + " directory and is signed by the Secretario(a) General.")
                .field(DESIGNATION).onComplete(S04050001::draftDesignation, DESIGNATION).next("4")
            .step("4", of("Revisar solicitud de designación de los responsables de los órganos estadísticos",
                    "Review the request to designate the statistical bodies' representatives")).by(Roles.JEFE, CHIEF)
                .output("Visto bueno (SISTRADOC)")
                .decide(SEND, of("Dar visto bueno y remitir a la Secretaría General",
                        "Approve and send to the Secretaría General"), "5")
                .loop(OBSERVE, of("Devolver el proyecto con observaciones", "Return the draft with remarks"), "3")
                .on(SEND, S04050001::approveDesignation)
                .on(OBSERVE, S04050001::observeDesignation)
                .then()
            .step("5", of("Remitir solicitud de designación de los responsables de los órganos estadísticos",
                    "Send the request to designate the statistical bodies' representatives"))
                .by(Roles.AUTORIDAD, SECRETARY).output("Oficio múltiple firmado")
                .hint("Firmar numera el oficio múltiple y lo envía a las entidades; luego se espera su listado de"
                        + " representantes.", "Signing numbers the oficio múltiple and sends it to the entities; then"
                        + " their lists of representatives are awaited.")
                .decide("firmar", of("Firmar y remitir el oficio múltiple", "Sign and send the oficio múltiple"), "6")
                .on("firmar", S04050001::signDesignation)
                .then()
            .step("6", of("Recibir y derivar listado de representantes a la OGTIE",
                    "Receive the lists of representatives and route them to the OGTIE"))
                .by(Roles.AUTORIDAD, SECRETARY).output("Derivación (SISTRADOC)").field(LISTS).next("7")
            .step("7", of("Tomar conocimiento y derivar listado de representantes",
                    "Take note and route the lists of representatives")).by(Roles.JEFE, CHIEF)
                .output("Derivación (SISTRADOC)").next("8")
            .step("8", of("Consolidar listado de representantes: directorio del Comité de Coordinación de Estadística"
                    + " del Sector Defensa", "Consolidate the lists: the directory of the Sector's statistics"
                    + " coordination committee")).by(Roles.RESPONSABLE, STATISTICS).output("Directorio")
                .hint("El directorio se genera con los representantes (titular y alterno) registrados para cada"
                        + " entidad.", "The directory is written from the representatives (titular and alterno)"
                        + " recorded for each entity.")
                .field(SPECIAL_COMMITTEES).onComplete(S04050001::directory, SPECIAL_COMMITTEES).next("9")
            .step("9", of("Formular y remitir el Cronograma de envío de información al MINDEF",
                    "Draft and send the schedule for sending data to MINDEF")).by(Roles.RESPONSABLE, STATISTICS)
                .output("Cronograma de envío; informe de sustento (SISTRADOC)")
                .hint("Cada línea se registra en el tablero de seguimiento estadístico para el periodo del anuario.",
                        "Each line is put on the statistics board for the yearbook's period.")
                .field(SUBMISSIONS).field(SUBMISSIONS_REPORT)
                .onComplete(S04050001::submissionSchedule, SUBMISSIONS, SUBMISSIONS_REPORT).next("10")
            .step("10", of("Revisar el Cronograma de envío de información al MINDEF",
                    "Review the schedule for sending data to MINDEF")).by(Roles.JEFE, CHIEF)
                .decide(AGREED, of("Sin observaciones (actividad 11)", "No remarks (activity 11)"), "11")
                .loop(OBSERVE, of("Remitir observaciones al responsable de la coordinación (actividad 9)",
                        "Send remarks to the coordinator (activity 9)"), "9")
                .on(OBSERVE, S04050001::requireReason)
                .then()
            .step("11", of("Remitir el Cronograma de envío de información al MINDEF",
                    "Send the schedule for sending data to MINDEF")).by(Roles.JEFE, CHIEF)
                .output("Expediente a la Secretaría General (SISTRADOC)")
                .decide(SEND, of("Dar visto bueno y remitir el expediente a la Secretaría General",
                        "Approve and send the file to the Secretaría General"), "12")
                .on(SEND, S04050001::scheduleToSecretary)
                .then()
            .step("12", of("Aprobar y remitir el Cronograma de envío de información al MINDEF",
                    "Approve and send the schedule for sending data to MINDEF")).by(Roles.AUTORIDAD, SECRETARY)
                .output("Cronograma de envío aprobado; oficio múltiple a las entidades")
                .hint("Aprobar hace oficiales las líneas del cronograma y lo remite a las entidades.",
                        "Approving makes the schedule's lines official and sends it to the entities.")
                .decide(APPROVE, of("Aprobar y remitir a las entidades", "Approve and send to the entities"), "13")
                .on(APPROVE, S04050001::approveSchedule)
                .then()
            .step("13", of("Preparar y remitir la información al MINDEF (las entidades, por el envío de cuadros"
                    + " estadísticos)", "Prepare and send the data to MINDEF (the entities, through the table"
                    + " upload)")).by(Roles.RESPONSABLE, STATISTICS).output("Envíos de información")
                .hint("Los representantes de las entidades remiten sus cuadros en «Envío de cuadros estadísticos»; el"
                        + " tablero de seguimiento muestra quién envió qué. Continúe cuando la información esté"
                        + " recibida (al menos un cuadro aceptado).", "The entities' representatives send their"
                        + " tables in «Envío de cuadros estadísticos»; the statistics board shows who sent what. Go on"
                        + " once the data is in (at least one table accepted).")
                .onComplete(S04050001::intakeReceived).next("14")
            .step("14", of("Asignar el seguimiento, control y evaluación de la información estadística del Sector"
                    + " Defensa", "Assign the follow-up, control and evaluation of the Sector's statistics"))
                .by(Roles.RESPONSABLE, STATISTICS).output("Asignación")
                .mails("followUpAssigned", Recipient.role(Roles.TECNICO, STATISTICS)).next("15")
            .step("15", of("Evaluar la información estadística", "Evaluate the statistical data"))
                .by(Roles.TECNICO, STATISTICS).output("Información ingresada a la base de datos de la OGTIE")
                .field(EVALUATION).next("16")
            .step("16", of("Monitorear e informar la situación de la evaluación de la información estadística"
                    + " efectuada", "Monitor and report on the statistical data's evaluation"))
                .by(Roles.RESPONSABLE, STATISTICS).output("Informe (SISTRADOC)")
                .field(STATUS_REPORT).onComplete(S04050001::statusReport, STATUS_REPORT).next("17")
            .step("17", of("Tomar conocimiento sobre la situación de la evaluación de la información estadística"
                    + " efectuada", "Take note of the statistical data's evaluation")).by(Roles.JEFE, CHIEF)
                .next("18")
            // Producción y difusión
            .step("18", of("Desarrollar cuadros y gráficos estadísticos del Sector Defensa",
                    "Build the Sector's statistical tables and charts")).by(Roles.TECNICO, STATISTICS)
                .output("Cuadros y gráficos (correo al responsable de la coordinación)")
                .hint("Los cuadros y los gráficos del anuario se generan con los datos aceptados del periodo.",
                        "The yearbook's tables and charts are drawn from the period's accepted data.")
                .field(TABLES).onComplete(S04050001::tables, TABLES)
                .mails("tablesForReview", Recipient.role(Roles.RESPONSABLE, STATISTICS)).next("19")
            .step("19", of("Revisar la información estadística desarrollada", "Review the statistics built"))
                .by(Roles.RESPONSABLE, STATISTICS)
                .fork(PARALLEL, of("Sin observaciones: continuar con el contenido (20) y las carátulas (21)",
                        "No remarks: go on with the content (20) and the covers (21)"), "20", "21")
                .loop(OBSERVE, of("Remitir observaciones por correo al Especialista estadístico",
                        "Mail remarks to the statistics specialist"), "18")
                .mailsOn(OBSERVE, "tablesObserved", Recipient.role(Roles.TECNICO, STATISTICS))
                .on(OBSERVE, S04050001::requireReason)
                .then()
            .step("20", of("Formular el contenido del documento estadístico requerido",
                    "Write the content of the statistical document")).by(Roles.TECNICO, STATISTICS)
                .output("Contenido: gráficos, cuadros y notas").field(NOTES).next("27")
            .step("21", of("Formular la solicitud del diseño de las carátulas del documento estadístico",
                    "Draft the request for the statistical document's cover designs"))
                .by(Roles.RESPONSABLE, STATISTICS).output("Proyecto de oficio a la OGPPRP (SISTRADOC)")
                .field(COVERS_REQUEST).onComplete(S04050001::draftCoversRequest, COVERS_REQUEST).next("22")
            .step("22", of("Revisar y remitir la solicitud de diseño de las carátulas del documento estadístico",
                    "Review and send the request for the cover designs")).by(Roles.JEFE, CHIEF)
                .output("Oficio a la OGPPRP (subproceso E03)")
                .decide("firmar", of("Firmar y remitir el oficio a la OGPPRP", "Sign and send the oficio to the"
                        + " OGPPRP"), "23")
                .on("firmar", S04050001::sendCoversRequest)
                .then()
            .step("23", of("Revisar diseño de las carátulas del documento estadístico",
                    "Review the statistical document's cover designs")).by(Roles.RESPONSABLE, STATISTICS)
                .hint("Adjunte al caso los diseños recibidos de la OGPPRP (carátula principal en PNG o JPG para el"
                        + " anuario).", "Attach the designs received from the OGPPRP to the case (the main cover as"
                        + " PNG or JPG for the yearbook).")
                .field(COVERS_REVIEW).onComplete(S04050001::reviewCovers, COVERS_REVIEW).next("24")
            .step("24", of("Revisar y aprobar el diseño de las carátulas del documento estadístico",
                    "Review and approve the cover designs")).by(Roles.JEFE, CHIEF).output("Carátulas aprobadas")
                .decide(APPROVE, of("Dar visto bueno a las carátulas", "Approve the covers"), "25")
                .loop(OBSERVE, of("Devolver con observaciones para su subsanación", "Return with remarks"), "23")
                .on(OBSERVE, S04050001::requireReason)
                .then()
            .step("25", of("Proyectar oficio a la DGA solicitando impresión de fundas y etiquetas",
                    "Draft the oficio asking the DGA to print sleeves and labels")).by(Roles.RESPONSABLE, STATISTICS)
                .output("Proyecto de oficio a la DGA (SISTRADOC)")
                .field(PRINT_REQUEST).onComplete(S04050001::draftPrintRequest, PRINT_REQUEST).next("26")
            .step("26", of("Remitir la solicitud de impresión de fundas y etiquetas",
                    "Send the request to print sleeves and labels")).by(Roles.JEFE, CHIEF)
                .output("Oficio a la DGA (subproceso S01)")
                .decide("firmar", of("Firmar y remitir el oficio a la DGA", "Sign and send the oficio to the DGA"),
                        "27")
                .on("firmar", S04050001::sendPrintRequest)
                .then()
            .step("27", of("Consolidar documento estadístico", "Consolidate the statistical document"))
                .by(Roles.TECNICO, STATISTICS).join().output("Anuario Estadístico (PDF)")
                .hint("Espera el contenido (20) y las carátulas (26). SIGTI arma el anuario en PDF con las carátulas,"
                        + " los cuadros, los gráficos y las notas, y lo adjunta al caso.", "Waits for the content (20)"
                        + " and the covers (26). SIGTI assembles the yearbook as a PDF with the covers, tables, charts"
                        + " and notes, and attaches it to the case.")
                .onComplete(S04050001::assemble).next("28")
            .step("28", of("Revisar el documento estadístico requerido y elaborar el informe técnico de sustento",
                    "Review the statistical document and write the technical supporting report"))
                .by(Roles.RESPONSABLE, STATISTICS).output("Informe técnico de sustento (SISTRADOC)")
                .field(TECHNICAL_REPORT)
                .decide(SEND, of("Remitir al Jefe(a) de la OGTIE con el informe técnico",
                        "Send to the Jefe(a) de la OGTIE with the technical report"), "29")
                .loop(OBSERVE, of("Remitir observaciones por correo al Especialista estadístico",
                        "Mail remarks to the statistics specialist"), "27")
                .mailsOn(OBSERVE, "yearbookObserved", Recipient.role(Roles.TECNICO, STATISTICS))
                .on(SEND, S04050001::technicalReport, TECHNICAL_REPORT)
                .on(OBSERVE, S04050001::requireReason)
                .then()
            .step("29", of("Revisar y validar el documento estadístico", "Review and validate the statistical"
                    + " document")).by(Roles.JEFE, CHIEF)
                .decide(AGREED, of("Sin observaciones (actividad 30)", "No remarks (activity 30)"), "30")
                .loop(OBSERVE, of("Remitir observaciones al responsable de la coordinación (actividad 28)",
                        "Send remarks to the coordinator (activity 28)"), "28")
                .on(OBSERVE, S04050001::requireReason)
                .then()
            .step("30", of("Remitir el documento estadístico para su aprobación",
                    "Send the statistical document for approval")).by(Roles.JEFE, CHIEF)
                .output("Expediente a la Secretaría General (SISTRADOC)")
                .decide(SEND, of("Dar visto bueno y remitir el expediente a la Secretaría General",
                        "Approve and send the file to the Secretaría General"), "31")
                .on(SEND, S04050001::yearbookToSecretary)
                .then()
            .step("31", of("Aprobar y difundir el documento estadístico formulado",
                    "Approve and publish the statistical document")).by(Roles.AUTORIDAD, SECRETARY)
                .output("Anuario Estadístico aprobado; oficio múltiple a las entidades")
                .hint("Aprobar firma el oficio múltiple que remite el anuario a las entidades y avisa por correo a"
                        + " sus representantes.", "Approving signs the oficio múltiple sending the yearbook to the"
                        + " entities and mails their representatives.")
                .end(APPROVE, of("Aprobar y remitir a las entidades del Sector", "Approve and send to the Sector's"
                        + " entities"), "SOLVED")
                .on(APPROVE, S04050001::distribute)
                .then()
            .build();

    @Inject
    YearbookSteps steps;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    void activities(Transition t) {
        steps.activities(t);
    }

    void requireReason(Transition t) {
        steps.requireReason(t);
    }

    void draftDesignation(Transition t) {
        steps.draftDesignation(t);
    }

    void approveDesignation(Transition t) {
        steps.approveDesignation(t);
    }

    void observeDesignation(Transition t) {
        steps.observeDesignation(t);
    }

    void signDesignation(Transition t) {
        steps.signDesignation(t);
    }

    void directory(Transition t) {
        steps.directory(t);
    }

    void submissionSchedule(Transition t) {
        steps.submissionSchedule(t);
    }

    void scheduleToSecretary(Transition t) {
        steps.scheduleToSecretary(t);
    }

    void approveSchedule(Transition t) {
        steps.approveSchedule(t);
    }

    void intakeReceived(Transition t) {
        steps.intakeReceived(t);
    }

    void statusReport(Transition t) {
        steps.statusReport(t);
    }

    void tables(Transition t) {
        steps.tables(t);
    }

    void draftCoversRequest(Transition t) {
        steps.draftCoversRequest(t);
    }

    void sendCoversRequest(Transition t) {
        steps.sendCoversRequest(t);
    }

    void reviewCovers(Transition t) {
        steps.reviewCovers(t);
    }

    void draftPrintRequest(Transition t) {
        steps.draftPrintRequest(t);
    }

    void sendPrintRequest(Transition t) {
        steps.sendPrintRequest(t);
    }

    void assemble(Transition t) {
        steps.assemble(t);
    }

    void technicalReport(Transition t) {
        steps.technicalReport(t);
    }

    void yearbookToSecretary(Transition t) {
        steps.yearbookToSecretary(t);
    }

    void distribute(Transition t) {
        steps.distribute(t);
    }
}
