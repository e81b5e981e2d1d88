package org.sigti.procedure.lifecycle;

import static org.sigti.workflow.flow.Text.of;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.procedure.change.ChangeCases;
import org.sigti.quality.QaFields;
import org.sigti.quality.QualityAssurance;
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
 * S04.02.00.01 (MINDEF, Peru), Desarrollo, implementación y puesta en producción de sistemas de información del
 * MINDEF: procedures.md E4, the manual's section 6.2.1 (seed 004), whose table of activities wins.
 *
 * <p>Performers: the U.O.'s Director(a)/Jefe(a), owner of the system (propietario del sistema), files the case and
 * signs in their own inbox; the Jefe(a) de la OGTIE = Jefe of JEFATURA; the Responsable de la coordinación del equipo
 * de innovación tecnológica = Responsable of INNOV; the Responsable del análisis de sistemas and the Analista
 * programador / Analista en programación de sistemas = Técnicos of INNOV (the lead names the programmer at 8, and
 * assigns each step to its person with «Asignar el siguiente paso a»); the Responsable del análisis de calidad de
 * sistemas = Técnico of GOBTI and the coordinator of the Equipo de gobierno de TI = Responsable of GOBTI; the
 * Operador(a) de mesa de ayuda = Operador of MESA; the Responsable de infraestructura tecnológica / DBA = Técnico of
 * INFRA and its coordinator = Responsable of INFRA; the Técnico informático especialista = Técnico of CIBER.
 *
 * <p>As written: 1 the owner's oficio with the Ficha de requerimiento (formato N°1) → 2 the Jefe(a) assigns it → 3 the
 * innovation lead evaluates it (viable? yes → 6, no → 4 the oficio de observaciones, 5 the Jefe(a) sends it, END);
 * 6 the project charter (N°2), mailed to the analyst → 7 the product backlog (N°3) → 8 the complexity (Alta/Media →
 * 9 the perfil N°4, 10 the documento de análisis N°5; Baja → 12) → 12 the manuals (N°7, N°8) → 13 the Acta de
 * desarrollo (N°9) → 14 the environments, then 15 development ∥ 16 monitoring, joined at 17 the QA request → 18–22
 * QA (plan N°10, matrix N°11, defects N°12: defects? yes ↺ 17) → 23 the informe de pruebas (N°13) and the Acta de QA
 * (N°14) → 24 UAT → 25 results, the owner invited by mail → 26 presentation (conforming? no ↺ 15 ∥ 16; yes the Acta
 * de conformidad N°15) → 27 the solicitud de pase (N°16) → 28 the help desk assigns → 29 the go-live → 30 validation
 * (external publication? yes → 31, no → 40) → 31–39 the Internet publication (complete? 32 → 35 / 33 → 34 ↺ 32;
 * satisfactory? 36 → 39 / 37; problem in the request? 37 → 38 ↺ 35 / ↺ 35) → 40 the ticket closed → 41 notice of the
 * go-live → 42 training (N°17) → 43 inventory → 44 the informe de cierre → 45 the Jefe(a) takes note, END. The
 * manual's misprints are followed by their sense: 30 "Sí: Ir a la actividad 30" is 31, 36 "Sí: Ir a la actividad 38"
 * is 39 (38 is the reformulation of the "No" side).
 *
 * <p>SIGTI's names and additions: step 11, the acta de requerimientos (N°6), is reached by no step of the manual
 * (10 and the Baja branch both say 12) [sic]; SIGTI puts it on the path of 10 (10 → 11 → 12), since the acta records
 * the requirements the perfil and the análisis established with the user area, which the Baja branch does not write,
 * and step 17 bundles it "en caso corresponda"; the Baja branch goes to 12 as written. The actas are official documents
 * signed in turn by the people the manual names, and where a step's performer is not the last signer SIGTI adds the
 * next signer's step: 11.F1 (the Analista en programación) and 11.F2 (the owner) sign the acta de requerimientos;
 * 13.F (the analyst) the Acta de desarrollo; 23.F (the governance coordinator) the Acta de QA ("gestiona la firma");
 * 26.F1 (the innovation lead) and 26.F2 (the owner) the Acta de conformidad. The Jefe(a) may return the oficio de
 * observaciones to its author (5 ↺ 4), as any visto bueno. "30.R" is the rollback the manual writes inside 30 ("en
 * caso de haber inconsistencias, se procederá a efectuar el rollback correspondiente, con los respaldos antes
 * generados"), shaped as S04.02.00.02's 23.R: the Responsable de infraestructura records the copy restored (linked to
 * the case like any restore, {@link org.sigti.backup.Restores}) and what it restored, the innovation team is mailed, and
 * development reopens (15 ∥ 16); the next go-live at 29 then needs its prior copy like any change. "Not conforming" at
 * 26 reopens development the same way.
 *
 * <p>What the steps record in the modules: the go-live (29) on the system's change history, its first release
 * ({@link org.sigti.changes.SystemChanges#firstRelease}); the QA record and window ({@code QualityAssurance}: 18 opens
 * it, 19 plans the calendar from the interfaces, 22 "no defects" is refused while a defect is pending); the
 * publication request checked as typed (31, 34, 38), complete (32) and registered in the cybersecurity team's register
 * (39, {@code Publications}); the Acta de capacitación with its attendance (42, {@code Trainings}); the inventory of
 * information systems (43, {@code SystemInventory}). The help desk's tickets the manual names are linked cases
 * ({@link HelpDeskTicket}), assigned and closed by the Operador(a) de mesa de ayuda in the ticket: 17 files the
 * quality-control ticket ("QA"), 27 the go-live ticket ("PASE": 28 waits until the Operador assigns it there, 40 until
 * they close it), 31 the publication ticket ("PUB", whose number the publications register quotes), 42 the training
 * ticket ("CAP"). Step 3's ticket, the requirement's attention that 6 closes, is the lead's own and is recorded by its
 * number. Step 15 records the code review (SonarQube and OWASP ZAP reports attached, their figures checked, {@link
 * CodeReviews}) in the acta de revisión de código; 24 drafts the informe final de pruebas (UAT), which the system's
 * user (its owner, 24.F1) and the governance coordinator (24.F2) sign after the QA analyst, as the manual says.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04020001 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.02.00.01";
    static final String CHIEF = "JEFATURA";
    static final String INNOVATION = "INNOV";
    static final String GOVERNANCE = "GOBTI";
    static final String INFRASTRUCTURE = "INFRA";
    static final String CYBER = "CIBER";
    static final String DESK = "MESA";
    static final String JOIN = "17";

    static final String VIABLE = "viable";
    static final String NOT_VIABLE = "no_viable";
    static final String SEND = "remitir";
    static final String RETURN = "observar";
    static final String HIGH = "alta_media";
    static final String LOW = "baja";
    static final String DEFECTS = "con_defectos";
    static final String NO_DEFECTS = "sin_defectos";
    static final String CONFORMING = "conforme";
    static final String NOT_CONFORMING = "no_conforme";
    static final String PUBLISH = "publicacion";
    static final String NO_PUBLICATION = "sin_publicacion";
    static final String ROLLBACK = "rollback";
    static final String COMPLETE = "completos";
    static final String INCOMPLETE = "incompletos";
    static final String SATISFACTORY = "satisfactorio";
    static final String UNSATISFACTORY = "no_satisfactorio";
    static final String REQUEST_PROBLEM = "solicitud";
    static final String CONFIGURATION_PROBLEM = "configuracion";
    static final String TAKE_NOTE = "tomar_conocimiento";
    static final String ROLLBACK_STEP = "30.R";
    static final String REOPEN = "reabrir";
    /** The link to the go-live's help-desk ticket (27 opens it; 28 and 40 wait on it). */
    static final String PASS = "PASE";
    /** The prose formats (análisis, manuals) are files attached to the case; a file attached again is its next version. */
    private static final String PROSE_HINT_ES = "Adjunte el documento al caso. Si lo corrige, adjúntelo de nuevo con el"
            + " mismo nombre: el SIGTI lo guarda como su versión siguiente y conserva las anteriores.";
    private static final String PROSE_HINT_EN = "Attach the document to the case. If you correct it, attach it again"
            + " under the same name: SIGTI keeps it as its next version, with the earlier ones.";
    /** The links to the other help-desk tickets: quality control (17), publication (31), training (42). */
    static final String QA_LINK = "QA";
    static final String PUBLICATION_LINK = "PUB";
    static final String TRAINING_LINK = "CAP";

    /** Step 3: the help-desk ticket for the requirement's attention. */
    public static final FieldDefinition TICKET = FieldDefinition.text("ticket_requerimiento",
            of("N.º del ticket de mesa de ayuda del requerimiento", "Help-desk ticket no. of the requirement"), true);
    /** Step 3: the evaluation (scope, stakeholders, resources, PGD, regulation). */
    public static final FieldDefinition EVALUATION = FieldDefinition.longText("evaluacion_requerimiento",
            of("Evaluación: alcance, interesados, recursos necesarios, inclusión en el PGD y normatividad",
                    "Evaluation: scope, stakeholders, resources needed, inclusion in the PGD and regulation"), true);
    /** Step 4: why the project is not viable, and the alternative proposed. */
    public static final FieldDefinition OBSERVATIONS = FieldDefinition.longText("observaciones_requerimiento",
            of("Sustento de la inviabilidad y alternativa de solución propuesta",
                    "Why it is not viable, and the alternative solution proposed"), true);
    /** Step 6: the project charter (formato N°2). */
    public static final FieldDefinition CHARTER = FieldDefinition.longText("project_charter",
            of("Project charter (formato N° 02): objetivo, alcance, cronograma e interesados",
                    "Project charter (format No. 02): objective, scope, schedule and stakeholders"), true);
    /** Step 7: the product backlog (formato N°3), one prioritized user story a line. */
    public static final FieldDefinition BACKLOG = FieldDefinition.longText("product_backlog",
            of("Product backlog (formato N° 03): una historia de usuario por línea, «prioridad | historia»",
                    "Product backlog (format No. 03): one user story a line, «priority | story»"), true);
    /** Step 8: the project's complexity. */
    public static final FieldDefinition COMPLEXITY = FieldDefinition.choice("complejidad",
            of("Complejidad del proyecto", "Project complexity"), true, List.of(
                    new Option("ALTA", of("Alta", "High")),
                    new Option("MEDIA", of("Media", "Medium")),
                    new Option("BAJA", of("Baja", "Low"))));
    /** Step 8: the Analista programador who develops the system (a Técnico of INNOV), by user name. */
    public static final FieldDefinition PROGRAMMER_USER = FieldDefinition.text("analista_programador",
            of("Analista en programación de sistemas asignado (usuario)", "Systems programmer assigned (user name)"),
            true);
    /** Step 8: the development plan. */
    public static final FieldDefinition PLAN = FieldDefinition.longText("planificacion",
            of("Planificación del desarrollo del product backlog", "Plan of the product backlog's development"), true);
    /** Step 9: the perfil de requerimientos (formato N°4). */
    public static final FieldDefinition PROFILE = FieldDefinition.longText("perfil_requerimientos",
            of("Perfil de requerimientos (formato N° 04): funcionales, no funcionales, de seguridad y reglas de"
                    + " negocio", "Requirements profile (format No. 04): functional, non-functional, security and"
                            + " business rules"), true);
    /** Step 10: the documento de análisis (formato N°5). */
    public static final FieldDefinition ANALYSIS = FieldDefinition.longText("documento_analisis",
            of("Documento de análisis (formato N° 05): diagramas, casos de uso, interfaz, modelo entidad relación,"
                    + " diccionario de datos", "Analysis document (format No. 05): diagrams, use cases, interface,"
                            + " entity-relationship model, data dictionary"), true);
    /** Step 11: the requirements and agreements of the acta de requerimientos (formato N°6). */
    public static final FieldDefinition AGREEMENTS = FieldDefinition.longText("acta_requerimientos",
            of("Acta de requerimientos (formato N° 06): requerimientos informáticos solicitados y acuerdos",
                    "Requirements record (format No. 06): IT requirements asked for and agreements"), true);
    /** Step 12: the manuals (formatos N°7 and N°8). */
    public static final FieldDefinition MANUALS = FieldDefinition.longText("manuales",
            of("Manual de usuario (formato N° 07) y manual de configuración e instalación (formato N° 08)",
                    "User manual (format No. 07) and configuration and installation manual (format No. 08)"), true);
    /** Step 13: the Acta de desarrollo (formato N°9). */
    public static final FieldDefinition DEVELOPMENT_RECORD = FieldDefinition.longText("acta_desarrollo",
            of("Acta de desarrollo (formato N° 09): requerimientos a implementar y consideraciones de desarrollo"
                    + " seguro", "Development record (format No. 09): requirements to implement and secure"
                            + " development considerations"), true);
    /** Step 14: the development environment. */
    public static final FieldDefinition ENVIRONMENT = FieldDefinition.longText("ambiente_desarrollo",
            of("Carpeta del proyecto, esquema de base de datos, acceso a Git y ruta comunicada",
                    "Project folder, database schema, Git access and the path given"), true);
    /** Step 15: what was developed. */
    public static final FieldDefinition DEVELOPMENT = FieldDefinition.longText("desarrollo",
            of("Desarrollo: versión subida a Git, despliegue en desarrollo y presentaciones preliminares",
                    "Development: version pushed to Git, development deployment and preliminary presentations"),
            true);
    /** Step 15: SonarQube's issues by severity, for the acta de revisión de código. */
    public static final FieldDefinition SONAR = FieldDefinition.text("sonarqube_incidencias",
            of("SonarQube: incidencias bloqueantes/críticas/mayores/menores (p. ej. 0/0/3/12)",
                    "SonarQube: blocker/critical/major/minor issues (e.g. 0/0/3/12)"), true);
    /** Step 15: OWASP ZAP's alerts by risk, checked against its JSON report when that is the file attached. */
    public static final FieldDefinition ZAP = FieldDefinition.text("owasp_zap_alertas",
            of("OWASP ZAP: alertas altas/medias/bajas/informativas (p. ej. 0/1/4/7)",
                    "OWASP ZAP: high/medium/low/informational alerts (e.g. 0/1/4/7)"), true);
    /** Step 16: the monitoring. */
    public static final FieldDefinition MONITORING = FieldDefinition.longText("monitoreo",
            of("Monitoreo: cronograma, documentación y estándares de desarrollo",
                    "Monitoring: schedule, documentation and development standards"), true);
    /**
     * Step 19: the interfaces the tests cover, and for 9 or more the days chosen, from which the quality module plans
     * the test window (its {@code QaFields} under this procedure's own names: a module holds no procedure's field name).
     */
    public static final FieldDefinition QA_INTERFACES = FieldDefinition.text("interfaces_prueba",
            QaFields.INTERFACES.label(), true);
    public static final FieldDefinition QA_DAYS = FieldDefinition.choice("dias_control_calidad",
            QaFields.DAYS.label(), false, QaFields.DAYS.options());
    /** Step 19: the Plan de pruebas (formato N°10) and its calendar. */
    public static final FieldDefinition TEST_PLAN = FieldDefinition.longText("plan_pruebas",
            of("Plan de pruebas (formato N° 10): estrategia, tipos de prueba, métricas, riesgos y calendario",
                    "Test plan (format No. 10): strategy, test types, metrics, risks and calendar"), true);
    /** Step 20: the Matriz de diseño de casos de prueba (formato N°11). */
    public static final FieldDefinition TEST_MATRIX = FieldDefinition.longText("matriz_casos_prueba",
            of("Matriz de diseño de casos de prueba (formato N° 11)", "Test case design matrix (format No. 11)"),
            true);
    /** Step 22: the Informe de defectos (formato N°12), when there are. */
    public static final FieldDefinition DEFECT_REPORT = FieldDefinition.longText("informe_defectos",
            of("Resultados del ciclo de pruebas e Informe de defectos (formato N° 12), si los hay",
                    "Results of the test cycle and defect report (format No. 12), if any"), true);
    /** Step 23: the informe de pruebas (formato N°13). */
    public static final FieldDefinition TEST_REPORT = FieldDefinition.longText("informe_pruebas",
            of("Informe de pruebas (formato N° 13): datos, métricas y resultados",
                    "Test report (format No. 13): data, metrics and results"), true);
    /** Step 24: the UAT report. */
    public static final FieldDefinition UAT = FieldDefinition.longText("pruebas_aceptacion",
            of("Informe de las pruebas de aceptación (UAT)", "User acceptance tests (UAT) report"), true);
    /** Step 26: what the owner saw, and their observations or conformity. */
    public static final FieldDefinition PRESENTATION = FieldDefinition.longText("presentacion_usuario",
            of("Presentación al propietario del sistema: observaciones o conformidad",
                    "Presentation to the system owner: observations or conformity"), true);
    /** Step 27: the system, in the catalog, that goes to production. */
    public static final FieldDefinition SYSTEM = FieldDefinition.text("sistema_nuevo",
            of("Sistema (código del catálogo)", "System (catalog code)"), true);
    /** Step 27: the solicitud de pase a producción (formato N°16). */
    public static final FieldDefinition PASS_REQUEST = FieldDefinition.longText("solicitud_pase",
            of("Solicitud de pase a producción (formato N° 16): datos relevantes y ruta compartida",
                    "Go-live request (format No. 16): relevant data and shared path"), true);
    /** Step 27: the version (tag or commit) that goes to production. */
    public static final FieldDefinition VERSION = FieldDefinition.text("version_pase",
            of("Versión (etiqueta o commit de Git)", "Version (Git tag or commit)"), true);
    /** Step 27: the rollback plan. */
    public static final FieldDefinition ROLLBACK_PLAN = FieldDefinition.longText("plan_rollback",
            of("Plan de rollback", "Rollback plan"), true);
    /** Step 29: the copy before the pass, only when the system is already in production (after a rollback). */
    public static final FieldDefinition PASS_COPY = FieldDefinition.text("copia_previa_pase",
            of("N.º de la copia previa (sólo si el sistema ya tuvo un pase, tras un rollback)",
                    "No. of the prior copy (only if the system already went live, after a rollback)"), false);
    /** Step 30.R: the copy restored, by its number. */
    public static final FieldDefinition RESTORED_COPY = FieldDefinition.text("copia_restaurada",
            of("N.º de la copia de respaldo restaurada", "No. of the backup copy restored"), true);
    /** Step 30.R: what was restored and why. */
    public static final FieldDefinition RESTORED = FieldDefinition.longText("rollback",
            of("Rollback: inconsistencias encontradas y lo que se restauró", "Rollback: inconsistencies found and"
                    + " what was restored"), true);
    /** Steps 31, 34, 38: the publication's data. */
    public static final FieldDefinition PRIVATE_IP = FieldDefinition.text("ip_privada_destino",
            of("Dirección IP privada (destino)", "Private IP address (destination)"), false);
    public static final FieldDefinition PORTS = FieldDefinition.text("puertos_red",
            of("Números de puertos de red", "Network port numbers"), false);
    public static final FieldDefinition PUBLIC_IP = FieldDefinition.text("ip_publica_origen",
            of("Dirección IP pública (origen), de ser el caso", "Public IP address (source), if any"), false);
    /** Step 35: the configuration made. */
    public static final FieldDefinition CONFIGURATION = FieldDefinition.longText("configuracion_publicacion",
            of("Configuración realizada para la publicación", "Configuration made for the publication"), true);
    /** Step 36: the validation results. */
    public static final FieldDefinition VALIDATION = FieldDefinition.longText("resultados_validacion",
            of("Resultados de las pruebas de validación", "Validation test results"), true);
    /** Step 39: the entry of the internal publications register. */
    public static final FieldDefinition PUBLICATION_RECORD = FieldDefinition.longText("registro_publicacion",
            of("Entrada del registro interno de publicaciones", "Entry of the internal publications register"), true);
    /** Step 42: the session of the Acta de capacitación (formato N°17). */
    public static final FieldDefinition TRAINING_DATE = FieldDefinition.text("fecha_sesion",
            of("Fecha de la capacitación (AAAA-MM-DD)", "Training date (YYYY-MM-DD)"), true);
    public static final FieldDefinition TRAINING_PLACE = FieldDefinition.text("lugar_sesion",
            of("Lugar de la capacitación", "Training place"), true);
    public static final FieldDefinition TRAINING_TOPIC = FieldDefinition.text("tema_sesion",
            of("Tema de la capacitación", "Training topic"), true);
    public static final FieldDefinition TRAINER = FieldDefinition.text("capacitador_sesion",
            of("Capacitador(a)", "Trainer"), true);
    public static final FieldDefinition ATTENDEES = FieldDefinition.longText("asistentes_sesion",
            of("Asistentes (formato N° 17): nombre | unidad | DNI o correo | firmó (sí/no), uno por línea",
                    "Attendees (format No. 17): name | unit | DNI or e-mail | signed (sí/no), one a line"), true);
    /** Step 43: the system's name in the inventory. */
    public static final FieldDefinition SYSTEM_NAME = FieldDefinition.text("nombre_en_inventario",
            of("Nombre del sistema en el inventario", "The system's name in the inventory"), true);
    /** Step 44: the system's main benefits. */
    public static final FieldDefinition BENEFITS = FieldDefinition.longText("bondades_sistema",
            of("Principales bondades del sistema (informe de cierre)", "The system's main benefits (closing report)"),
            true);

    /** What the go-live records on the system's change history. */
    static final ChangeCases.ChangeFields RELEASE = new ChangeCases.ChangeFields(SYSTEM, PASS_REQUEST, VERSION,
            ROLLBACK_PLAN, PASS_COPY);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04020001.class, CODE, "MINDEF (Perú)",
            Text.of("Desarrollo, implementación y puesta en producción de sistemas de información del MINDEF",
                    "Developing, implementing and deploying MINDEF's information systems"))
            .mailTemplates("org.sigti.procedure.lifecycle.mail")
            .startedBy(Roles.DIRECTOR)
            .step("1", of("Remitir el oficio y la ficha de requerimiento de desarrollo de nuevo sistema",
                    "Send the oficio and the requirement sheet for a new system")).byRequester()
                .output("Oficio; Ficha de requerimiento (formato N° 01)")
                .hint("Describa la identificación del proceso, la problemática, la justificación y el flujo del"
                        + " proceso, y adjunte en la página del caso la Ficha de requerimiento (formato N° 01)"
                        + " firmada. SIGTI numera y firma su oficio a la Jefatura de la OGTIE.", "Describe the"
                        + " process, the problem, the justification and the process flow, and attach the signed"
                        + " requirement sheet (format No. 01) on the case page. SIGTI numbers and signs your oficio"
                        + " to the OGTIE's head.")
                .onComplete(S04020001::fileRequirement).next("2")
            .step("2", of("Recibir y asignar el requerimiento de desarrollo de sistemas",
                    "Receive and assign the system development requirement")).by(Roles.JEFE, CHIEF)
                .output("Derivación (SISTRADOC)").next("3")
            .step("3", of("Evaluar la atención del requerimiento, con el coordinador de infraestructura tecnológica",
                    "Evaluate the requirement, with the infrastructure coordinator"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Ticket de mesa de ayuda; evaluación")
                .field(TICKET).field(EVALUATION)
                .decide(VIABLE, of("Es viable", "It is viable"), "6")
                .decide(NOT_VIABLE, of("No es viable", "It is not viable"), "4")
                .then()
            .step("4", of("Proyectar el oficio de observaciones al requerimiento",
                    "Draft the oficio de observaciones on the requirement")).by(Roles.RESPONSABLE, INNOVATION)
                .output("Oficio de observaciones (proyecto)")
                .hint("SIGTI redacta el oficio al propietario del sistema y lo pasa al Jefe(a) de la OGTIE para su"
                        + " visto bueno y firma.", "SIGTI drafts the oficio to the system owner and passes it to"
                        + " the Jefe(a) de la OGTIE for the visto bueno and signature.")
                .field(OBSERVATIONS).onComplete(S04020001::draftObservations, OBSERVATIONS).next("5")
            .step("5", of("Revisar y enviar el oficio de observaciones al propietario del sistema (SISTRADOC)",
                    "Review and send the oficio de observaciones to the system owner (SISTRADOC)"))
                .by(Roles.JEFE, CHIEF).output("Oficio de observaciones")
                .end(SEND, of("Dar visto bueno, firmar y remitir el oficio", "Approve, sign and send the oficio"),
                        "REJECTED")
                .loop(RETURN, of("Devolver el proyecto con observaciones", "Return the draft with remarks"), "4")
                .on(SEND, S04020001::sendObservations)
                .on(RETURN, S04020001::returnObservations)
                .then()
            .step("6", of("Cerrar el ticket y elaborar el project charter (formato N° 02)",
                    "Close the ticket and write the project charter (format No. 02)"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Project charter (formato N° 02)")
                .hint("El charter se envía por correo institucional al equipo de innovación; asigne el siguiente paso"
                        + " al Responsable del análisis de sistemas.", "The charter is mailed to the innovation"
                        + " team; assign the next step to the Responsable del análisis de sistemas.")
                .field(CHARTER).mails("projectCharter", Recipient.role(Roles.TECNICO, INNOVATION)).next("7")
            .step("7", of("Elaborar el product backlog (formato N° 03)", "Write the product backlog (format No. 03)"))
                .by(Roles.TECNICO, INNOVATION).output("Product backlog (formato N° 03)")
                .field(BACKLOG).onComplete(S04020001::checkBacklog, BACKLOG).next("8")
            .step("8", of("Realizar la planificación del desarrollo del product backlog y determinar la complejidad",
                    "Plan the product backlog's development and set the complexity"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Planificación; complejidad")
                .field(COMPLEXITY).field(PROGRAMMER_USER).field(PLAN)
                .decide(HIGH, of("Complejidad alta o media", "High or medium complexity"), "9")
                .decide(LOW, of("Complejidad baja", "Low complexity"), "12")
                .onComplete(S04020001::checkPlanning, COMPLEXITY, PROGRAMMER_USER)
                .then()
            .step("9", of("Elaborar el perfil de requerimientos (formato N° 04)",
                    "Write the requirements profile (format No. 04)")).by(Roles.TECNICO, INNOVATION)
                .output("Perfil de requerimientos (formato N° 04)")
                .hint("Adjunte en la página del caso el perfil firmado por usted y por el propietario del sistema.",
                        "Attach on the case page the profile signed by you and by the system owner.")
                .field(PROFILE).next("10")
            .step("10", of("Elaborar el documento de análisis (formato N° 05)",
                    "Write the analysis document (format No. 05)")).by(Roles.TECNICO, INNOVATION)
                .output("Documento de análisis (formato N° 05)")
                .hint(PROSE_HINT_ES, PROSE_HINT_EN).field(ANALYSIS).next("11")
            .step("11", of("Elaborar el acta de requerimiento (formato N° 06)",
                    "Write the requirements record (format No. 06)")).by(Roles.TECNICO, INNOVATION)
                .output("Acta de requerimientos (formato N° 06)")
                .hint("SIGTI redacta el acta; la firman el Analista en programación de sistemas y el propietario del"
                        + " sistema.", "SIGTI drafts the record; the systems programmer and the system owner sign"
                        + " it.")
                .field(AGREEMENTS).onComplete(S04020001::draftRequirementsActa, AGREEMENTS).next("11.F1")
            .step("11.F1", of("Firmar el acta de requerimientos", "Sign the requirements record"))
                .by(Roles.TECNICO, INNOVATION).output("Acta de requerimientos firmada")
                .onComplete(S04020001::signRequirementsActa).next("11.F2")
            .step("11.F2", of("Firmar el acta de requerimientos como propietario del sistema",
                    "Sign the requirements record as the system owner")).byRequester()
                .output("Acta de requerimientos firmada")
                .onComplete(S04020001::signRequirementsActa).next("12")
            .step("12", of("Elaborar los manuales de usuario y de configuración e instalación (formatos N° 07 y N° 08)",
                    "Write the user and the configuration and installation manuals (formats No. 07 and 08)"))
                .by(Roles.TECNICO, INNOVATION).output("Manuales (formatos N° 07 y N° 08)")
                .hint(PROSE_HINT_ES, PROSE_HINT_EN).field(MANUALS).next("13")
            .step("13", of("Elaborar el Acta de desarrollo (formato N° 09)",
                    "Write the development record (format No. 09)")).by(Roles.TECNICO, INNOVATION)
                .output("Acta de desarrollo (formato N° 09)")
                .hint("Usted la firma al completar el paso; después la firma el Responsable del análisis de sistemas.",
                        "You sign it when completing the step; then the Responsable del análisis de sistemas signs.")
                .field(DEVELOPMENT_RECORD).onComplete(S04020001::draftDevelopmentActa, DEVELOPMENT_RECORD)
                .next("13.F")
            .step("13.F", of("Firmar el Acta de desarrollo", "Sign the development record"))
                .by(Roles.TECNICO, INNOVATION).output("Acta de desarrollo firmada")
                .onComplete(S04020001::signDevelopmentActa).next("14")
            .step("14", of("Preparar los ambientes de desarrollo", "Prepare the development environments"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Ambiente de desarrollo; accesos a Git").field(ENVIRONMENT)
                .fork("continuar", of("Iniciar el desarrollo y su monitoreo", "Start development and its monitoring"),
                        "15", "16")
                .then()
            .step("15", of("Desarrollar el sistema de información", "Develop the information system"))
                .by(Roles.TECNICO, INNOVATION).output("Código en Git; acta de revisión de código")
                .hint("Adjunte al caso los reportes de SonarQube y de OWASP ZAP (el nombre del archivo con «sonar» y"
                        + " «zap»; de OWASP ZAP, de preferencia su reporte JSON, cuyas alertas cuenta el SIGTI). Al"
                        + " completar el paso, el SIGTI emite el acta de revisión de código con sus cifras, firmada"
                        + " por usted.", "Attach the SonarQube and OWASP ZAP reports to the case (file names with"
                                + " «sonar» and «zap»; for OWASP ZAP preferably its JSON report, whose alerts SIGTI"
                                + " counts). On completion SIGTI issues the code-review record with their figures,"
                                + " signed by you.")
                .field(DEVELOPMENT).field(SONAR).field(ZAP)
                .onComplete(S04020001::reviewCode, SONAR, ZAP).next(JOIN)
            .step("16", of("Monitorear los proyectos en entorno de desarrollo", "Monitor the projects in development"))
                .by(Roles.TECNICO, INNOVATION).output("Monitoreo").field(MONITORING).next(JOIN)
            .step(JOIN, of("Solicitar el control de calidad del sistema", "Request the system's quality control"))
                .by(Roles.TECNICO, INNOVATION).join().output("Ticket de control de calidad")
                .hint("Espera al desarrollo y a su monitoreo. Al completar el paso, el SIGTI registra el ticket de"
                        + " control de calidad en la mesa de ayuda, enlazado a este caso, con el acta de desarrollo, el"
                        + " acta de requerimiento, el código fuente y el paquete del sistema del caso.", "Waits for"
                        + " development and its monitoring. On completion SIGTI files the quality-control ticket at"
                        + " the help desk, linked to this case, with the case's development and requirements records,"
                        + " source code and system package.")
                .opensCase(QA_LINK, HelpDeskTicket.CODE).next("18")
            .step("18", of("Revisar la documentación y realizar el análisis de requerimientos",
                    "Review the documentation and analyse the requirements")).by(Roles.TECNICO, GOVERNANCE)
                .output("Pruebas exploratorias")
                .hint("Al completar el paso usted queda como analista de calidad del caso.",
                        "Completing the step makes you the case's quality analyst.")
                .onComplete(S04020001::openQa).next("19")
            .step("19", of("Realizar el Plan de pruebas (formato N° 10)", "Write the test plan (format No. 10)"))
                .by(Roles.TECNICO, GOVERNANCE).output("Plan de pruebas (formato N° 10)")
                .hint("Calendario: de 1 a 4 interfaces, 3 días de control de calidad; de 4 a 8, 4 días; de 8 a más, 8"
                        + " o 10 días.", "Calendar: 1 to 4 interfaces, 3 days of quality control; 4 to 8, 4 days; 8"
                                + " or more, 8 or 10 days.")
                .field(QA_INTERFACES).field(QA_DAYS).field(TEST_PLAN)
                .onComplete(S04020001::planQa, QA_INTERFACES, QA_DAYS).next("20")
            .step("20", of("Realizar el diseño de casos de prueba (formato N° 11)",
                    "Design the test cases (format No. 11)")).by(Roles.TECNICO, GOVERNANCE)
                .output("Matriz de diseño de casos de prueba (formato N° 11)").field(TEST_MATRIX).next("21")
            .step("21", of("Implementar los ambientes de pruebas", "Set up the test environments"))
                .by(Roles.TECNICO, GOVERNANCE).output("Ambiente de pruebas").next("22")
            .step("22", of("Realizar la ejecución de las pruebas", "Run the tests")).by(Roles.TECNICO, GOVERNANCE)
                .output("Resultados; Informe de defectos (formato N° 12)").field(DEFECT_REPORT)
                .loop(DEFECTS, of("Se encontraron defectos: enviar el Informe de defectos al Analista en programación",
                        "Defects found: send the defect report to the programmer"), JOIN)
                .decide(NO_DEFECTS, of("No se encontraron defectos", "No defects found"), "23")
                .mailsOn(DEFECTS, "defectReport", Recipient.role(Roles.TECNICO, INNOVATION))
                .on(DEFECTS, S04020001::defectsFound)
                .on(NO_DEFECTS, S04020001::requireNoPendingDefects)
                .then()
            .step("23", of("Realizar el cierre de pruebas y elaborar el Acta de QA (formato N° 14)",
                    "Close testing and write the QA record (format No. 14)")).by(Roles.TECNICO, GOVERNANCE)
                .output("Informe de pruebas (formato N° 13); Acta de QA (formato N° 14)")
                .hint("Usted la firma al completar el paso; después la firma el coordinador del equipo de gobierno"
                        + " de TI.", "You sign it when completing the step; then the IT governance coordinator"
                                + " signs.")
                .field(TEST_REPORT).onComplete(S04020001::draftQaActa, TEST_REPORT).next("23.F")
            .step("23.F", of("Firmar el informe de pruebas y el Acta de QA", "Sign the test report and the QA record"))
                .by(Roles.RESPONSABLE, GOVERNANCE).output("Acta de QA firmada")
                .onComplete(S04020001::signQaActa).next("24")
            .step("24", of("Realizar las pruebas de aceptación (UAT)", "Run the user acceptance tests (UAT)"))
                .by(Roles.TECNICO, GOVERNANCE).output("Informe final de pruebas (UAT)")
                .hint("Usted firma el informe final de pruebas al completar el paso; después lo firman el usuario del"
                        + " sistema (su propietario) y el coordinador del equipo de gobierno de TI.", "You sign the"
                                + " final test report when completing the step; then the system's user (its owner)"
                                + " and the IT governance coordinator sign it.")
                .field(UAT).onComplete(S04020001::draftUatReport, UAT).next("24.F1")
            .step("24.F1", of("Firmar el informe final de pruebas (UAT) como usuario del sistema",
                    "Sign the final test report (UAT) as the system's user")).byRequester()
                .output("Informe final de pruebas firmado").onComplete(S04020001::signUatReport).next("24.F2")
            .step("24.F2", of("Firmar el informe final de pruebas (UAT)", "Sign the final test report (UAT)"))
                .by(Roles.RESPONSABLE, GOVERNANCE).output("Informe final de pruebas firmado")
                .onComplete(S04020001::signUatReport).next("25")
            .step("25", of("Informar los resultados de las pruebas de calidad del sistema y cerrar el ticket",
                    "Report the quality test results and close the ticket")).by(Roles.TECNICO, GOVERNANCE)
                .output("Acta de QA; informe de control de calidad; ticket cerrado")
                .hint("Se envían los resultados al equipo de innovación y SIGTI invita al propietario del sistema a"
                        + " la presentación.", "The results go to the innovation team and SIGTI invites the system"
                                + " owner to the presentation.")
                .mails("qaResults", Recipient.role(Roles.RESPONSABLE, INNOVATION),
                        Recipient.role(Roles.TECNICO, INNOVATION))
                .mails("presentation", Recipient.requester()).next("26")
            .step("26", of("Presentar el sistema desarrollado al usuario final",
                    "Present the developed system to the end user")).by(Roles.TECNICO, INNOVATION)
                .output("Acta de conformidad (formato N° 15)")
                .hint("Conforme: SIGTI redacta el Acta de conformidad, que usted firma; después el responsable de"
                        + " innovación y el propietario del sistema.", "Conforming: SIGTI drafts the Acta de"
                                + " conformidad, which you sign; then the innovation lead and the system owner.")
                .field(PRESENTATION)
                .decide(CONFORMING, of("El usuario está conforme", "The user is satisfied"), "26.F1")
                .fork(NOT_CONFORMING, of("No cumple lo solicitado: subsanar las observaciones en el desarrollo",
                        "It does not meet the request: correct the observations in development"), "15", "16")
                .on(CONFORMING, S04020001::draftConformityActa, PRESENTATION)
                .then()
            .step("26.F1", of("Firmar el Acta de conformidad", "Sign the Acta de conformidad"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Acta de conformidad firmada")
                .onComplete(S04020001::signConformityActa).next("26.F2")
            .step("26.F2", of("Firmar el Acta de conformidad como propietario del sistema",
                    "Sign the Acta de conformidad as the system owner")).byRequester()
                .output("Acta de conformidad firmada")
                .onComplete(S04020001::signConformityActa).next("27")
            .step("27", of("Elaborar la solicitud de pase a producción (formato N° 16)",
                    "Write the go-live request (format No. 16)")).by(Roles.TECNICO, INNOVATION)
                .output("Solicitud de pase a producción (formato N° 16); ticket de mesa de ayuda")
                .hint("El sistema debe estar registrado en el catálogo. SIGTI envía los datos del pase por correo a"
                        + " la mesa de ayuda.", "The system must be in the catalog. SIGTI mails the go-live data"
                                + " to the help desk.")
                .field(SYSTEM).field(VERSION).field(PASS_REQUEST).field(ROLLBACK_PLAN)
                .opensCase(PASS, HelpDeskTicket.CODE)
                .onComplete(S04020001::checkSystem, SYSTEM)
                .mails("goLiveRequest", Recipient.role(Roles.OPERADOR, DESK)).next("28")
            .step("28", of("Evaluar y asignar el ticket registrado", "Evaluate and assign the ticket"))
                .by(Roles.OPERADOR, DESK).awaitsCase(PASS, HelpDeskTicket.ASSIGN_STEP)
                .output("Ticket asignado a Infraestructura").next("29")
            .step("29", of("Ejecutar el pase a producción", "Put the system into production"))
                .by(Roles.TECNICO, INFRASTRUCTURE).output("Despliegue en producción")
                .hint("El pase queda en el historial de cambios del sistema (primera versión en producción).",
                        "The go-live goes into the system's change history (its first release).")
                .field(PASS_COPY).onComplete(S04020001::goLive, PASS_COPY).next("30")
            .step("30", of("Validar el pase a producción", "Validate the go-live"))
                .by(Roles.TECNICO, INFRASTRUCTURE).output("Monitoreo; rollback de ser el caso")
                .decide(PUBLISH, of("Se requiere publicación externa", "External publication needed"), "31")
                .decide(NO_PUBLICATION, of("No se requiere publicación externa", "No external publication"), "40")
                .loop(ROLLBACK, of("Hay inconsistencias: efectuar el rollback con los respaldos",
                        "Inconsistencies: roll back with the backups"), ROLLBACK_STEP)
                .then()
            .step(ROLLBACK_STEP, of("Efectuar el rollback con los respaldos antes generados y reabrir el desarrollo",
                    "Roll back with the backups taken before and reopen development"))
                .by(Roles.TECNICO, INFRASTRUCTURE).output("Rollback registrado con su copia")
                .hint("Indique la copia restaurada: queda enlazada al caso como toda restauración; el desarrollo se"
                        + " reabre.", "Give the copy restored: it is linked to the case like any restore;"
                                + " development reopens.")
                .field(RESTORED_COPY).field(RESTORED)
                .onComplete(S04020001::rollback, RESTORED_COPY, RESTORED)
                .mails("rollback", Recipient.role(Roles.RESPONSABLE, INNOVATION),
                        Recipient.role(Roles.TECNICO, INNOVATION))
                .fork(REOPEN, of("Reabrir el desarrollo y su monitoreo", "Reopen development and its monitoring"),
                        "15", "16")
                .then()
            .step("31", of("Registrar y asignar la solicitud de publicación en el sistema de mesa de ayuda",
                    "Register and assign the publication request at the help desk")).by(Roles.OPERADOR, DESK)
                .output("Ticket de publicación").field(PRIVATE_IP).field(PORTS)
                .field(PUBLIC_IP).onComplete(S04020001::checkPublication, PRIVATE_IP, PORTS, PUBLIC_IP)
                .opensCase(PUBLICATION_LINK, HelpDeskTicket.CODE).next("32")
            .step("32", of("Verificar la información registrada en la solicitud",
                    "Check the information in the request")).by(Roles.TECNICO, CYBER).output("Verificación")
                .decide(COMPLETE, of("Los datos están completos", "The data are complete"), "35")
                .decide(INCOMPLETE, of("Faltan datos", "Data are missing"), "33")
                .on(COMPLETE, S04020001::validatePublication)
                .then()
            .step("33", of("Solicitar al Equipo de Trabajo de Infraestructura los datos necesarios",
                    "Ask the infrastructure team for the data needed")).by(Roles.TECNICO, CYBER)
                .output("Solicitud de datos").next("34")
            .step("34", of("Enviar los datos solicitados para la publicación", "Send the data asked for"))
                .by(Roles.OPERADOR, DESK).output("Datos de la publicación").field(PRIVATE_IP).field(PORTS)
                .field(PUBLIC_IP).onComplete(S04020001::checkPublication, PRIVATE_IP, PORTS, PUBLIC_IP)
                .loop("continuar", of("Enviar los datos al equipo de ciberseguridad",
                        "Send the data to the cybersecurity team"), "32")
                .then()
            .step("35", of("Realizar la configuración para la publicación y notificar al equipo de infraestructura",
                    "Configure the publication and notify the infrastructure team")).by(Roles.TECNICO, CYBER)
                .output("Configuración").field(CONFIGURATION).next("36")
            .step("36", of("Realizar las pruebas de validación y notificar los resultados",
                    "Run the validation tests and report the results")).by(Roles.TECNICO, INFRASTRUCTURE)
                .output("Resultados de validación").field(VALIDATION)
                .decide(SATISFACTORY, of("Resultados satisfactorios", "Satisfactory results"), "39")
                .decide(UNSATISFACTORY, of("Resultados no satisfactorios", "Unsatisfactory results"), "37")
                .then()
            .step("37", of("Verificar la solicitud inicial y las configuraciones realizadas",
                    "Check the original request and the configuration")).by(Roles.TECNICO, CYBER)
                .output("Verificación")
                .decide(REQUEST_PROBLEM, of("Inconveniente en la solicitud inicial: pedir su reformulación",
                        "Problem in the original request: ask for it again"), "38")
                .loop(CONFIGURATION_PROBLEM, of("Inconveniente en la configuración: configurar de nuevo",
                        "Problem in the configuration: configure again"), "35")
                .then()
            .step("38", of("Reformular la solicitud inicial", "Reformulate the original request"))
                .by(Roles.TECNICO, INFRASTRUCTURE).output("Solicitud reformulada").field(PRIVATE_IP).field(PORTS)
                .field(PUBLIC_IP).onComplete(S04020001::checkPublication, PRIVATE_IP, PORTS, PUBLIC_IP)
                .loop("continuar", of("Enviar los datos correctos al equipo de ciberseguridad",
                        "Send the right data to the cybersecurity team"), "35")
                .then()
            .step("39", of("Actualizar el registro interno de publicaciones y registrar la acción en el ticket",
                    "Update the internal publications register and record the action in the ticket"))
                .by(Roles.TECNICO, CYBER).output("Registro interno de publicaciones; ticket cerrado")
                .hint("Registra la publicación en el registro interno de publicaciones del equipo de ciberseguridad.",
                        "Records the publication in the cybersecurity team's internal publications register.")
                .field(PUBLICATION_RECORD).onComplete(S04020001::registerPublication).next("40")
            .step("40", of("Cerrar el ticket de atención", "Close the ticket")).by(Roles.OPERADOR, DESK)
                .awaitsCase(PASS, null).output("Ticket cerrado").next("41")
            .step("41", of("Comunicar la culminación de la ejecución del pase a producción",
                    "Report that the go-live is complete")).by(Roles.RESPONSABLE, INFRASTRUCTURE)
                .output("Correo institucional")
                .mails("goLiveDone", Recipient.role(Roles.RESPONSABLE, INNOVATION),
                        Recipient.role(Roles.TECNICO, INNOVATION)).next("42")
            .step("42", of("Capacitar en el uso del sistema desarrollado y puesto en producción",
                    "Train the users in the system put into production")).by(Roles.TECNICO, INNOVATION)
                .output("Acta de capacitación (formato N° 17)")
                .hint("Asistentes, uno por línea: nombre | unidad | DNI o correo | firmó (sí/no). SIGTI guarda el"
                        + " Acta de capacitación en los archivos del caso.", "Attendees, one a line: name | unit |"
                                + " DNI or e-mail | signed (sí/no). SIGTI keeps the training record with the case's"
                                + " files.")
                .field(TRAINING_DATE).field(TRAINING_PLACE).field(TRAINING_TOPIC)
                .field(TRAINER).field(ATTENDEES)
                .onComplete(S04020001::recordTraining, TRAINING_DATE, TRAINING_PLACE, TRAINING_TOPIC, TRAINER,
                        ATTENDEES)
                .opensCase(TRAINING_LINK, HelpDeskTicket.CODE)
                .next("43")
            .step("43", of("Actualizar el inventario de sistemas de información",
                    "Update the inventory of information systems")).by(Roles.RESPONSABLE, INNOVATION)
                .output("Inventario de sistemas de información")
                .hint("Registra el sistema, su unidad propietaria y la versión en producción en el inventario de"
                        + " sistemas de información, con su historial.", "Records the system, its owner unit and the"
                                + " version in production in the inventory of information systems, with its history.")
                .field(SYSTEM_NAME).onComplete(S04020001::recordInventory, SYSTEM_NAME).next("44")
            .step("44", of("Elaborar el informe de cierre del proyecto", "Write the project closing report"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Informe de cierre")
                .hint("SIGTI redacta, numera y firma el informe al Jefe(a) de la OGTIE, con el Acta de conformidad.",
                        "SIGTI drafts, numbers and signs the report to the Jefe(a) de la OGTIE, with the Acta de"
                                + " conformidad.")
                .field(BENEFITS).onComplete(S04020001::sendClosingReport, BENEFITS).next("45")
            .step("45", of("Tomar conocimiento del cierre del proyecto", "Take note of the project's closure"))
                .by(Roles.JEFE, CHIEF).output("Conocimiento del cierre")
                .end(TAKE_NOTE, of("Tomar conocimiento", "Take note"), "SOLVED")
                .then()
            .build();

    @Inject
    SystemDevelopments developments;

    @Inject
    CodeReviews codeReviews;

    @Inject
    ChangeCases cases;

    @EJB
    QualityAssurance quality;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    void fileRequirement(Transition t) {
        developments.fileRequirement(t);
    }

    void draftObservations(Transition t) {
        developments.draftObservations(t, t.value(OBSERVATIONS));
    }

    void sendObservations(Transition t) {
        developments.sendObservations(t);
    }

    void returnObservations(Transition t) {
        developments.returnObservations(t);
    }

    void checkBacklog(Transition t) {
        developments.checkBacklog(t.value(BACKLOG));
    }

    void checkPlanning(Transition t) {
        developments.checkComplexity(t, t.value(COMPLEXITY));
        developments.checkProgrammer(t, t.value(PROGRAMMER_USER));
    }

    void draftRequirementsActa(Transition t) {
        developments.draftRequirementsActa(t, t.value(AGREEMENTS));
    }

    void signRequirementsActa(Transition t) {
        developments.signActa(t, SystemDevelopments.REQUIREMENTS_ACTA);
    }

    void draftDevelopmentActa(Transition t) {
        developments.draftDevelopmentActa(t, t.value(DEVELOPMENT_RECORD));
    }

    void signDevelopmentActa(Transition t) {
        developments.signActa(t, SystemDevelopments.DEVELOPMENT_ACTA);
    }

    void draftQaActa(Transition t) {
        developments.draftQaActa(t, t.value(TEST_REPORT));
    }

    void signQaActa(Transition t) {
        developments.signActa(t, SystemDevelopments.QA_ACTA);
    }

    void draftConformityActa(Transition t) {
        developments.draftConformityActa(t, t.value(PRESENTATION));
    }

    void signConformityActa(Transition t) {
        developments.signActa(t, SystemDevelopments.CONFORMITY_ACTA);
    }

    void checkSystem(Transition t) {
        cases.checkSystem(t, SYSTEM);
    }

    void goLive(Transition t) {
        developments.goLive(t, RELEASE);
    }

    void rollback(Transition t) {
        developments.rollback(t, t.value(RESTORED_COPY));
    }

    void openQa(Transition t) {
        quality.open(t, "11", "12"); // Formato N°11 (matrix) and N°12 (defects) of S04.02.00.01
    }

    void planQa(Transition t) {
        quality.plan(t, QA_INTERFACES, QA_DAYS);
    }

    void defectsFound(Transition t) {
        quality.defectsFound(t);
    }

    void requireNoPendingDefects(Transition t) {
        quality.requireNoPendingDefects(t);
    }

    void reviewCode(Transition t) {
        developments.writeCodeReviewActa(t, codeReviews.review(t.caseId(), SONAR.name(), t.value(SONAR), ZAP.name(),
                t.value(ZAP)));
    }

    void draftUatReport(Transition t) {
        developments.draftUatReport(t, t.value(UAT));
    }

    void signUatReport(Transition t) {
        developments.signUatReport(t);
    }

    void checkPublication(Transition t) {
        developments.checkPublication(t);
    }

    void validatePublication(Transition t) {
        developments.validatePublication(t);
    }

    void registerPublication(Transition t) {
        developments.registerPublication(t);
    }

    void recordTraining(Transition t) {
        developments.recordTraining(t);
    }

    void recordInventory(Transition t) {
        developments.recordInventory(t, t.value(SYSTEM_NAME));
    }

    void sendClosingReport(Transition t) {
        developments.sendClosingReport(t, t.value(BENEFITS));
    }
}
