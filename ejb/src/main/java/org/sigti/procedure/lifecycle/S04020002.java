package org.sigti.procedure.lifecycle;

import static org.sigti.workflow.flow.Text.of;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

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
 * S04.02.00.02 (MINDEF, Peru), Mantenimiento de sistemas informáticos: procedures.md E5, the manual's section 6.2.2
 * (seed 004), whose table of 38 activities wins.
 *
 * <p>Performers: the system owner (Director(a)/Jefe(a) of the requesting U.O.) = the Director who files the case, in
 * their own inbox (1, and the signatures 3.O and 18.O); the Jefe(a) de la OGTIE = Jefe of JEFATURA (2, 38); the
 * Responsable del análisis de sistemas (3, 4, 8) and the Analista programador / Analista en programación de sistemas
 * (5, 7, 9, 18, 19, 35) = Técnicos of INNOV; the Responsable de la coordinación del equipo de innovación tecnológica =
 * Responsable of INNOV (6, 36, 37); the Responsable del análisis de calidad de sistemas = Técnico of GOBTI (10–17); the
 * Responsable de la coordinación del equipo de gobierno de TI = Responsable of GOBTI (co-signs the Acta de QA); the
 * Responsable de infraestructura tecnológica / DBA = Técnico of INFRA (21–23, 29, 31); the Responsable de la
 * coordinación del equipo de infraestructura = Responsable of INFRA (34); the Técnico informático especialista =
 * Técnico of CIBER (25, 26, 28, 30, 32); the Operador(a) de mesa de ayuda = Operador of MESA (20, 24, 27, 33).
 *
 * <p>As written: 6 prepares the environments and the case goes on in parallel with 7 (development) and 8 (monitoring),
 * which meet at 9 (∥ join); 14 loops to 9 while the tests find defects; 18 sends the system back to development (↺ 7)
 * while the owner finds it does not meet the request; 23 goes to the publication on the Internet (24) or straight to
 * 34; 25 → 28 with complete data, otherwise 26 → 27 ↺ 25; 29 → 32 when the validation tests pass, otherwise 30, which
 * goes to 31 ↺ 28 when the request was the problem, or ↺ 28.
 *
 * <p>The numbered formats: N°1 Acta de requerimientos, N°4 Acta de desarrollo, N°9 Acta de QA and N°10 Acta de
 * conformidad are official documents (kind ACTA) of the case, numbered at their last signature, each signer signing
 * in their own step; the informe de cierre (kind INFORME, step 37) goes to the Jefe(a). The Acta de capacitación
 * (N°12) is typed at 35 as the training module reads it (date, place, topic, trainer, one attendee a line); its record
 * and PDF through {@link org.sigti.training.Trainings#record} wait for that module's fix (its record is flushed
 * before it is described). The prose formats (manuals N°2/3, plan de pruebas N°5, informe de control de calidad N°8,
 * solicitud de pase N°11) are the steps' values, their files uploaded to the case's "Archivos"; the matrix N°6 and the
 * defect report N°7 are the quality module's ({@link org.sigti.quality.QualityAssurance}: 10 makes the acting analyst
 * the case's QA analyst, 11 sets the QA window of the calendar by the number of interfaces, 14 "con defectos" needs an
 * open defect and "sin defectos" refuses while one is pending). The publication's request (24, 27, 31) is checked and
 * validated (25) and registered in the Ciberseguridad team's register at 32 ({@link
 * org.sigti.publication.Publications}); 36 records the version in production in the inventory of information systems
 * ({@link org.sigti.inventory.SystemInventory}).
 *
 * <p>SIGTI's names and additions: "3.P" and "3.O" are the signatures of the Acta de requerimientos by the Analista en
 * programación de sistemas and by the owner (the manual: "debe estar firmada por …"); the Responsable del análisis
 * signs the Acta de desarrollo at 8, while monitoring; "15.G" is the Gobierno de TI coordinator's signature of the Acta
 * de QA ("gestiona la firma del responsable de la coordinación del equipo de gobierno de TI"); "18.C" and "18.O" are
 * the innovation coordinator's and the owner's signatures of the Acta de conformidad. Step 21's security backup is a
 * copy of the system made or registered through the backup module since the case was opened: without it the step is
 * refused, and step 22's go-live, recorded in the system's change history with its version and artifact
 * ({@link org.sigti.changes.SystemChanges#goLive}), is refused too. "23.R" is the rollback the manual writes inside 23
 * ("en caso de haber inconsistencias, se procederá a efectuar el rollback correspondiente, con los respaldos antes
 * generados"): the Responsable de infraestructura records what was restored and from which copy (linked to the copy
 * like any restore, {@link org.sigti.backup.Restores}), and the development reopens (↺ 7); a case records one
 * rollback (a restore is linked once per case), a second one is refused with its message.
 *
 * <p>The help-desk tickets are linked cases ({@link HelpDeskTicket}, assigned and closed by the Operador(a) de mesa de
 * ayuda in the ticket): 9 files the quality-control ticket ("QA"; the QA analyst reports at 17 and the help desk
 * closes it); 19 files the go-live ticket ("PASE") and 20, the help desk's evaluation and assignment, waits until the
 * ticket is assigned; 24 files the publication ticket ("PUB") and 33 waits until it is closed; 35 files the training
 * ticket ("CAP"). A loop back through 9 or 19 files a new ticket; the waits follow the newest.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04020002 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.02.00.02";
    static final String INNOVATION = "INNOV";
    static final String GOVERNANCE = "GOBTI";
    static final String INFRASTRUCTURE = "INFRA";
    static final String SECURITY = "CIBER";
    static final String HELP_DESK = "MESA";
    static final String CHIEF = "JEFATURA";
    static final String JOIN = "9";
    static final String ROLLBACK_STEP = "23.R";
    /** The help-desk tickets the steps open ({@link HelpDeskTicket}), by their link's key. */
    static final String QA_TICKET = "QA";
    static final String RELEASE_TICKET = "PASE";
    static final String PUBLICATION_TICKET = "PUB";
    static final String TRAINING_TICKET = "CAP";

    /** Step 3: the system to maintain, by its code in MINDEF's catalog. */
    public static final FieldDefinition SYSTEM = FieldDefinition.text("sistema_mantenimiento",
            of("Sistema a mantener (código del catálogo)", "System to maintain (catalog code)"), true);
    /** Step 3: the requirements and agreements of the Acta de requerimientos (formato N°1). */
    public static final FieldDefinition REQUIREMENTS = FieldDefinition.longText("requerimientos",
            of("Requerimientos informáticos solicitados y acuerdos (Acta de requerimientos, formato N°1)",
                    "Requirements requested and agreements (Acta de requerimientos, format No. 1)"), true);
    /** Step 3: the Analista en programación de sistemas who signs the acta and develops, by user name. */
    public static final FieldDefinition PROGRAMMER = FieldDefinition.text("analista_programador",
            of("Analista en programación de sistemas (usuario)", "Analista en programación de sistemas (user name)"),
            true);
    /** Step 4: the user manual and the installation and configuration manual (formatos N°2 y N°3). */
    public static final FieldDefinition MANUALS = FieldDefinition.longText("manuales",
            of("Manual de usuario (formato N°2) y manual de configuración e instalación (formato N°3): ubicación y"
                    + " versión", "User manual (format No. 2) and installation and configuration manual (format"
                    + " No. 3): location and version"), true);
    /** Step 5: the Acta de desarrollo (formato N°4): requirements to implement, secure-development considerations. */
    public static final FieldDefinition DEVELOPMENT_ACT = FieldDefinition.longText("acta_desarrollo",
            of("Requerimientos a implementar y consideraciones de desarrollo seguro (Acta de desarrollo, formato"
                    + " N°4)", "Requirements to implement and secure-development considerations (Acta de"
                    + " desarrollo, format No. 4)"), true);
    /** Step 6: the project folder, database schema and Git access communicated to the programmer. */
    public static final FieldDefinition ENVIRONMENT = FieldDefinition.longText("ambiente_desarrollo",
            of("Carpeta del proyecto, esquema de base de datos y acceso a Git (ruta comunicada al analista"
                    + " programador)", "Project folder, database schema and Git access (path given to the"
                    + " programmer)"), true);
    /** Step 7: what was developed, with the SonarQube / OWASP ZAP code review. */
    public static final FieldDefinition DEVELOPED = FieldDefinition.longText("desarrollo",
            of("Desarrollo realizado, cambios subidos a Git y acta de revisión de código (SonarQube, OWASP ZAP)",
                    "Development done, changes pushed to Git and code-review record (SonarQube, OWASP ZAP)"), true);
    /** Step 8: the monitoring of the schedule, documents and standards. */
    public static final FieldDefinition MONITORING = FieldDefinition.longText("monitoreo_desarrollo",
            of("Monitoreo: cronograma, documentación y estándares de desarrollo",
                    "Monitoring: schedule, documents and development standards"), true);
    /** Step 9: the consolidated package handed to QA. */
    public static final FieldDefinition PACKAGE = FieldDefinition.longText("paquete_qa",
            of("Rutas del war/archivos, script, código fuente y actas consolidadas para el control de calidad",
                    "Paths of the war/files, script, source code and actas handed to quality control"), true);
    /** Step 11: the Plan de pruebas (formato N°5) and the number of interfaces of the QA calendar. */
    public static final FieldDefinition TEST_PLAN = FieldDefinition.longText("plan_pruebas",
            of("Plan de pruebas (formato N°5): estrategia, tipos, métricas, riesgos y calendario",
                    "Test plan (format No. 5): strategy, types, metrics, risks and calendar"), true);
    /** Step 11: how many interfaces (screens) the tests cover, for the QA calendar's window. */
    public static final FieldDefinition INTERFACES = FieldDefinition.text("interfaces_qa",
            of("Número de interfaces a probar", "Number of interfaces to test"), true);
    /** Step 11: for 9 interfaces or more, the days of quality control the analyst chooses (8 when blank). */
    public static final FieldDefinition QA_DAYS = FieldDefinition.choice("dias_qa",
            of("Días de control de calidad (9 interfaces o más)", "Days of quality control (9 interfaces or more)"),
            false, List.of(new Option("8", of("8 días hábiles", "8 business days")),
                    new Option("9", of("9 días hábiles", "9 business days")),
                    new Option("10", of("10 días hábiles", "10 business days"))));
    /** Step 12: the Matriz de diseño de casos de prueba (formato N°6). */
    public static final FieldDefinition TEST_CASES = FieldDefinition.longText("matriz_casos",
            of("Matriz de diseño de casos de prueba (formato N°6)", "Test-case design matrix (format No. 6)"), true);
    /** Step 14: the test cycle's results and, with defects, the Informe de defectos (formato N°7). */
    public static final FieldDefinition RESULTS = FieldDefinition.longText("resultados_pruebas",
            of("Resultados del ciclo de pruebas; con defectos, el Informe de defectos (formato N°7)",
                    "Results of the test cycle; with defects, the defect report (format No. 7)"), true);
    /** Step 15: the Informe de control de calidad (formato N°8), summarised in the Acta de QA. */
    public static final FieldDefinition QA_REPORT = FieldDefinition.longText("informe_calidad",
            of("Informe de control de calidad (formato N°8): métricas y resultados de las pruebas",
                    "Quality-control report (format No. 8): test metrics and results"), true);
    /** Step 16: the UAT with the user. */
    public static final FieldDefinition UAT = FieldDefinition.longText("pruebas_aceptacion",
            of("Pruebas de aceptación (UAT) con el usuario: informe final firmado",
                    "User acceptance tests (UAT): final report signed"), true);
    /** Step 18: what the owner observed, or accepted. */
    public static final FieldDefinition PRESENTATION = FieldDefinition.longText("presentacion",
            of("Presentación al propietario del sistema: conformidad u observaciones",
                    "Presentation to the system owner: acceptance or remarks"), true);
    /** Step 19: the version going to production, a tag or a commit. */
    public static final FieldDefinition VERSION = FieldDefinition.text("version_pase",
            of("Versión que pasa a producción (etiqueta o commit)", "Version going to production (tag or commit)"),
            true);
    /** Step 19: the artifact going to production. */
    public static final FieldDefinition ARTIFACT = FieldDefinition.text("artefacto",
            of("Artefacto compilado y script (ruta compartida)", "Compiled artifact and script (shared path)"), true);
    /** Step 19: the Solicitud de pase a producción (formato N°11), with its rollback plan. */
    public static final FieldDefinition RELEASE_REQUEST = FieldDefinition.longText("solicitud_pase",
            of("Solicitud de pase a producción (formato N°11): cambios y plan de reversión",
                    "Request to go to production (format No. 11): changes and rollback plan"), true);
    /** Step 21: the pre-deploy copy, by its number (blank: the newest since the case was opened). */
    public static final FieldDefinition COPY = FieldDefinition.text("copia_previa",
            of("N.º de la copia de respaldo previa al pase (opcional: si no, la última desde que se abrió el caso)",
                    "No. of the backup copy before the deployment (optional: otherwise the newest since the case"
                    + " was opened)"), false);
    /** Step 22: what was deployed. */
    public static final FieldDefinition DEPLOYED = FieldDefinition.longText("despliegue",
            of("Despliegue en el servidor de aplicaciones y script ejecutado en la base de datos",
                    "Deployment on the application server and script run on the database"), true);
    /** Step 23: what the monitoring found. */
    public static final FieldDefinition VALIDATION = FieldDefinition.longText("validacion_pase",
            of("Monitoreo y seguimiento de los cambios en producción", "Monitoring of the changes in production"),
            true);
    /** Step 23.R: the copy restored, by its number. */
    public static final FieldDefinition RESTORED_COPY = FieldDefinition.text("copia_restaurada",
            of("N.º de la copia de respaldo restaurada", "No. of the backup copy restored"), true);
    /** Step 23.R: what was restored. */
    public static final FieldDefinition RESTORED = FieldDefinition.longText("rollback",
            of("Rollback: qué se restauró y por qué", "Rollback: what was restored and why"), true);
    /** Steps 24, 27, 31: the private IP address (destination); required when the data are checked complete (25). */
    public static final FieldDefinition PRIVATE_IP = FieldDefinition.text("ip_privada_servicio",
            of("Dirección IP privada (destino)", "Private IP address (destination)"), false);
    /** Steps 24, 27, 31: the network ports (e.g. 443, 8080-8090). */
    public static final FieldDefinition PORTS = FieldDefinition.text("puertos_servicio",
            of("Números de puertos de red (p. ej. 443, 8080-8090)", "Network port numbers (e.g. 443, 8080-8090)"),
            false);
    /** Steps 24, 27, 31: the public IP address (source), when there is one. */
    public static final FieldDefinition PUBLIC_IP = FieldDefinition.text("ip_publica_servicio",
            of("Dirección IP pública (origen), de ser el caso", "Public IP address (source), if any"), false);
    /** Step 28: the configuration done. */
    public static final FieldDefinition CONFIGURATION = FieldDefinition.longText("configuracion_publicacion",
            of("Configuración realizada para la publicación", "Configuration done for the publication"), true);
    /** Step 35: the training's date. */
    public static final FieldDefinition TRAINING_DATE = FieldDefinition.text("fecha_sesion_capacitacion",
            of("Fecha de la capacitación (AAAA-MM-DD)", "Training date (YYYY-MM-DD)"), true);
    /** Step 35: where it took place. */
    public static final FieldDefinition TRAINING_PLACE = FieldDefinition.text("lugar_sesion_capacitacion",
            of("Lugar de la capacitación", "Training place"), true);
    /** Step 35: its topic. */
    public static final FieldDefinition TRAINING_TOPIC = FieldDefinition.text("tema_sesion_capacitacion",
            of("Tema de la capacitación", "Training topic"), true);
    /** Step 35: who trained. */
    public static final FieldDefinition TRAINER = FieldDefinition.text("capacitador_sesion",
            of("Capacitador(a)", "Trainer"), true);
    /** Step 35: the attendance of the Acta de capacitación (formato N°12), one attendee a line. */
    public static final FieldDefinition ATTENDANCE = FieldDefinition.longText("asistentes_sesion",
            of("Asistencia (Acta de capacitación, formato N°12): un asistente por línea, «nombre | unidad | DNI o"
                    + " correo | firmó (sí/no)»", "Attendance (training record, format No. 12): one attendee a"
                    + " line, «name | unit | DNI or e-mail | signed (yes/no)»"), true);
    /** Step 36: the inventory's update. */
    public static final FieldDefinition INVENTORY = FieldDefinition.longText("inventario",
            of("Actualización del inventario de sistemas de información", "Update of the systems inventory"), true);
    /** Step 37: the closing report's content. */
    public static final FieldDefinition CLOSING = FieldDefinition.longText("informe_cierre",
            of("Informe de cierre del proyecto: principales bondades del sistema",
                    "Project closing report: the system's main benefits"), true);
    /** Steps 34 (to the innovation team) and others: the text the mail carries. */
    public static final FieldDefinition NOTICE = FieldDefinition.longText("comunicacion",
            of("Comunicación", "Message"), true);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04020002.class, CODE, "MINDEF (Perú)",
            Text.of("Mantenimiento de sistemas informáticos", "Maintenance of information systems"))
            .mailTemplates("org.sigti.procedure.lifecycle.maintenance")
            .startedBy(Roles.DIRECTOR)
            .step("1", of("Remitir el oficio a la jefatura de la OGTIE solicitando el mantenimiento del sistema"
                    + " (SISTRADOC)", "Send the OGTIE's head the oficio asking for the system's maintenance"
                    + " (SISTRADOC)")).byRequester().output("Ficha de requerimiento; oficio")
                .hint("Describa el sistema y el mantenimiento que necesita, y adjunte la ficha de requerimiento y el"
                        + " oficio.", "Describe the system and the maintenance you need, and attach the requirement"
                        + " form and the oficio.")
                .next("2")
            .step("2", of("Recibir el requerimiento y asignarlo al encargado del equipo de innovación tecnológica",
                    "Receive the request and assign it to the innovation team's lead")).by(Roles.JEFE, CHIEF)
                .output("Asignación (SISTRADOC)").next("3")
            .step("3", of("Elaborar el acta de requerimiento (formato N°01)",
                    "Write the requirements record (format No. 01)")).by(Roles.TECNICO, INNOVATION)
                .output("Acta de requerimientos (formato N°1)")
                .hint("SIGTI redacta el acta; la firman el analista en programación de sistemas indicado y el"
                        + " propietario del sistema.", "SIGTI drafts the acta; the programmer named and the system"
                        + " owner sign it.")
                .field(SYSTEM).field(REQUIREMENTS).field(PROGRAMMER)
                .onComplete(S04020002::draftRequirements, SYSTEM, REQUIREMENTS, PROGRAMMER).next("3.P")
            .step("3.P", of("Firmar el acta de requerimiento (analista en programación de sistemas)",
                    "Sign the requirements record (programmer)")).by(Roles.TECNICO, INNOVATION)
                .output("Acta de requerimientos firmada").onComplete(S04020002::signRequirements).next("3.O")
            .step("3.O", of("Firmar el acta de requerimiento (propietario del sistema)",
                    "Sign the requirements record (system owner)")).byRequester()
                .output("Acta de requerimientos firmada y numerada").onComplete(S04020002::signRequirements)
                .next("4")
            .step("4", of("Elaborar los manuales de usuario y de despliegue (formatos N°02 y N°03)",
                    "Write the user and deployment manuals (formats No. 02 and 03)")).by(Roles.TECNICO, INNOVATION)
                .output("Manual de usuario; manual de configuración e instalación").field(MANUALS).next("5")
            .step("5", of("Elaborar el Acta de Desarrollo (formato N°04)", "Write the development record (format"
                    + " No. 04)")).by(Roles.TECNICO, INNOVATION).output("Acta de desarrollo (formato N°4)")
                .hint("SIGTI redacta el acta y usted la firma; la firma después el responsable del análisis de"
                        + " sistemas.", "SIGTI drafts the acta and you sign it; the systems analyst signs it next.")
                .field(DEVELOPMENT_ACT).onComplete(S04020002::draftDevelopment, DEVELOPMENT_ACT).next("6")
            .step("6", of("Preparar los ambientes de desarrollo", "Prepare the development environments"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Ruta del proyecto comunicada").field(ENVIRONMENT)
                .fork("paralelo", of("Continuar con el desarrollo y su monitoreo en paralelo",
                        "Go on with the development and its monitoring in parallel"), "7", "8")
                .then()
            .step("7", of("Desarrollar el sistema de información", "Develop the information system"))
                .by(Roles.TECNICO, INNOVATION).output("Sistema desarrollado; acta de revisión de código")
                .field(DEVELOPED).next(JOIN)
            .step("8", of("Monitorear proyectos en entorno de desarrollo", "Monitor the projects in development"))
                .by(Roles.TECNICO, INNOVATION).output("Monitoreo; Acta de desarrollo firmada")
                .hint("Completar este paso firma el Acta de desarrollo como responsable del análisis de sistemas.",
                        "Completing this step signs the Acta de desarrollo as the systems analyst.")
                .field(MONITORING).onComplete(S04020002::signDevelopment).next(JOIN)
            .step(JOIN, of("Solicitar el control de calidad del sistema", "Ask for the system's quality control"))
                .by(Roles.TECNICO, INNOVATION).join().output("Ticket de control de calidad")
                .hint("Completar este paso genera el ticket de control de calidad en la mesa de ayuda.",
                        "Completing this step files the quality-control ticket at the help desk.")
                .field(PACKAGE).opensCase(QA_TICKET, HelpDeskTicket.CODE).next("10")
            .step("10", of("Revisar documentación y realizar el análisis de requerimientos",
                    "Review the documents and analyse the requirements")).by(Roles.TECNICO, GOVERNANCE)
                .output("Análisis de requerimientos; pruebas exploratorias")
                .hint("Completar este paso le asigna el control de calidad del caso (matriz de casos e informe de"
                        + " defectos).", "Completing this step makes you the case's QA analyst (test matrix and"
                        + " defect report).")
                .onComplete(S04020002::openQa).next("11")
            .step("11", of("Realizar el Plan de pruebas (formato N°5)", "Write the test plan (format No. 5)"))
                .by(Roles.TECNICO, GOVERNANCE).output("Plan de pruebas (formato N°5)")
                .hint("El calendario de pruebas fija la ventana de control de calidad por el número de interfaces"
                        + " (1 a 4: 3 días; 4 a 8: 4 días; 9 o más: 8 a 10 días hábiles).", "The test calendar sets"
                        + " the QA window by the number of interfaces (1–4: 3 days; 4–8: 4 days; 9 or more: 8 to 10"
                        + " business days).")
                .field(TEST_PLAN).field(INTERFACES).field(QA_DAYS)
                .onComplete(S04020002::planQa, INTERFACES, QA_DAYS).next("12")
            .step("12", of("Realizar el diseño de casos de prueba (formato N°6)",
                    "Design the test cases (format No. 6)")).by(Roles.TECNICO, GOVERNANCE)
                .output("Matriz de diseño de casos de prueba (formato N°6)").field(TEST_CASES).next("13")
            .step("13", of("Implementar los ambientes de pruebas", "Set up the test environments"))
                .by(Roles.TECNICO, GOVERNANCE).output("Ambiente de pruebas").next("14")
            .step("14", of("Realizar la ejecución de las pruebas", "Run the tests")).by(Roles.TECNICO, GOVERNANCE)
                .output("Resultados; Informe de defectos (formato N°7)").field(RESULTS)
                .loop("con_defectos", of("Se encontraron defectos: volver a solicitar el control de calidad",
                        "Defects found: ask for quality control again"), JOIN)
                .decide("sin_defectos", of("Sin defectos: cerrar las pruebas", "No defects: close the tests"),
                        "15")
                .on("con_defectos", S04020002::defectsFound)
                .on("sin_defectos", S04020002::noPendingDefects)
                .mailsOn("con_defectos", "defects", Recipient.role(Roles.TECNICO, INNOVATION))
                .then()
            .step("15", of("Realizar cierre de pruebas y elaborar Acta de QA (formatos N°8 y N°9)",
                    "Close the tests and write the QA record (formats No. 8 and 9)")).by(Roles.TECNICO, GOVERNANCE)
                .output("Informe de control de calidad (formato N°8); Acta de QA (formato N°9)")
                .hint("SIGTI redacta el Acta de QA y usted la firma; la firma después el responsable de la"
                        + " coordinación del equipo de gobierno de TI.", "SIGTI drafts the QA record and you sign"
                        + " it; the IT governance coordinator signs it next.")
                .field(QA_REPORT).onComplete(S04020002::draftQa, QA_REPORT).next("15.G")
            .step("15.G", of("Firmar el Acta de QA (coordinación del equipo de gobierno de TI)",
                    "Sign the QA record (IT governance coordinator)")).by(Roles.RESPONSABLE, GOVERNANCE)
                .output("Acta de QA firmada y numerada").onComplete(S04020002::signQa).next("16")
            .step("16", of("Realizar las pruebas de aceptación", "Run the user acceptance tests"))
                .by(Roles.TECNICO, GOVERNANCE).output("Informe final de pruebas (UAT)").field(UAT).next("17")
            .step("17", of("Informar los resultados de las pruebas de calidad del sistema",
                    "Report the quality tests' results")).by(Roles.TECNICO, GOVERNANCE)
                .output("Acta de QA e informe de control de calidad enviados")
                .hint("Envía el Acta de QA al equipo de innovación tecnológica y les escribe por correo.",
                        "Sends the QA record to the innovation team and mails them.")
                .onComplete(S04020002::sendQa)
                .mails("qaResults", Recipient.role(Roles.RESPONSABLE, INNOVATION),
                        Recipient.role(Roles.TECNICO, INNOVATION))
                .next("18")
            .step("18", of("Presentar el sistema desarrollado al usuario final", "Present the system to the end"
                    + " user")).by(Roles.TECNICO, INNOVATION).output("Acta de conformidad (formato N°10)")
                .hint("Conforme: SIGTI redacta el Acta de conformidad y usted la firma; la firman después el"
                        + " responsable del equipo de innovación tecnológica y el propietario del sistema.",
                        "Accepted: SIGTI drafts the Acta de conformidad and you sign it; the innovation lead and"
                        + " the system owner sign it next.")
                .field(PRESENTATION)
                .decide("conforme", of("El usuario está conforme: elaborar el Acta de conformidad",
                        "The user accepts: write the Acta de conformidad"), "18.C")
                .loop("observado", of("El sistema no cumple lo solicitado: subsanar las observaciones",
                        "The system does not meet the request: correct it"), "7")
                .on("conforme", S04020002::draftConformity, PRESENTATION)
                .mails("presentation", Recipient.requester())
                .then()
            .step("18.C", of("Firmar el Acta de conformidad (responsable del equipo de innovación tecnológica)",
                    "Sign the Acta de conformidad (innovation lead)")).by(Roles.RESPONSABLE, INNOVATION)
                .output("Acta de conformidad firmada").onComplete(S04020002::signConformity).next("18.O")
            .step("18.O", of("Firmar el Acta de conformidad (propietario del sistema)",
                    "Sign the Acta de conformidad (system owner)")).byRequester()
                .output("Acta de conformidad firmada y numerada").onComplete(S04020002::signConformity).next("19")
            .step("19", of("Elaborar la solicitud de pase a producción (formato N°11)",
                    "Write the request to go to production (format No. 11)")).by(Roles.TECNICO, INNOVATION)
                .output("Solicitud de pase a producción; ticket; correo")
                .field(VERSION).field(ARTIFACT).field(RELEASE_REQUEST)
                .onComplete(S04020002::checkVersion, VERSION).opensCase(RELEASE_TICKET, HelpDeskTicket.CODE)
                .mails("releaseRequest", Recipient.role(Roles.RESPONSABLE, INFRASTRUCTURE),
                        Recipient.role(Roles.TECNICO, INFRASTRUCTURE))
                .next("20")
            .step("20", of("Evaluar y asignar el ticket registrado", "Evaluate and assign the ticket"))
                .by(Roles.OPERADOR, HELP_DESK).output("Ticket asignado a Infraestructura")
                .awaitsCase(RELEASE_TICKET, HelpDeskTicket.ASSIGN_STEP).next("21")
            .step("21", of("Generar un respaldo de seguridad del sistema", "Take a security backup of the system"))
                .by(Roles.TECNICO, INFRASTRUCTURE).output("Respaldo de seguridad del sistema")
                .hint("Exige una copia del sistema tomada desde que se abrió el caso (Copias de respaldo: un"
                        + " cronograma del sistema, «Ejecutar ahora», o la copia registrada).", "Needs a copy of the"
                        + " system taken since the case was opened (Backups: a schedule of the system, «Run now»,"
                        + " or the copy registered).")
                .field(COPY).onComplete(S04020002::requireCopy, COPY).next("22")
            .step("22", of("Ejecutar el pase a producción", "Deploy to production"))
                .by(Roles.TECNICO, INFRASTRUCTURE).output("Pase a producción registrado en el historial del sistema")
                .hint("Completar este paso registra el pase en el historial de cambios del sistema con su versión,"
                        + " su artefacto y la copia previa; sin copia previa se rechaza.", "Completing this step"
                        + " records the deployment in the system's change history with its version, artifact and"
                        + " prior copy; without a prior copy it is refused.")
                .field(DEPLOYED).onComplete(S04020002::goLive, DEPLOYED).next("23")
            .step("23", of("Validación de pase a producción", "Validate the deployment"))
                .by(Roles.TECNICO, INFRASTRUCTURE).output("Monitoreo del entorno productivo").field(VALIDATION)
                .decide("publicar", of("Conforme; se requiere publicación externa", "Valid; external publication"
                        + " needed"), "24")
                .decide("sin_publicacion", of("Conforme; no se requiere publicación externa", "Valid; no external"
                        + " publication"), "34")
                .loop("inconsistencias", of("Hay inconsistencias: efectuar el rollback con los respaldos",
                        "Inconsistencies: roll back with the backups"), ROLLBACK_STEP)
                .then()
            .step(ROLLBACK_STEP, of("Efectuar el rollback con los respaldos antes generados y reabrir el desarrollo",
                    "Roll back with the backups taken before and reopen the development"))
                .by(Roles.TECNICO, INFRASTRUCTURE).output("Rollback registrado con su copia")
                .hint("Indique la copia restaurada: queda enlazada como toda restauración; el caso vuelve al"
                        + " desarrollo.", "Give the copy restored: it is linked like any restore; the case returns"
                        + " to development.")
                .field(RESTORED_COPY).field(RESTORED)
                .onComplete(S04020002::rollback, RESTORED_COPY, RESTORED)
                .mails("rollback", Recipient.role(Roles.RESPONSABLE, INNOVATION),
                        Recipient.role(Roles.TECNICO, INNOVATION))
                .next("7")
            .step("24", of("Registrar y asignar la solicitud de publicación en el sistema de mesa de ayuda",
                    "Record and assign the publication request at the help desk")).by(Roles.OPERADOR, HELP_DESK)
                .output("Ticket de publicación").field(PRIVATE_IP).field(PORTS).field(PUBLIC_IP)
                .onComplete(S04020002::checkPublication, PRIVATE_IP, PORTS, PUBLIC_IP)
                .opensCase(PUBLICATION_TICKET, HelpDeskTicket.CODE).next("25")
            .step("25", of("Verificar la información registrada en la solicitud", "Check the request's data"))
                .by(Roles.TECNICO, SECURITY).output("Verificación")
                .decide("completos", of("Los datos están completos", "The data are complete"), "28")
                .decide("incompletos", of("Faltan datos", "Data missing"), "26")
                .on("completos", S04020002::validatePublication)
                .then()
            .step("26", of("Solicitar al Equipo de Trabajo de Infraestructura los datos necesarios",
                    "Ask the infrastructure team for the data needed")).by(Roles.TECNICO, SECURITY)
                .output("Solicitud de datos").next("27")
            .step("27", of("Enviar datos solicitados para la publicación", "Send the data asked for the"
                    + " publication")).by(Roles.OPERADOR, HELP_DESK).output("Datos enviados").field(PRIVATE_IP).field(PORTS)
                .field(PUBLIC_IP)
                .loop("enviar", of("Enviar los datos al equipo de ciberseguridad", "Send the data to the security"
                        + " team"), "25")
                .on("enviar", S04020002::checkPublication, PRIVATE_IP, PORTS, PUBLIC_IP)
                .then()
            .step("28", of("Realizar la configuración para la publicación y notificar al equipo de infraestructura"
                    + " tecnológica", "Configure the publication and notify the infrastructure team"))
                .by(Roles.TECNICO, SECURITY).output("Configuración; notificación").field(CONFIGURATION)
                .mails("publicationConfigured", Recipient.role(Roles.TECNICO, INFRASTRUCTURE)).next("29")
            .step("29", of("Realizar pruebas de validación y notificar los resultados",
                    "Run the validation tests and report the results")).by(Roles.TECNICO, INFRASTRUCTURE)
                .output("Resultados de las pruebas de validación")
                .decide("satisfactorio", of("Resultados satisfactorios", "Satisfactory results"), "32")
                .decide("no_satisfactorio", of("Resultados no satisfactorios", "Results not satisfactory"), "30")
                .then()
            .step("30", of("Verificar la solicitud inicial y las configuraciones realizadas",
                    "Check the initial request and the configuration")).by(Roles.TECNICO, SECURITY)
                .output("Verificación")
                .decide("reformular", of("Inconveniente en la solicitud inicial: pedir su reformulación",
                        "The initial request is the problem: ask to reformulate it"), "31")
                .loop("reconfigurar", of("Sin inconveniente en la solicitud: volver a configurar",
                        "The request is fine: configure again"), "28")
                .then()
            .step("31", of("Reformular la solicitud inicial", "Reformulate the initial request"))
                .by(Roles.TECNICO, INFRASTRUCTURE).output("Solicitud reformulada").field(PRIVATE_IP).field(PORTS)
                .field(PUBLIC_IP)
                .loop("enviar", of("Enviar los datos correctos al equipo de ciberseguridad",
                        "Send the right data to the security team"), "28")
                .on("enviar", S04020002::validatePublication, PRIVATE_IP, PORTS, PUBLIC_IP)
                .then()
            .step("32", of("Actualizar el registro interno de publicaciones y registrar la acción en el ticket",
                    "Update the internal publications register and record the action on the ticket"))
                .by(Roles.TECNICO, SECURITY).output("Registro interno de publicaciones actualizado")
                .hint("Completar este paso registra la publicación (sistema, direcciones, puertos, fecha y quién) en"
                        + " el registro interno; se rechaza si la IP pública y el puerto ya están publicados para otro"
                        + " sistema.", "Completing this step records the publication (system, addresses, ports,"
                        + " date, who) in the internal register; refused when the public IP and port are already"
                        + " published for another system.")
                .onComplete(S04020002::registerPublication).next("33")
            .step("33", of("Cerrar ticket de atención", "Close the ticket")).by(Roles.OPERADOR, HELP_DESK)
                .output("Ticket cerrado").awaitsCase(PUBLICATION_TICKET, null).next("34")
            .step("34", of("Comunicar la culminación de la ejecución de pase a producción",
                    "Report the end of the deployment")).by(Roles.RESPONSABLE, INFRASTRUCTURE)
                .output("Correo institucional").field(NOTICE)
                .mails("releaseDone", Recipient.role(Roles.RESPONSABLE, INNOVATION)).next("35")
            .step("35", of("Capacitar en el uso del sistema desarrollado y puesto en producción",
                    "Train the users on the system in production")).by(Roles.TECNICO, INNOVATION)
                .output("Acta de capacitación (formato N°12)")
                .field(TRAINING_DATE).field(TRAINING_PLACE).field(TRAINING_TOPIC).field(TRAINER).field(ATTENDANCE)
                .mails("training", Recipient.requester()).opensCase(TRAINING_TICKET, HelpDeskTicket.CODE)
                .next("36")
            .step("36", of("Actualizar inventario de sistemas de información",
                    "Update the information systems inventory")).by(Roles.RESPONSABLE, INNOVATION)
                .output("Inventario actualizado")
                .hint("Completar este paso registra en el inventario la versión puesta en producción.",
                        "Completing this step records in the inventory the version put into production.")
                .field(INVENTORY).onComplete(S04020002::updateInventory).next("37")
            .step("37", of("Elaborar el informe de cierre del proyecto", "Write the project closing report"))
                .by(Roles.RESPONSABLE, INNOVATION).output("Informe de cierre")
                .hint("SIGTI redacta el informe al Jefe(a) de la OGTIE; completar el paso lo firma, numera y"
                        + " envía.", "SIGTI drafts the report to the Jefe(a) de la OGTIE; completing the step signs,"
                        + " numbers and sends it.")
                .field(CLOSING).onComplete(S04020002::closingReport, CLOSING).next("38")
            .step("38", of("Tomar conocimiento del cierre del proyecto", "Take note of the project's closing"))
                .by(Roles.JEFE, CHIEF).output("Cierre del proyecto")
                .end("cerrar", of("Tomar conocimiento y cerrar", "Take note and close"), "SOLVED")
                .then()
            .build();

    @Inject
    Maintenances maintenances;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    void draftRequirements(Transition t) {
        maintenances.checkSystem(t, t.value(SYSTEM));
        maintenances.draftRequirements(t, t.value(REQUIREMENTS), t.value(PROGRAMMER));
    }

    void signRequirements(Transition t) {
        maintenances.sign(t, Maintenances.REQUIREMENTS_ACT, false);
    }

    void draftDevelopment(Transition t) {
        maintenances.draftDevelopment(t, t.value(DEVELOPMENT_ACT));
    }

    void signDevelopment(Transition t) {
        maintenances.sign(t, Maintenances.DEVELOPMENT_ACT, false);
    }

    void draftQa(Transition t) {
        maintenances.draftQa(t, t.value(QA_REPORT));
    }

    void signQa(Transition t) {
        maintenances.sign(t, Maintenances.QA_ACT, false);
    }

    void sendQa(Transition t) {
        maintenances.send(t, Maintenances.QA_ACT);
    }

    void draftConformity(Transition t) {
        maintenances.draftConformity(t, t.value(PRESENTATION));
    }

    void signConformity(Transition t) {
        maintenances.sign(t, Maintenances.CONFORMITY_ACT, true);
    }

    void checkVersion(Transition t) {
        maintenances.checkVersion(t.value(VERSION));
    }

    void requireCopy(Transition t) {
        maintenances.requireCopy(t, t.value(COPY));
    }

    void goLive(Transition t) {
        maintenances.goLive(t);
    }

    void rollback(Transition t) {
        maintenances.rollback(t, t.value(RESTORED_COPY));
    }

    void openQa(Transition t) {
        maintenances.openQa(t);
    }

    void planQa(Transition t) {
        maintenances.planQa(t, INTERFACES, QA_DAYS);
    }

    void defectsFound(Transition t) {
        maintenances.defectsFound(t);
    }

    void noPendingDefects(Transition t) {
        maintenances.requireNoPendingDefects(t);
    }

    void checkPublication(Transition t) {
        maintenances.checkPublication(t);
    }

    void validatePublication(Transition t) {
        maintenances.validatePublication(t);
    }

    void registerPublication(Transition t) {
        maintenances.registerPublication(t);
    }

    void updateInventory(Transition t) {
        maintenances.updateInventory(t);
    }

    void closingReport(Transition t) {
        maintenances.closingReport(t, t.value(CLOSING));
    }
}
