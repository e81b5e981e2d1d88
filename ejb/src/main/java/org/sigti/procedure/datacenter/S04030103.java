package org.sigti.procedure.datacenter;

import static org.sigti.workflow.flow.Text.of;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.maintenance.ContractorVisitors;
import org.sigti.maintenance.DataCenterReview.Verdict;
import org.sigti.maintenance.DataCenterVisit.Branch;
import org.sigti.maintenance.DataCenterVisits;
import org.sigti.security.Roles;
import org.sigti.workflow.DeclaredProcedure;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.FieldDefinition.Option;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/**
 * S04.03.01.03 (MINDEF, Peru): control de accesos al centro de datos de personal del MINDEF, proveedores y
 * visitantes. Step "0" is SIGTI's: someone files the need to enter the data center; at step "I" (the manual's
 * "Inicio") the infrastructure coordinator takes the entry branch:
 * <ul>
 * <li>visit authorized by the SG → 1: the Secretario(a) General (role Autoridad, unit SG) announces it from their own
 * inbox, the Jefe authorizes at step 2 (four eyes: never the host, who filed the case), which opens the visit's line
 * in the bitácora; step 3 records the entry, step 4 the Jefe's guided visit, step 5 the exit;</li>
 * <li>maintenance of OGTIE equipment → 7: schedule, SCTR, the help desk's ticket (company, name and DNI of each
 * visitor), DIPEC's review of the contractor's file (↺ 10 for each observation, kept), the agreed visit, the online
 * visit platform, DIPEC's SST induction and visto bueno (which opens one bitácora line per person), then 14–16;</li>
 * <li>maintenance of equipment of another U.O. → 6 → 14: the coordinator names the unit at step I, and its
 * Director(a)/Jefe(a) (role Director) records at step 6, from their own inbox, the arranged date and the people, which
 * opens their lines (the U.O. has handled SCTR and trainings).</li>
 * </ul>
 * Steps 14–16 (the Responsable de infraestructura, a Técnico): sign in with the escort, supervision by the kind of
 * equipment, sign out and close the ticket (the case). DIPEC, the OGSP and the contractor do not log in:
 * the OGTIE role of the step records their answers. No entry without the authorization, no exit before the entry,
 * nobody inside twice, DNIs of 8 digits: a refused move changes nothing. procedures.md E9.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class S04030103 extends DeclaredProcedure implements ProcedureFlow {

    public static final String CODE = "S04.03.01.03";
    public static final String VISITOR = "visitante";
    public static final String DOCUMENT = "documento_identidad";
    public static final String ESCORT = "acompanante";
    public static final String SCHEDULE = "fecha_hora";
    public static final String DESIGNATED = "personal_designado";
    public static final String CONTACT = "contacto_contratista";
    public static final String SCTR = "sctr";
    public static final String COMPANY = "empresa";
    public static final String VISITORS = "visitantes";
    public static final String UNIT = "unidad_organizacion";
    public static final String DIPEC_OBSERVATIONS = "observaciones_dipec";
    public static final String AGREED = "fecha_hora_pactada";
    public static final String EQUIPMENT_TOOLS = "equipos_herramientas";
    public static final String PLATFORM = "registro_plataforma";
    public static final String VISTO_BUENO = "visto_bueno_dipec";
    public static final String EQUIPMENT_KIND = "tipo_equipo";
    public static final String SUPERVISOR_INFRA = "supervisor_infraestructura";
    public static final String SUPERVISOR_CYBER = "supervisor_ciberseguridad";
    public static final String SUPERVISOR_ADMIN = "supervisor_administracion";
    static final String ROUTE = "I";
    static final String AUTHORIZE = "2";
    static final String ENTRY = "3";
    static final String EXIT = "5";
    static final String UNIT_ARRANGED = "6";
    static final String PROGRAM = "7";
    static final String TICKET = "9";
    static final String DIPEC = "10";
    static final String AGREE = "11";
    static final String INDUCTION = "13";
    static final String SIGN_IN = "14";
    static final String SUPERVISE = "15";
    static final String SIGN_OUT = "16";
    private static final String INFRA = "INFRA";
    private static final String DESK = "MESA";
    private static final String DIRECTION = "JEFATURA";
    /** The Secretaría General, whose Secretario(a) General (an Autoridad) announces high-level visits (step 1). */
    private static final String SG = "SG";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final FieldDefinition SCHEDULE_FIELD = FieldDefinition.text(SCHEDULE,
            Text.of("Fecha y hora (AAAA-MM-DD HH:MM)", "Date and time (YYYY-MM-DD HH:MM)"), true);
    /** Step I: the unit whose equipment is serviced, whose Director does step 6. */
    private static final FieldDefinition UNIT_FIELD = FieldDefinition.text(UNIT, Text.of("Unidad de organización"
            + " (código, solo para equipos de otra U.O.)", "Organizational unit (code, another unit's equipment"
            + " only)"), false);
    private static final FieldDefinition COMPANY_FIELD = FieldDefinition.text(COMPANY, Text.of("Empresa", "Company"),
            true);
    private static final FieldDefinition VISITORS_FIELD = FieldDefinition.longText(VISITORS,
            Text.of("Visitantes (nombre, DNI; uno por línea)", "Visitors (name, DNI; one a line)"), true);

    static final ProcedureDefinition FLOW = ProcedureDefinition.builder(S04030103.class, CODE, "MINDEF (Perú)",
            Text.of("Control de accesos al centro de datos de personal del MINDEF, proveedores y visitantes",
                    "Data-center access control for MINDEF staff, providers and visitors"))
            .offeredAs(60, of("Necesito ingresar al centro de datos",
                    "I need to enter the data center"))
            .step("0", of("Comunicar la necesidad de ingresar o realizar trabajos en el centro de datos",
                    "Report the need to enter or work in the data center")).byRequester()
                .output("Necesidad de realizar trabajos en el centro de datos")
                .hint("Indique en el asunto quién ingresa y para qué; usted figura como anfitrión.",
                        "Say in the title who enters and why; you are recorded as the host.")
                .next(ROUTE)
            .step(ROUTE, of("Inicio: visita autorizada por la SG (→ 1), mantenimiento de equipos de la OGTIE (→ 7) o de"
                    + " equipos de otra unidad de organización (→ 6)", "Start: visit authorized by the SG (→ 1),"
                    + " maintenance of OGTIE equipment (→ 7) or of another unit's equipment (→ 6)"))
                .by(Roles.RESPONSABLE, INFRA)
                .hint("Para trabajos de equipos de otra U.O., indique su código: el paso 6 espera en la bandeja de su"
                        + " Director(a).", "For another unit's equipment, give its code: step 6 waits in the inbox of"
                        + " its Director.")
                .field(UNIT_FIELD)
                .decide("visita_sg", of("Visita autorizada por la SG", "Visit authorized by the SG"), "1")
                .decide("equipos_ogtie", of("Mantenimiento de equipos de la OGTIE", "Maintenance of OGTIE equipment"),
                        PROGRAM)
                .decide("equipos_uo", of("Mantenimiento de equipos de otra U.O.", "Maintenance of another unit's"
                        + " equipment"), UNIT_ARRANGED).then()
            .step("1", of("Comunicar la visita de personal de alto nivel (Secretaría General)",
                    "Announce the visit of high-level personnel (General Secretariat)")).by(Roles.AUTORIDAD, SG)
                .output("Comunicación de la SG")
                .hint("El Secretario(a) General comunica la visita: quién la hace y cuándo.",
                        "The Secretary General announces the visit: who comes and when.")
                .next(AUTHORIZE)
            .step(AUTHORIZE, of("Autorizar el ingreso del visitante y comunicarlo al coordinador de infraestructura",
                    "Authorize the visitor's entry and tell the infrastructure coordinator"))
                .by(Roles.JEFE, DIRECTION).output("Autorización")
                .hint("Cuatro ojos: el anfitrión de la visita no puede autorizarla.",
                        "Four eyes: the host of the visit may not authorize it.")
                .decide("autorizar", of("Autorizar el ingreso", "Authorize the entry"), ENTRY)
                .end("denegar", of("Denegar el ingreso", "Deny the entry"), "RETURNED").then()
            .step(ENTRY, of("Registrar el ingreso en la bitácora de registro de ingresos",
                    "Record the entry in the visitor log")).by(Roles.RESPONSABLE, INFRA).output("Ingreso en bitácora")
                .field(FieldDefinition.text(VISITOR, Text.of("Nombre del visitante", "Visitor's name"), true))
                .field(FieldDefinition.text(DOCUMENT, Text.of("DNI (8 dígitos)", "DNI (8 digits)"), true))
                .field(FieldDefinition.text(ESCORT, Text.of("Acompañante", "Escort"), true))
                .next("4")
            .step("4", of("Acompañar y guiar al visitante en el centro de datos",
                    "Accompany and guide the visitor in the data center")).by(Roles.JEFE, DIRECTION).next(EXIT)
            .step(EXIT, of("Registrar la salida del visitante en la bitácora", "Record the visitor's exit in the log"))
                .by(Roles.RESPONSABLE, INFRA).output("Salida en bitácora")
                .end("registrar_salida", of("Registrar la salida y cerrar", "Record the exit and close"), "SOLVED")
                .then()
            .step(UNIT_ARRANGED, of("La U.O. comunica los trabajos y coordina la fecha y hora de ingreso de los"
                    + " contratistas (la U.O. ya gestionó el SCTR y las capacitaciones)", "The unit reports the work"
                    + " and agrees the contractors' entry date and time (it has handled SCTR and trainings)"))
                .byUnitIn(Roles.DIRECTOR, UNIT).output("Coordinación")
                .hint("La U.O. ya gestionó el SCTR y las capacitaciones; un visitante por línea: nombre, DNI.",
                        "The unit has handled SCTR and trainings; one visitor a line: name, DNI.")
                .field(SCHEDULE_FIELD)
                .field(COMPANY_FIELD)
                .field(VISITORS_FIELD)
                .next(SIGN_IN)
            .step(PROGRAM, of("Programar los trabajos en el centro de datos (fecha y hora) y designar al personal de"
                    + " infraestructura que les hará seguimiento", "Schedule the data-center work and designate the"
                    + " infrastructure staff who follow it")).by(Roles.RESPONSABLE, INFRA).output("Programación")
                .field(SCHEDULE_FIELD)
                .field(FieldDefinition.text(DESIGNATED, Text.of("Personal de infraestructura designado",
                        "Designated infrastructure staff"), true))
                .next("8")
            .step("8", of("Contactar al contratista, fijar las pautas de ingreso, solicitar el SCTR y pedir a mesa de"
                    + " ayuda el ticket", "Contact the contractor, set the entry rules, request the SCTR and ask the"
                    + " help desk for a ticket")).by(Roles.RESPONSABLE, INFRA).output("SCTR recibido")
                .field(FieldDefinition.text(CONTACT, Text.of("Contacto del contratista", "Contractor's contact"), true))
                .field(FieldDefinition.text(SCTR, Text.of("SCTR recibido (póliza o constancia)",
                        "SCTR received (policy or certificate)"), true))
                .next(TICKET)
            .step(TICKET, of("Generar el ticket de atención con la empresa, el nombre y el DNI de cada visitante;"
                    + " categorizarlo y asignarlo", "Create the ticket with the company, name and DNI of each visitor;"
                    + " categorize and assign it")).by(Roles.OPERADOR, DESK).output("Ticket de atención")
                .hint("Un visitante por línea: nombre, DNI (8 dígitos).", "One visitor a line: name, DNI (8 digits).")
                .field(COMPANY_FIELD)
                .field(VISITORS_FIELD)
                .next(DIPEC)
            .step(DIPEC, of("Remitir a la DIPEC el expediente del contratista (SCTR, contrato u orden de servicio,"
                    + " procedimiento, capacitación SST, CV del prevencionista, certificado médico) y registrar su"
                    + " respuesta", "Send DIPEC the contractor's file and record its answer"))
                .by(Roles.RESPONSABLE, INFRA).output("Revisión de la DIPEC")
                .hint("Si la DIPEC observa el expediente, escriba sus observaciones: el paso vuelve hasta que apruebe.",
                        "If DIPEC observes the file, write its observations: the step comes back until it approves.")
                .field(FieldDefinition.longText(DIPEC_OBSERVATIONS, Text.of("Observaciones de la DIPEC",
                        "DIPEC's observations"), false))
                .loop("observado", of("La DIPEC observa: subsanar y volver a remitir",
                        "DIPEC observes: correct and send again"), DIPEC)
                .decide("aprobado", of("La DIPEC aprueba la documentación", "DIPEC approves the file"), AGREE).then()
            .step(AGREE, of("Coordinar con el contratista fechas, hora, equipos, herramientas y requisitos de"
                    + " seguridad; comunicar a la DIPEC la fecha para la inducción SST", "Agree the dates, time,"
                    + " equipment, tools and safety requirements; tell DIPEC for the SST induction"))
                .by(Roles.RESPONSABLE, INFRA).output("Visita pactada")
                .field(FieldDefinition.text(AGREED, Text.of("Fecha y hora pactadas (AAAA-MM-DD HH:MM)",
                        "Agreed date and time (YYYY-MM-DD HH:MM)"), true))
                .field(FieldDefinition.longText(EQUIPMENT_TOOLS, Text.of("Equipos, herramientas y requisitos de"
                        + " seguridad", "Equipment, tools and safety requirements"), true))
                .next("12")
            .step("12", of("Registrar al personal externo en la plataforma de registro de visitas en línea (la OGSP"
                    + " verifica la autorización en la garita, S07)", "Register the external staff on the online"
                    + " visit platform (the OGSP checks it at the gate, S07)")).by(Roles.RESPONSABLE, INFRA)
                .output("Registro de visita")
                .field(FieldDefinition.text(PLATFORM, Text.of("N° de registro en la plataforma de visitas",
                        "Visit platform registration number"), true))
                .next(INDUCTION)
            .step(INDUCTION, of("Gestionar con la DIPEC la inducción SST al contratista y registrar su visto bueno",
                    "Arrange DIPEC's SST induction and record its approval")).by(Roles.RESPONSABLE, INFRA)
                .output("Visto bueno de la DIPEC")
                .field(FieldDefinition.text(VISTO_BUENO, Text.of("Visto bueno de la DIPEC (correo recibido)",
                        "DIPEC's approval (e-mail received)"), true))
                .decide("visto_bueno", of("Registrar el visto bueno de la DIPEC", "Record DIPEC's approval"), SIGN_IN)
                .then()
            .step(SIGN_IN, of("Registrar y atender la visita: validar los requisitos de seguridad; el contratista"
                    + " firma su ingreso en la bitácora (Formato N°1)", "Validate the safety requirements; the"
                    + " contractor signs in the log (Format No. 1)")).by(Roles.TECNICO, INFRA)
                .output("Ingreso en bitácora")
                .field(FieldDefinition.text(ESCORT, Text.of("Acompañante designado", "Designated escort"), true))
                .next(SUPERVISE)
            .step(SUPERVISE, of("Monitorear y verificar los trabajos del contratista", "Monitor and check the"
                    + " contractor's work")).by(Roles.TECNICO, INFRA)
                .hint("Infraestructura supervisa siempre; equipos de ciberseguridad: también ciberseguridad;"
                        + " servicios generales: también administración.", "Infrastructure always supervises;"
                        + " cybersecurity equipment: cybersecurity too; general services: administration too.")
                .field(FieldDefinition.choice(EQUIPMENT_KIND, Text.of("Tipo de equipo", "Kind of equipment"), true,
                        List.of(new Option("INFRAESTRUCTURA", Text.of("Infraestructura", "Infrastructure")),
                                new Option("CIBERSEGURIDAD", Text.of("Ciberseguridad", "Cybersecurity")),
                                new Option("SERVICIOS_GENERALES", Text.of("Servicios generales",
                                        "General services")))))
                .field(FieldDefinition.text(SUPERVISOR_INFRA, Text.of("Supervisa (equipo de infraestructura)",
                        "Supervisor (infrastructure team)"), true))
                .field(FieldDefinition.text(SUPERVISOR_CYBER, Text.of("Supervisa (equipo de ciberseguridad)",
                        "Supervisor (cybersecurity team)"), false))
                .field(FieldDefinition.text(SUPERVISOR_ADMIN, Text.of("Supervisa (personal de administración)",
                        "Supervisor (administration staff)"), false))
                .next(SIGN_OUT)
            .step(SIGN_OUT, of("Registrar la salida en la bitácora (Formato N°1) y cerrar el ticket de atención",
                    "Record the exit in the log (Format No. 1) and close the ticket")).by(Roles.TECNICO, INFRA)
                .output("Salida en bitácora; ticket cerrado")
                .end("cerrar", of("Registrar la salida y cerrar el ticket", "Record the exit and close the ticket"),
                        "SOLVED").then()
            .on(AUTHORIZE, "autorizar", S04030103::authorize)
            .onComplete(S04030103::enter, java.util.List.of(ENTRY))
            .onComplete(S04030103::leave, java.util.List.of(EXIT, SIGN_OUT))
            .onComplete(S04030103::arrangedByUnit, java.util.List.of(UNIT_ARRANGED))
            .onComplete(S04030103::checkSchedule, java.util.List.of(PROGRAM))
            .onComplete(S04030103::checkVisitors, java.util.List.of(TICKET))
            .onComplete(S04030103::reviewByDipec, java.util.List.of(DIPEC))
            .onComplete(S04030103::checkAgreedSchedule, java.util.List.of(AGREE))
            .onComplete(S04030103::authorizeAfterInduction, java.util.List.of(INDUCTION))
            .onComplete(S04030103::signIn, java.util.List.of(SIGN_IN))
            .onComplete(S04030103::supervise, java.util.List.of(SUPERVISE))
            .build();

    @Inject
    DataCenterVisits visits;

    @Override
    @PermitAll
    public ProcedureDefinition definition() {
        return FLOW;
    }


    /** Step 2: the authorized visit is written in the bitácora's plan. */
    void authorize(Transition t) {
        visits.authorize(t);
    }

    /** Step 3: the visitor enters, escorted. */
    void enter(Transition t) {
        visits.enter(t.caseId(), t.field(VISITOR), t.field(DOCUMENT), t.field(ESCORT));
    }

    /** Steps 5 and 16: the visitors leave. */
    void leave(Transition t) {
        visits.exit(t.caseId());
    }

    /** Step 6: the unit arranged the visit of its contractor: date and visitors authorized. */
    void arrangedByUnit(Transition t) {
        schedule(t.field(SCHEDULE));
        visits.authorizeContractors(t, Branch.UNIT_EQUIPMENT, t.field(COMPANY),
                ContractorVisitors.parse(t.field(VISITORS)));
    }

    /** Step 7: the programmed date is a date. */
    void checkSchedule(Transition t) {
        schedule(t.field(SCHEDULE));
    }

    /** Step 9: the list of visitors is readable. */
    void checkVisitors(Transition t) {
        ContractorVisitors.parse(t.field(VISITORS));
    }

    /** Step 10: DIPEC's verdict. */
    void reviewByDipec(Transition t) {
        visits.review(t, t.took("aprobado") ? Verdict.APPROVED : Verdict.OBSERVED, t.field(DIPEC_OBSERVATIONS));
    }

    /** Step 11: the agreed date is a date. */
    void checkAgreedSchedule(Transition t) {
        schedule(t.field(AGREED));
    }

    /** Step 13: after the induction, the contractor's visitors are authorized. */
    void authorizeAfterInduction(Transition t) {
        visits.authorizeContractors(t, Branch.OGTIE_EQUIPMENT, visits.recorded(t.caseId(), COMPANY),
                ContractorVisitors.parse(visits.recorded(t.caseId(), VISITORS)));
    }

    /** Step 14: every visitor signs in. */
    void signIn(Transition t) {
        visits.enterAll(t.caseId(), t.field(ESCORT));
    }

    /** Step 15: who supervised. */
    void supervise(Transition t) {
        visits.supervise(t.caseId(), supervision(t));
    }

    /** Who supervised, by the kind of equipment (step 15's note): infrastructure always, plus the kind's team. */
    static String supervision(Transition t) {
        String kind = t.field(EQUIPMENT_KIND);
        String infra = t.field(SUPERVISOR_INFRA);
        String cyber = t.field(SUPERVISOR_CYBER);
        String admin = t.field(SUPERVISOR_ADMIN);
        StringBuilder text = new StringBuilder("Infraestructura: ").append(infra);
        if ("CIBERSEGURIDAD".equals(kind)) {
            if (cyber == null) {
                throw new WorkflowException("datacenter.supervision.cyber", t.caseNumber());
            }
            text.append("; Ciberseguridad: ").append(cyber);
        } else if ("SERVICIOS_GENERALES".equals(kind)) {
            if (admin == null) {
                throw new WorkflowException("datacenter.supervision.admin", t.caseNumber());
            }
            text.append("; Administración: ").append(admin);
        }
        return text.toString();
    }

    /** A date and time as the manual's schedules give it: {@code 2026-12-01 09:30}. */
    static LocalDateTime schedule(String value) {
        try {
            return LocalDateTime.parse(value.strip().replace('T', ' '), WHEN);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new WorkflowException("datacenter.schedule.format", String.valueOf(value));
        }
    }
}
