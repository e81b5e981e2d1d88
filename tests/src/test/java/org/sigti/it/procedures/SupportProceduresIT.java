package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.AlsoOnH2;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;
import org.sigti.it.procedures.Desk.HistoryRow;

/**
 * The six support procedures (procedures.md D1–D3, C9, E17, E11) walked end to end in real browsers: each actor logs
 * in, finds the case in "Mi bandeja" by its number, opens it and takes the step's way out, until the case is closed.
 * Each procedure also goes round one of its loop-backs (the supervisor's return, the requester's observation, the
 * unsigned boleta, the report sent back). The history must list one completion per step in the manual's numbering,
 * and the requester's mails must reach a real SMTP server (GreenMail) with the case number and the right words.
 * Other tests share the server: every case here is found by the number shown when it was filed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportProceduresIT extends Walk {

    private static final String PR01 = "UGAT/AIT-PR01";
    private static final String PR02 = "UGAT/AIT-PR02";
    private static final String PR03 = "UGAT/AIT-PR03";
    private static final String SEPREM = "SEPREM-DI-008.1";
    private static final String MINDEF_SUPPORT = "S04.03.04.02";
    private static final String MINDEF_INFRA = "S04.03.01.05";
    private static final String MINDEF_MAIL = "solicitante.mindef@sigti.example";

    private static final String MARIA = "María Gutiérrez Peña";
    private static final String MARIA_MAIL = "solicitante@sigti.example";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    @AlsoOnH2
    void pr01_operator_solves_it_the_supervisor_returns_it_once_then_closes_it() {
        Desk maria = desk("solicitante");
        Filed c = maria.file(Draft.of(PR01, "ASISTENCIA_SOFTWARE", "El sistema de planillas no abre",
                "Al ingresar al sistema de planillas aparece una página en blanco.").phone("70011223"));
        String n = c.number();
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud registrada", "registrada con el número " + n);

        String firstSolution = "Se borró la caché del navegador y se restableció el acceso al sistema.";
        Desk operador = desk("operador").openFromInbox(n, "2")
                .act("2", "continuar", "impacto", "MEDIA", "urgencia", "ALTA")
                .act("3", "continuar")
                .act("4", "continuar")
                .act("5", "continuar", "solucion", firstSolution)
                .act("6", "continuar", "kb_titulo", "Página en blanco en el sistema de planillas")
                .act("7", "continuar");
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solución de su solicitud", firstSolution);
        operador.act("8", "continuar");

        Desk supervisor = desk("responsable").openFromInbox(n, "9")
                .act("9", "devolver", "comment", "Falta confirmar con la usuaria que el sistema abre.");
        supervisor.screenshot("returned");

        String secondSolution = "Se confirmó con la usuaria por teléfono: el sistema de planillas abre.";
        operador.openFromInbox(n, "3")
                .act("3", "continuar")
                .act("4", "continuar")
                .act("5", "continuar", "solucion", secondSolution)
                .act("6", "continuar")
                .act("7", "continuar");
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solución de su solicitud", secondSolution);
        operador.act("8", "continuar");

        supervisor.openFromInbox(n, "9")
                .act("9", "correcto")
                .act("10", "cerrar", "comment", "Atendido correctamente.");
        supervisor.screenshot("closed");
        supervisor.assertClosed("resuelto");
        assertEquals(List.of("1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → 8", "8 → 9", "9 → 3",
                "3 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → 8", "8 → 9", "9 → 10", "10 → END"),
                supervisor.completions());
        assertEquals(new HistoryRow("START", "", "1"), supervisor.history().get(0));
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud cerrada", "fue cerrada");

        maria.open(c.id()).assertClosed("resuelto");
    }

    @Test
    void pr01_availability_problem_jumps_to_pr02_where_the_uit_asks_the_requester_and_solves_it() {
        Desk maria = desk("solicitante");
        Filed c = maria.file(Draft.of(PR01, "ACCESO_SISTEMA", "El portal de trámites no responde",
                "Desde la mañana el portal de trámites da tiempo de espera agotado."));
        String n = c.number();
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud registrada", n);

        Desk operador = desk("operador").openFromInbox(n, "2")
                .act("2", "continuar", "impacto", "ALTA", "urgencia", "ALTA")
                .act("3", "uit");
        assertEquals(PR02, operador.procedure(), "the case went on in PR02");
        assertEquals(List.of("1=true"), operador.openSteps(), "PR02 step 1 waits for the same operator");
        operador.act("1", "continuar");

        String observation = "¿El error aparece también desde la red de la oficina central?";
        Desk tecnico = desk("tecnico").openFromInbox(n, "2").observe("2", observation);
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Necesitamos información", observation);

        String answer = "Sí, desde la oficina central y desde mi casa.";
        maria.openFromInbox(n, "2").answer("2", answer);
        maria.screenshot("answered");

        String solution = "Se reinició el balanceador del portal de trámites y se amplió el tiempo de espera.";
        tecnico.openFromInbox(n, "2")
                .act("2", "continuar")
                .act("3", "uit")
                .act("3.A.1", "continuar", "estimacion_horas", "4")
                .act("3.A.2", "continuar")
                .act("4", "continuar", "solucion", solution)
                .act("5", "continuar");

        Desk supervisor = aitNotifiesAndSupervisorCloses(n, operador, PR02, solution);
        assertEquals(List.of("1 → 2", "2 → 3", "3 → " + PR02 + " 1", "1 → 2", "2 → 3", "3 → 3.A.1",
                "3.A.1 → 3.A.2", "3.A.2 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → 8", "8 → 9", "9 → END"),
                supervisor.completions());
        List<HistoryRow> history = supervisor.history();
        int observed = history.indexOf(new HistoryRow("OBSERVE", "2", "2"));
        int answered = history.indexOf(new HistoryRow("ANSWER", "2", "2"));
        assertTrue(observed > 0 && answered > observed, () -> "observation then answer at step 2: " + history);
    }

    @Test
    void pr01_functional_design_problem_jumps_to_pr03_and_the_adt_solves_it() {
        Desk maria = desk("solicitante");
        Filed c = maria.file(Draft.of(PR01, "MODIFICAR_SISTEMA", "El formulario de viáticos no suma los días",
                "El total de días del formulario de viáticos no considera el día de retorno."));
        String n = c.number();

        Desk operador = desk("operador").openFromInbox(n, "2")
                .act("2", "continuar", "impacto", "BAJA", "urgencia", "MEDIA")
                .act("3", "continuar")
                .act("4", "adt");
        assertEquals(PR03, operador.procedure(), "the case went on in PR03");
        operador.act("1", "continuar");

        String solution = "Se corrigió la regla de cálculo: el día de retorno cuenta como día de viaje.";
        desk("tecnico.adt").openFromInbox(n, "2")
                .act("2", "continuar")
                .act("3", "adt")
                .act("3.A.1", "continuar")
                .act("3.A.2", "continuar", "solucion", solution)
                .act("3.A.3", "continuar");

        Desk supervisor = aitNotifiesAndSupervisorCloses(n, operador, PR03, solution);
        assertEquals(List.of("1 → 2", "2 → 3", "3 → 4", "4 → " + PR03 + " 1", "1 → 2", "2 → 3", "3 → 3.A.1",
                "3.A.1 → 3.A.2", "3.A.2 → 3.A.3", "3.A.3 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → END"),
                supervisor.completions());
    }

    @Test
    void pr02_upat_branch_coordinates_its_answer_back_through_the_uit() {
        Desk operador = desk("operador");
        Filed c = operador.file(Draft.of(PR02, "ACCESO_SISTEMA", "Reporte por teléfono: firma digital caída",
                "La usuaria llamó: el servicio de firma digital responde error 503.")
                .forSomeoneElse("PHONE", MARIA, MARIA_MAIL));
        String n = c.number();
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud registrada", n);

        Desk tecnico = desk("tecnico").openFromInbox(n, "2")
                .act("2", "continuar")
                .act("3", "upat");

        desk("tecnico.upat").openFromInbox(n, "3.B.1")
                .act("3.B.1", "continuar")
                .act("3.B.2", "continuar", "estimacion_horas", "6,5")
                .act("3.B.3", "continuar")
                .act("3.B.4", "continuar", "coordinacion", "Se acordó con la UIT desplegar la versión 2.3.1.");

        String solution = "Se desplegó la versión 2.3.1 del servicio de firma digital.";
        uitRegistersTheSolution(n, tecnico, solution);

        Desk supervisor = aitNotifiesAndSupervisorCloses(n, operador, PR02, solution);
        assertEquals(List.of("1 → 2", "2 → 3", "3 → 3.B.1", "3.B.1 → 3.B.2", "3.B.2 → 3.B.3", "3.B.3 → 3.B.4",
                "3.B.4 → 3.A.2", "3.A.2 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → 8", "8 → 9", "9 → END"),
                supervisor.completions());
    }

    @Test
    void pr02_acgii_branch_classifies_investigates_and_coordinates_back_through_the_uit() {
        Desk operador = desk("operador");
        Filed c = operador.file(Draft.of(PR02, null, "Correo: accesos sospechosos al portal",
                "Un usuario reporta por correo inicios de sesión que no reconoce.")
                .forSomeoneElse("EMAIL", MARIA, MARIA_MAIL));
        String n = c.number();

        Desk tecnico = desk("tecnico").openFromInbox(n, "2")
                .act("2", "continuar")
                .act("3", "acgii");

        desk("tecnico.acgii").openFromInbox(n, "3.C.1")
                .act("3.C.1", "continuar")
                .act("3.C.2", "continuar", "clasificacion", "Acceso no autorizado", "impacto", "ALTA",
                        "urgencia", "ALTA")
                .act("3.C.3", "continuar")
                .act("3.C.4", "continuar", "investigacion", "Credenciales filtradas; sin acceso a datos.")
                .act("3.C.5", "continuar");

        String solution = "Se bloqueó la cuenta comprometida y se forzó el cambio de contraseña.";
        uitRegistersTheSolution(n, tecnico, solution);
        assertTrue(tecnico.priority().startsWith("P1"), tecnico::priority);

        Desk supervisor = aitNotifiesAndSupervisorCloses(n, operador, PR02, solution);
        assertEquals(List.of("1 → 2", "2 → 3", "3 → 3.C.1", "3.C.1 → 3.C.2", "3.C.2 → 3.C.3", "3.C.3 → 3.C.4",
                "3.C.4 → 3.C.5", "3.C.5 → 3.A.2", "3.A.2 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → 8", "8 → 9",
                "9 → END"), supervisor.completions());
    }

    @Test
    void pr03_upat_branch_hands_the_solution_to_the_uit() {
        Desk operador = desk("operador");
        Filed c = operador.file(Draft.of(PR03, "MODIFICAR_SISTEMA", "WhatsApp: el reporte de ventas sale vacío",
                "El reporte mensual del sistema de ventas sale sin filas.")
                .forSomeoneElse("WHATSAPP", MARIA, MARIA_MAIL));
        String n = c.number();

        desk("tecnico.adt").openFromInbox(n, "2")
                .act("2", "continuar")
                .act("3", "upat")
                .act("3.B.1", "continuar");

        desk("tecnico.upat").openFromInbox(n, "3.B.2")
                .act("3.B.2", "continuar")
                .act("3.B.3", "continuar", "estimacion_horas", "12")
                .act("3.B.4", "continuar")
                .act("3.B.5", "continuar");

        String solution = "Se corrigió el filtro de fechas del reporte y se publicó en producción.";
        desk("tecnico").openFromInbox(n, "3.B.6")
                .act("3.B.6", "continuar")
                .act("3.B.7", "continuar", "solucion", solution)
                .act("3.B.8", "continuar");

        Desk supervisor = aitNotifiesAndSupervisorCloses(n, operador, PR03, solution);
        assertEquals(List.of("1 → 2", "2 → 3", "3 → 3.B.1", "3.B.1 → 3.B.2", "3.B.2 → 3.B.3", "3.B.3 → 3.B.4",
                "3.B.4 → 3.B.5", "3.B.5 → 3.B.6", "3.B.6 → 3.B.7", "3.B.7 → 3.B.8", "3.B.8 → 4", "4 → 5", "5 → 6",
                "6 → 7", "7 → END"), supervisor.completions());
    }

    @Test
    void seprem_requester_refuses_the_boleta_once_then_signs_it_and_the_request_is_archived() {
        // SEPREM's own people: its Dirección de Informática serves its queues
        Person jefe = JEFE_DI;
        String raulMail = "solicitante.seprem@sigti.example";
        knownInServer(jefe); // the Dirección de Informática, told of the assistance at step 7
        Desk technician = desk("tecnico.di-soporte"); // logged in once: from now on they can be named
        Desk maria = desk("solicitante.seprem");
        Filed c = maria.file(Draft.of(SEPREM, "REPARACION_EQUIPO", "La impresora de la oficina no imprime en color",
                "Imprime solo en blanco y negro aunque tiene tinta de color."));
        String n = c.number();
        mailbox.await(n, raulMail, "[" + n + "] Solicitud registrada", n);

        Desk assistant = desk("operador.di-asist").openFromInbox(n, "2")
                .act("2", "continuar", "nextAssignee", "tecnico.di-soporte");
        assertEquals(List.of("3=false"), assistant.openSteps(), "step 3 is the named technician's");

        String firstRepair = "Se limpiaron los cabezales de color de la impresora.";
        technician.openFromInbox(n, "3")
                .act("3", "continuar")
                .act("4", "continuar")
                .act("5", "continuar", "diagnostico", "Cabezales de color obstruidos.")
                .act("6", "continuar", "solucion", firstRepair)
                .act("7", "continuar")
                .act("8", "continuar");
        mailbox.await(n, raulMail, "[" + n + "] Su solicitud espera una acción suya: Firmar la boleta de entrega"
                + " de servicio", firstRepair);
        mailbox.await(n, jefe.email(), "[" + n + "] Asistencia brindada", "Solución: " + firstRepair);
        mailbox.await(n, jefe.email(), "[" + n + "] Asistencia brindada",
                "Diagnóstico: Cabezales de color obstruidos.");

        maria.openFromInbox(n, "8.F")
                .act("8.F", "no_conforme", "comment", "Sigue imprimiendo solo en blanco y negro.");
        maria.screenshot("not-signed");

        String secondRepair = "Se reemplazó el cartucho de color defectuoso y se imprimió una prueba con la usuaria.";
        technician.openFromInbox(n, "6")
                .act("6", "continuar", "solucion", secondRepair)
                .act("7", "continuar")
                .act("8", "continuar");
        mailbox.await(n, raulMail, "[" + n + "] Su solicitud espera una acción suya: Firmar la boleta de entrega"
                + " de servicio", secondRepair);
        mailbox.await(n, jefe.email(), "[" + n + "] Asistencia brindada", "Solución: " + secondRepair);

        maria.openFromInbox(n, "8.F").act("8.F", "conforme");

        assistant.openFromInbox(n, "9").act("9", "archivar");
        assistant.assertClosed("resuelto");
        assertEquals(List.of("1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → 8", "8 → 8.F", "8.F → 6",
                "6 → 7", "7 → 8", "8 → 8.F", "8.F → 9", "9 → END"), assistant.completions());
        mailbox.await(n, raulMail, "[" + n + "] Solicitud cerrada", n);
    }

    @Test
    void mindef_support_ticket_missing_requirements_is_returned_at_step_2() {
        Desk maria = desk("solicitante.mindef");
        Filed c = maria.file(Draft.of(MINDEF_SUPPORT, null, "Necesito ayuda", "Ayuda por favor."));
        String n = c.number();

        Desk desk = desk("operador.mesa").openFromInbox(n, "2")
                .act("2", "no_cumple")
                .act("3", "devolver", "comment", "Indique el equipo, la ubicación y el problema observado.");
        desk.assertClosed("devuelto al solicitante");
        assertEquals(List.of("1 → 2", "2 → 3", "3 → END"), desk.completions());
        mailbox.await(n, MINDEF_MAIL, "[" + n + "] Solicitud cerrada", "Indique el equipo");
    }

    @Test
    void mindef_support_ticket_unsolved_and_out_of_warranty_ends_in_an_informe_de_baja_returned_once() {
        Desk maria = desk("solicitante.mindef");
        Filed c = maria.file(Draft.of(MINDEF_SUPPORT, "REPARACION_EQUIPO", "La computadora no enciende",
                "La computadora de la oficina 204 no enciende desde ayer.").phone("987654321"));
        String n = c.number();

        Desk operador = desk("operador.mesa").openFromInbox(n, "2")
                .act("2", "cumple")
                .act("4", "continuar", "impacto", "ALTA", "urgencia", "MEDIA");
        assertTrue(operador.priority().startsWith("P2 — Alta"), operador::priority);

        Desk technician = desk("tecnico.soporte").openFromInbox(n, "5")
                .act("5", "no_resuelto")
                .act("7", "continuar", "equipo", "INFRA");

        Desk coordinator = desk("responsable.infra").openFromInbox(n, "7.E")
                .act("7.E", "no_resuelto", "comment", "La placa madre está dañada.");

        technician.openFromInbox(n, "9")
                .act("9", "sin_garantia")
                .act("10", "continuar", "informe_baja", "CPU HP 400 G4, placa madre dañada.");

        coordinator.openFromInbox(n, "11")
                .act("11", "observar", "comment", "Agregue el código patrimonial del equipo.");

        technician.openFromInbox(n, "10")
                .act("10", "continuar", "informe_baja", "CPU HP 400 G4, código patrimonial 74089950, placa madre"
                        + " dañada.");

        coordinator.openFromInbox(n, "11").act("11", "enviar");

        Desk jefe = desk("jefe.ogtie").openFromInbox(n, "12").act("12", "enviar");
        jefe.screenshot("closed");
        jefe.assertClosed("informe de baja de equipo enviado");
        assertEquals(List.of("1 → 2", "2 → 4", "4 → 5", "5 → 7", "7 → 7.E", "7.E → 9", "9 → 10", "10 → 11",
                "11 → 10", "10 → 11", "11 → 12", "12 → END"), jefe.completions());
        mailbox.await(n, MINDEF_MAIL, "[" + n + "] Solicitud cerrada", n);
    }

    @Test
    void mindef_infrastructure_incident_report_is_returned_by_the_jefe_once_then_taken_note_of() {
        knownInServer(RESPONSABLE_INFRA); // the infrastructure coordinator, mailed the report of step 12
        Desk tecnico = desk("tecnico.infra");
        Filed c = tecnico.file(Draft.of(MINDEF_INFRA, null, "Alerta: CPU al 98 % en el servidor de aplicaciones",
                "La herramienta de monitoreo alerta uso de CPU crítico desde las 03:00.").channel("MONITORING"));
        String n = c.number();
        mailbox.await(n, "tecnico.infra@sigti.example", "[" + n + "] Solicitud registrada", n);

        tecnico.openFromInbox(n, "2")
                .act("2", "detectado")
                .act("4", "continuar", "impacto", "MEDIA", "urgencia", "MEDIA");

        desk("operador.mesa").openFromInbox(n, "5").act("5", "continuar");

        tecnico.openFromInbox(n, "6")
                .act("6", "continuar", "analisis", "Un proceso de reportes quedó en bucle.")
                .act("7", "resuelto")
                .act("12", "requiere_informe", "acciones", "Se detuvo el proceso y se corrigió su programación.",
                        "equipo_informe", "INFRA");
        String actions = "Acciones registradas en la matriz de incidentes: Se detuvo el proceso y se corrigió su"
                + " programación.";
        mailbox.await(n, RESPONSABLE_INFRA.email(), "[" + n + "] Reporte de incidente de infraestructura", actions);
        mailbox.await(n, "incidentes@sigti.example", "[" + n + "] Reporte de incidente de infraestructura",
                "Análisis: Un proceso de reportes quedó en bucle.");

        Desk coordinator = desk("responsable.infra").openFromInbox(n, "13")
                .act("13", "continuar", "informe", "Informe de análisis: proceso de reportes en bucle.");

        Desk jefe = desk("jefe.ogtie").openFromInbox(n, "14")
                .act("14", "observar", "comment", "Incluya las medidas para que no se repita.");

        coordinator.openFromInbox(n, "13")
                .act("13", "continuar", "informe", "Informe de análisis: proceso de reportes en bucle; se añadió"
                        + " un límite de tiempo de ejecución.");

        jefe.openFromInbox(n, "14").act("14", "conocimiento");
        jefe.assertClosed("resuelto");
        assertEquals(List.of("1 → 2", "2 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → 12", "12 → 13", "13 → 14",
                "14 → 13", "13 → 14", "14 → END"), jefe.completions());
        mailbox.await(n, "tecnico.infra@sigti.example", "[" + n + "] Solicitud cerrada", n);
    }

    @Test
    @AlsoOnH2
    void a_second_session_acting_on_a_step_already_completed_is_told_and_changes_nothing() {
        // set-up (filing is walked in the other tests): in the server
        Filed c = fileInServer(SOLICITANTE_MINDEF, MINDEF_SUPPORT, null, "Instalar el lector de DNI electrónico",
                "Necesito el lector de DNI electrónico en mi equipo.");
        String n = c.number();
        Desk first = desk("operador.mesa").openFromInbox(n, "2");
        Desk second = desk("operador2.mesa").openFromInbox(n, "2");

        first.act("2", "no_cumple");
        String said = second.tryAct("2", "cumple");
        second.screenshot("too-late");

        assertAll(
                () -> assertTrue(said.contains("Otra persona ya actuó sobre el paso 2 del caso " + n), said),
                () -> assertEquals(List.of("3=false"), second.openSteps(), "the page shows where the case is now"));
        second.open(c.id());
        assertEquals(List.of("1 → 2", "2 → 3"), second.completions(), "only the first move was written");

        first.act("3", "devolver", "comment", "Adjunte la autorización de su jefe inmediato.");
        first.assertClosed("devuelto al solicitante");
    }

    @Test
    void a_technician_of_another_unit_gets_403_on_a_case_they_never_touched() {
        Filed c = fileInServer(SOLICITANTE, PR01, null, "No puedo ingresar al correo",
                "El correo institucional rechaza mi contraseña."); // set-up, in the server

        Desk stranger = desk("tecnico.adt").open(c.id());
        stranger.screenshot("403");
        assertTrue(stranger.onErrorPage(), "tecnico.adt may not read a case of the AIT at step 2");
        assertEquals("Acceso no permitido", stranger.errorTitle());
        assertFalse(stranger.shows(c.number()), "the 403 page does not tell what the case is");
    }

    /** PR02 3.A.2 → 5: the UIT works out and registers the solution and routes it to the AIT. */
    private static void uitRegistersTheSolution(String n, Desk tecnico, String solution) {
        tecnico.openFromInbox(n, "3.A.2")
                .act("3.A.2", "continuar")
                .act("4", "continuar", "solucion", solution)
                .act("5", "continuar");
    }

    /**
     * The common end of PR02 (6 → 9) and PR03 (4 → 7): the AIT operator updates the knowledge base and routes the
     * solution to the supervisor, which notifies the requester of the solution; the supervisor reviews and closes.
     */
    private Desk aitNotifiesAndSupervisorCloses(String n, Desk operador, String procedure, String solution) {
        List<String> steps = PR02.equals(procedure) ? List.of("6", "7", "8", "9") : List.of("4", "5", "6", "7");
        operador.openFromInbox(n, steps.get(0))
                .act(steps.get(0), "continuar", "kb_titulo", "Caso " + n)
                .act(steps.get(1), "continuar");
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solución de su solicitud", solution);
        Desk supervisor = desk("responsable").openFromInbox(n, steps.get(2))
                .act(steps.get(2), "continuar")
                .act(steps.get(3), "cerrar");
        supervisor.assertClosed("resuelto");
        assertEquals(procedure, supervisor.procedure());
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud cerrada", n);
        return supervisor;
    }
}
