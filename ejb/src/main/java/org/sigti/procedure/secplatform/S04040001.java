package org.sigti.procedure.secplatform;

import static org.sigti.workflow.flow.Text.of;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.maintenance.ContractorVisitors;
import org.sigti.maintenance.DataCenterVisit.Branch;
import org.sigti.maintenance.DataCenterVisits;
import org.sigti.secplatform.SecurityPlatform;
import org.sigti.secplatform.SecurityPlatformKind;
import org.sigti.security.Roles;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.04.00.01 (MINDEF, Peru): Administración de plataformas de seguridad informática, procedures.md E19. Step "0" is
 * SIGTI's: the cybersecurity coordinator opens the case of a platform (the manual's input, "necesidad de prevenir
 * amenazas informáticas"). Then, as written:
 * <ul>
 * <li>1, the coordinator (Responsable, CIBER) assigns the platform's primary and secondary administrators, people of
 * the cybersecurity team; the move registers the platform in the register (or describes it again);</li>
 * <li>2, the Técnico Informático Especialista (Técnico, CIBER) creates its administration profiles (register);</li>
 * <li>3, the técnico creates a user with one of them (register); for the full-administration user, where it is kept
 * (the manual: "equipo con un sistema de cifrado asimétrico") is recorded, never the credential;</li>
 * <li>4, the técnico chooses the activity: security rules → 5 (end); logs → 6, reports needed → 7 → 8 (the
 * coordinator's informe to the Jefe(a)) → 9 (the Jefe(a) takes note), else end; backup → 10–12 (as the monthly case,
 * {@link S04040001M}); maintenance by the OGTIE → 13 (end), by a contractor → 14 → 15 → 16.</li>
 * </ul>
 * Step 14 records the contractor's people (name, DNI) in S04.03.01.03's visitor log, which opens their lines and signs
 * them in with the técnico as escort ("se recibe al contratista ... registrar sus datos en la garita"). Step "14.S" is
 * SIGTI's: the manual's step 14 ends when the técnico "comunica ... la culminación de las actividades del contratista",
 * which SIGTI makes a move of its own so that the contractor signs out of the log when the work is done, not when it
 * is agreed. 15: the coordinator's Informe de conformidad to the Jefe(a); 16: the Jefe(a) takes note and remits it to
 * the DIRAB with an oficio. The informes and the oficio are official documents, numbered, signed and sent in the move
 * ({@link PlatformReports}); SISTRADOC is outside SIGTI.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04040001 extends PlatformProcedure implements ProcedureFlow {

    public static final String CODE = "S04.04.00.01";
    static final String SIGN_OUT = "14.S";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static final FieldDefinition NAME = FieldDefinition.text("nombre_plataforma", Text.of("Nombre de la plataforma",
            "Platform name"), true);
    static final FieldDefinition KIND = FieldDefinition.choice("tipo_plataforma", Text.of("Tipo de plataforma",
            "Kind of platform"), true, List.of(
                    new Option(SecurityPlatformKind.FIREWALL.name(), Text.of("Firewall", "Firewall")),
                    new Option(SecurityPlatformKind.WAF.name(), Text.of("Firewall de aplicaciones web (WAF)",
                            "Web application firewall (WAF)")),
                    new Option(SecurityPlatformKind.ANTIVIRUS.name(), Text.of("Consola de antivirus",
                            "Antivirus console")),
                    new Option(SecurityPlatformKind.SIEM.name(), Text.of("SIEM", "SIEM")),
                    new Option(SecurityPlatformKind.MAIL_GATEWAY.name(), Text.of("Pasarela de correo",
                            "Mail gateway")),
                    new Option(SecurityPlatformKind.OTHER.name(), Text.of("Otra", "Other"))));
    static final FieldDefinition LOCATION = FieldDefinition.text("ubicacion_plataforma", Text.of("Ubicación",
            "Location"), true);
    static final FieldDefinition PRIMARY = FieldDefinition.text("administrador_primario", Text.of("Responsable"
            + " primario (usuario del equipo de ciberseguridad)", "Primary administrator (user of the cybersecurity"
            + " team)"), true);
    static final FieldDefinition SECONDARY = FieldDefinition.text("administrador_secundario", Text.of("Responsable"
            + " secundario (usuario del equipo de ciberseguridad)", "Secondary administrator (user of the"
            + " cybersecurity team)"), true);
    static final FieldDefinition PROFILES = FieldDefinition.longText("perfiles", Text.of("Perfiles de administración"
            + " (uno por línea: nombre: funciones)", "Administration profiles (one a line: name: functions)"), true);
    static final FieldDefinition LOGIN = FieldDefinition.text("usuario_plataforma", Text.of("Usuario creado en la"
            + " plataforma", "User created on the platform"), true);
    static final FieldDefinition HOLDER = FieldDefinition.text("titular", Text.of("Persona a quien se asigna",
            "Person it is assigned to"), true);
    static final FieldDefinition PROFILE = FieldDefinition.text("perfil", Text.of("Perfil asignado",
            "Assigned profile"), true);
    static final FieldDefinition FULL_ADMIN = FieldDefinition.choice("administracion_total", Text.of("¿Es el usuario"
            + " de administración total?", "Is it the full-administration user?"), true, List.of(
                    new Option("NO", Text.of("No", "No")), new Option("SI", Text.of("Sí", "Yes"))));
    static final FieldDefinition CUSTODY = FieldDefinition.text("custodia_credencial", Text.of("Dónde se guarda el"
            + " usuario de administración total (equipo y cifrado; nunca la contraseña)", "Where the"
            + " full-administration user is kept (equipment and encryption; never the password)"), false);
    static final FieldDefinition RULES = FieldDefinition.longText("reglas", Text.of("Reglas de seguridad configuradas"
            + " y motivo (solicitud de acceso o incidente)", "Security rules configured and why (access request or"
            + " incident)"), true);
    static final FieldDefinition LOG_ANALYSIS = FieldDefinition.longText("analisis_registros", Text.of("Resultado del"
            + " monitoreo y análisis de los registros (logs)", "Result of the log monitoring and analysis"), true);
    static final FieldDefinition SECURITY_REPORTS = FieldDefinition.longText("reportes_seguridad", Text.of("Reportes"
            + " de seguridad generados", "Security reports produced"), true);
    static final FieldDefinition REPORT = FieldDefinition.longText("informe", Text.of("Contenido del informe al"
            + " Jefe(a) de la OGTIE", "Content of the report to the Jefe(a) of the OGTIE"), true);
    static final FieldDefinition MAINTENANCE_KIND = FieldDefinition.choice("tipo_mantenimiento", Text.of("Tipo de"
            + " mantenimiento", "Kind of maintenance"), true, List.of(
                    new Option("PREVENTIVO", Text.of("Preventivo", "Preventive")),
                    new Option("CORRECTIVO", Text.of("Correctivo", "Corrective"))));
    static final FieldDefinition MAINTENANCE = FieldDefinition.longText("mantenimiento_realizado", Text.of("Trabajos"
            + " realizados", "Work done"), true);
    static final FieldDefinition SCHEDULE = FieldDefinition.text("fecha_hora", Text.of("Fecha y hora coordinadas"
            + " (AAAA-MM-DD HH:MM)", "Agreed date and time (YYYY-MM-DD HH:MM)"), true);
    static final FieldDefinition COMPANY = FieldDefinition.text("empresa", Text.of("Empresa contratista",
            "Contractor company"), true);
    static final FieldDefinition VISITORS = FieldDefinition.longText("visitantes", Text.of("Personal del contratista"
            + " (nombre, DNI; uno por línea)", "Contractor's staff (name, DNI; one a line)"), true);
    static final FieldDefinition ESCORT = FieldDefinition.text("acompanante", Text.of("Acompaña y supervisa",
            "Escort and supervisor"), true);
    static final FieldDefinition CONTRACTOR_WORK = FieldDefinition.longText("trabajos_contratista", Text.of("Trabajos"
            + " del contratista, culminados", "Contractor's work, finished"), true);
    static final FieldDefinition CONFORMITY = FieldDefinition.longText("conformidad", Text.of("Informe de"
            + " conformidad: trabajos verificados y conformidad", "Informe de conformidad: work checked and"
            + " conformity"), true);

    static final ProcedureDefinition FLOW = backupSteps(ProcedureDefinition.builder(S04040001.class, CODE,
            "MINDEF (Perú)", Text.of("Administración de plataformas de seguridad informática",
                    "Administration of the security platforms"))
        .step("0", of("Registrar la necesidad de administrar una plataforma de seguridad informática",
                "Record the need to administer a security platform")).by(Roles.RESPONSABLE, CIBER)
            .hint("Paso de SIGTI: indique en el asunto la plataforma; el paso 1 la registra.",
                    "SIGTI's step: name the platform in the title; step 1 registers it.")
            .output("Necesidad de prevenir amenazas informáticas").next("1")
        .step("1", of("Asignar los responsables (primario y secundario) de la plataforma de seguridad informática",
                "Assign the platform's primary and secondary administrators")).by(Roles.RESPONSABLE, CIBER)
            .hint("La plataforma queda en el registro de plataformas de seguridad con sus responsables, personas del"
                    + " equipo de ciberseguridad.", "The platform enters the register with its administrators, people"
                    + " of the cybersecurity team.")
            .output("Asignación de responsables")
            .field(PLATFORM).field(NAME).field(KIND).field(LOCATION).field(PRIMARY).field(SECONDARY)
            .onComplete(S04040001::assignAdministrators, PLATFORM, NAME, KIND, LOCATION, PRIMARY, SECONDARY)
            .next("2")
        .step("2", of("Generar perfiles para la administración de la plataforma de seguridad informática",
                "Create the platform's administration profiles")).by(Roles.TECNICO, CIBER).output("Perfiles")
            .field(PROFILES).onComplete(S04040001::createProfiles, PROFILES).next("3")
        .step("3", of("Crear usuario y asignar perfil de acceso a la plataforma de seguridad informática",
                "Create a user and assign an access profile on the platform")).by(Roles.TECNICO, CIBER)
            .hint("El usuario de administración total se almacena en un equipo con cifrado asimétrico: indique cuál;"
                    + " nunca escriba la contraseña.", "The full-administration user is stored on equipment with"
                    + " asymmetric encryption: say which; never write the password.")
            .output("Usuario de la plataforma")
            .field(LOGIN).field(HOLDER).field(PROFILE).field(FULL_ADMIN).field(CUSTODY)
            .onComplete(S04040001::createUser, LOGIN, HOLDER, PROFILE, FULL_ADMIN, CUSTODY).next("4")
        .step("4", of("Acceder a la plataforma de seguridad informática: ¿tipo de actividad?",
                "Access the security platform: which activity?")).by(Roles.TECNICO, CIBER)
            .decide("reglas", of("Configurar reglas de seguridad", "Configure security rules"), "5")
            .decide("registros", of("Monitorear y analizar los registros (logs)", "Monitor and analyse the logs"),
                    "6")
            .decide("back_up", of("Generar back up", "Back up"), "10")
            .decide("mantenimiento_ogtie", of("Mantenimiento preventivo o correctivo por la OGTIE",
                    "Preventive or corrective maintenance by the OGTIE"), "13")
            .decide("mantenimiento_contratista", of("Mantenimiento preventivo o correctivo por el contratista",
                    "Preventive or corrective maintenance by the contractor"), "14").then()
        .step("5", of("Configurar reglas de seguridad", "Configure security rules")).by(Roles.TECNICO, CIBER)
            .output("Reglas de seguridad").field(RULES)
            .end("configuradas", of("Reglas configuradas: fin del procedimiento", "Rules configured: end"), "SOLVED")
            .then()
        .step("6", of("Monitorear y analizar los registros (logs) de la plataforma de seguridad informática",
                "Monitor and analyse the platform's logs")).by(Roles.TECNICO, CIBER).field(LOG_ANALYSIS)
            .decide("reportes", of("Se requieren reportes de seguridad", "Security reports are needed"), "7")
            .end("sin_reportes", of("No se requieren reportes: fin del procedimiento", "No reports needed: end"),
                    "SOLVED").then()
        .step("7", of("Generar reportes de seguridad", "Produce security reports")).by(Roles.TECNICO, CIBER)
            .output("Reportes de seguridad").field(SECURITY_REPORTS).next("8")
        .step("8", of("Elaborar informe y elevarlo al Jefe(a) de la OGTIE (SISTRADOC)",
                "Write a report and send it to the Jefe(a) of the OGTIE (SISTRADOC)")).by(Roles.RESPONSABLE, CIBER)
            .hint("SIGTI numera, firma y remite el informe al Jefe(a) de la OGTIE.",
                    "SIGTI numbers, signs and sends the report to the Jefe(a) of the OGTIE.")
            .output("Informe").field(REPORT).onComplete(S04040001::reportToJefe, REPORT).next("9")
        .step("9", of("Recibir el informe y tomar conocimiento", "Receive the report and take note"))
            .by(Roles.JEFE, CHIEF)
            .end(TAKE_NOTE, of("Tomar conocimiento: fin del procedimiento", "Take note: end"), "SOLVED").then()
        .step("13", of("Realizar y ejecutar el mantenimiento preventivo o correctivo; comunicarlo al responsable de la"
                + " coordinación del equipo de ciberseguridad", "Carry out the preventive or corrective maintenance;"
                + " tell the cybersecurity coordinator")).by(Roles.TECNICO, CIBER)
            .field(MAINTENANCE_KIND).field(MAINTENANCE)
            .end("comunicar", of("Comunicar al coordinador: fin del procedimiento", "Tell the coordinator: end"),
                    "SOLVED").then()
        .step("14", of("Coordinar con el contratista la ejecución del mantenimiento; recibirlo y registrarlo en la"
                + " bitácora de ingresos", "Agree the maintenance with the contractor; receive and sign them in the"
                + " visitor log")).by(Roles.TECNICO, CIBER)
            .hint("Un visitante por línea: nombre, DNI (8 dígitos). Quedan registrados en la bitácora de control de"
                    + " accesos (S04.03.01.03) con usted como acompañante.", "One visitor a line: name, DNI (8"
                    + " digits). They are signed in the access log (S04.03.01.03) with you as escort.")
            .output("Ingreso del contratista en bitácora")
            .field(MAINTENANCE_KIND).field(SCHEDULE).field(COMPANY).field(VISITORS).field(ESCORT)
            .onComplete(S04040001::receiveContractor, SCHEDULE, COMPANY, VISITORS, ESCORT).next(SIGN_OUT)
        .step(SIGN_OUT, of("Acompañar y supervisar al contratista; registrar su salida y comunicar la culminación al"
                + " responsable de la coordinación del equipo de ciberseguridad", "Accompany and supervise the"
                + " contractor; sign them out and tell the cybersecurity coordinator the work is done"))
            .by(Roles.TECNICO, CIBER).output("Salida del contratista en bitácora")
            .field(CONTRACTOR_WORK).onComplete(S04040001::contractorLeaves, CONTRACTOR_WORK).next("15")
        .step("15", of("Elaborar el Informe de conformidad y elevarlo al Jefe(a) de la OGTIE (SISTRADOC)",
                "Write the Informe de conformidad and send it to the Jefe(a) of the OGTIE (SISTRADOC)"))
            .by(Roles.RESPONSABLE, CIBER)
            .hint("SIGTI numera, firma y remite el Informe de conformidad al Jefe(a) de la OGTIE.",
                    "SIGTI numbers, signs and sends the Informe de conformidad to the Jefe(a) of the OGTIE.")
            .output("Informe de conformidad").field(CONFORMITY)
            .onComplete(S04040001::reportConformity, CONFORMITY).next("16")
        .step("16", of("Recibir el informe, tomar conocimiento y remitir el documento a la DIRAB",
                "Receive the report, take note and send it to the DIRAB")).by(Roles.JEFE, CHIEF)
            .hint("SIGTI numera, firma y remite a la DIRAB un oficio con el Informe de conformidad.",
                    "SIGTI numbers, signs and sends the DIRAB an oficio with the Informe de conformidad.")
            .end("remitir_dirab", of("Tomar conocimiento y remitir a la DIRAB", "Take note and send to the DIRAB"),
                    "SOLVED")
            .on("remitir_dirab", S04040001::remitToDirab).then())
        .build();

    @Inject
    DataCenterVisits visits;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }

    /** Step 1: the platform in the register, with its administrators. */
    void assignAdministrators(Transition t) {
        platforms.assignAdministrators(t, t.value(PLATFORM), t.value(NAME), t.value(KIND), t.value(LOCATION),
                t.value(PRIMARY), t.value(SECONDARY));
    }

    /** Step 2: the administration profiles. */
    void createProfiles(Transition t) {
        platforms.createProfiles(t, platformOf(t), t.value(PROFILES));
    }

    /** Step 3: the user with its profile; for the full-administration user, where it is kept. */
    void createUser(Transition t) {
        platforms.createUser(t, platformOf(t), t.value(LOGIN), t.value(HOLDER), t.value(PROFILE),
                "SI".equals(t.value(FULL_ADMIN)), t.value(CUSTODY));
    }

    /** Step 8: the coordinator's informe to the Jefe(a). */
    void reportToJefe(Transition t) {
        SecurityPlatform p = platformOf(t);
        String body = String.join("\n\n",
                "Se informa el resultado del monitoreo y análisis de los registros (logs) de la plataforma de"
                        + " seguridad informática " + p.getName() + " (" + p.getCode() + ").",
                "Análisis: " + nz(platforms.recorded(t.caseId(), LOG_ANALYSIS.name())),
                "Reportes de seguridad: " + nz(platforms.recorded(t.caseId(), SECURITY_REPORTS.name())),
                t.value(REPORT).strip());
        reports.informe(t, PlatformReports.COORDINATOR, PlatformReports.JEFE_OGTIE, CHIEF,
                "Informe de seguridad de la plataforma " + p.getCode(), body);
    }

    /**
     * Step 14: the contractor's people enter S04.03.01.03's visitor log, authorized by the técnico who receives them
     * and signed in with them as escort.
     */
    void receiveContractor(Transition t) {
        schedule(t.value(SCHEDULE));
        visits.authorizeContractors(t, Branch.OGTIE_EQUIPMENT, t.value(COMPANY),
                ContractorVisitors.parse(t.value(VISITORS)));
        visits.enterAll(t.caseId(), t.value(ESCORT));
    }

    /** Step 14.S: supervised by the cybersecurity técnico, the contractor's people sign out. */
    void contractorLeaves(Transition t) {
        visits.supervise(t.caseId(), "Ciberseguridad: " + t.actor().fullName());
        visits.exit(t.caseId());
    }

    /** Step 15: the Informe de conformidad to the Jefe(a). */
    void reportConformity(Transition t) {
        SecurityPlatform p = platformOf(t);
        String body = String.join("\n\n",
                "Se informa la conformidad del mantenimiento " + nz(platforms.recorded(t.caseId(),
                        MAINTENANCE_KIND.name())).toLowerCase(Locale.ROOT) + " de la plataforma de"
                        + " seguridad informática " + p.getName() + " (" + p.getCode() + "), ejecutado por la empresa "
                        + nz(platforms.recorded(t.caseId(), COMPANY.name())) + " el "
                        + nz(platforms.recorded(t.caseId(), SCHEDULE.name())) + ".",
                "Trabajos del contratista: " + nz(platforms.recorded(t.caseId(), CONTRACTOR_WORK.name())),
                t.value(CONFORMITY).strip());
        reports.informe(t, PlatformReports.COORDINATOR, PlatformReports.JEFE_OGTIE, CHIEF,
                "Informe de conformidad del mantenimiento de la plataforma " + p.getCode(), body);
    }

    /** Step 16: the Jefe(a) remits the Informe de conformidad to the DIRAB. */
    void remitToDirab(Transition t) {
        reports.remitToDirab(t);
    }

    /** A date and time as the contractor agreed it: {@code 2026-12-01 09:30}. */
    static LocalDateTime schedule(String value) {
        try {
            return LocalDateTime.parse(value.strip().replace('T', ' '), WHEN);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new WorkflowException("secplatform.schedule.format", String.valueOf(value));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
