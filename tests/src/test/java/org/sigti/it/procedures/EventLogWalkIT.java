package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * S04.03.01.04 Administración de eventos y log de sistemas (procedures.md E10), walked in real browsers, each step by
 * its own role: the Profesional para la OGTIE (tecnico.infra) identifies the critical systems among the catalog's (an
 * unknown code refused), writes the Cronograma anual de revisión de logs (a cronograma missing a log refused); the
 * infrastructure coordinator (responsable.infra) observes it (↺ 2) and then signs it, whose PDF carries the manual's
 * columns and the signature; the Profesional configures the log backups (one LOG backup job per system and log),
 * verifies them with the restore test and the storage capacity (a full point without the new one refused) and reports
 * the unauthorized accesses; the Jefe requests the analysis for the Especialista de Seguridad de la Información, the
 * Profesional sends the evidence, the coordinator sends the analysis report to the Especialista (mailed to
 * especialista.sgsi; sending it to the Jefe refused) and the Jefe takes action. Also: the cycle without an analysis
 * request, and the annual report the clock opens (entry point called, never waited for), observed once and noted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventLogWalkIT extends Walk {

    static final String CODE = "S04.03.01.04";
    private static final String PATH = "C:\\Windows\\System32\\winevt\\Logs";
    static final Person ESPECIALISTA = new Person("especialista.sgsi", "Rocío Salazar Valdivia",
            "especialista.sgsi@sigti.example", "SGSI", List.of("Responsable", "Solicitante"), "MINDEF");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    /** The three logs of a critical system, one cronograma row each, backed up to {@code destination}. */
    static String rows(String system, String destination, String year) {
        return rows(system, destination, year, "Aplicación");
    }

    /**
     * The same, the application log typed {@code application} ("Aplicacion" for the set-up in the server, whose
     * driver reads its form as ISO-8859-1: the cronograma accepts the name with or without its accent).
     */
    static String rows(String system, String destination, String year, String application) {
        return "Seguridad; " + system + "; Diaria; " + PATH + "; Security.evtx; " + destination + "; " + year
                + "-01-04\n" + application + "; " + system + "; Semanal; " + PATH + "; Application.evtx; " + destination + "; "
                + year + "-01-05\nSistema; " + system + "; Mensual; " + PATH + "; System.evtx; " + destination + "; "
                + year + "-01-06";
    }

    @Test
    void the_year_s_cycle_from_the_critical_systems_to_the_analysis_report_for_the_specialist() {
        long k = System.currentTimeMillis() % 10_000_000;
        String year = String.valueOf(LocalDate.now().getYear() + 1);
        knownInServer(ESPECIALISTA);
        long jobsBefore = number("select count(*) from backup_schedule where target_kind = 'LOG'");
        long adSecurityBefore = adSecurityJobs();

        // 0–1: the Profesional opens the year's cycle and names the critical systems of the catalog
        Desk profesional = desk("tecnico.infra");
        Filed c = profesional.file(Draft.of(CODE, null, "Revisión de logs " + year + " " + k,
                "Ciclo anual de revisión y respaldo de logs de los sistemas críticos."));
        profesional.openFromInbox(c.number(), "1");
        String unknown = profesional.tryAct("1", "continuar", "sistemas_criticos", "AD, XYZ" + k, "servidores",
                "srv-dc01");
        assertTrue(unknown.contains("El sistema «XYZ" + k + "» no está en el catálogo"), unknown);
        profesional.openFromInbox(c.number(), "1").act("1", "continuar", "sistemas_criticos", "AD, OWA",
                "servidores", "srv-dc01 (virtual, Directorio Activo); srv-mail01 (físico, correo institucional)");

        // 2: the cronograma with the manual's columns; one missing the logs of OWA is refused
        profesional.openFromInbox(c.number(), "2");
        String missing = profesional.tryAct("2", "continuar", "anio", year, "cronograma",
                rows("AD", "\\\\backup01\\logs\\AD", year));
        assertTrue(missing.contains("Falta en el cronograma el log de Seguridad del sistema crítico OWA"), missing);
        profesional.openFromInbox(c.number(), "2").act("2", "continuar", "anio", year, "cronograma",
                rows("AD", "\\\\backup01\\logs\\AD", year) + "\n" + rows("OWA", "\\\\backup01\\logs\\OWA", year));

        // 3: the coordinator observes it (↺ 2), the Profesional corrects it, the coordinator signs it
        Desk coordinator = desk("responsable.infra").openFromInbox(c.number(), "3")
                .act("3", "observar", "comment", "El destino de OWA es backup02.");
        profesional.openFromInbox(c.number(), "2").act("2", "continuar", "anio", year, "cronograma",
                rows("AD", "\\\\backup01\\logs\\AD", year) + "\n" + rows("OWA", "\\\\backup02\\logs\\OWA", year));
        coordinator.openFromInbox(c.number(), "3").act("3", "firmar");
        String signed = pdfOf(coordinator.open(c.id()), "cronograma-revision-logs-" + year + "-firmado.pdf");
        for (String text : List.of("CRONOGRAMA ANUAL DE REVISIÓN DE LOGS", "Año " + year, "TIPO", "NOMBRE DEL SISTEMA",
                "FRECUENCIA", "RUTA", "NOMBRE DEL FILE", "DESTINO", "FECHA DE RESPALDO", "Security.evtx",
                "Application.evtx", "System.evtx", "backup02", year + "-01-06", "FIRMADO POR",
                "Isabel Romero Ríos", "Responsable de la coordinación del equipo de infraestructura tecnológica",
                "Andrés Molina Cabrera")) {
            assertTrue(signed.contains(text), () -> "signed cronograma lacks «" + text + "»: " + signed);
        }

        // 4: the log backups: one LOG backup job per critical system and log (2 × 3)
        profesional.openFromInbox(c.number(), "4").act("4", "continuar", "script_respaldo",
                "C:\\Scripts\\respaldo-logs.ps1");
        assertEquals(jobsBefore + 6, number("select count(*) from backup_schedule where target_kind = 'LOG'"));
        assertEquals(adSecurityBefore + 1, adSecurityJobs());

        // 5: verification: a full backup point needs the new one
        profesional.openFromInbox(c.number(), "5");
        String full = profesional.tryAct("5", "continuar", "prueba_restauracion", "EXITOSA",
                "capacidad_almacenamiento", "INSUFICIENTE", "espacio_libre_gb", "2");
        assertTrue(full.contains("indique a qué punto de backup se movieron los respaldos"), full);
        profesional.openFromInbox(c.number(), "5").act("5", "continuar", "prueba_restauracion", "EXITOSA",
                "capacidad_almacenamiento", "INSUFICIENTE", "espacio_libre_gb", "2", "nuevo_punto_backup",
                "\\\\backup03\\logs");

        // 6: the status report with the unauthorized accesses, to the coordinator
        String accesses = "3 intentos de acceso no permitidos a srv-dc01 el " + k;
        profesional.openFromInbox(c.number(), "6").act("6", "continuar", "activacion_logs", "Activos en ambos",
                "configuracion_backup", "Script diario a las 02:00", "monitoreo_eventos", "Sin caídas",
                "accesos_no_permitidos", accesses);
        mailbox.await(c.number(), "responsable.infra@sigti.example", "Reporte de las tareas", accesses);

        // 7: the Jefe requests the analysis, asked by the Especialista
        desk("jefe.ogtie").openFromInbox(c.number(), "7").act("7", "solicitar_analisis", "solicitante",
                "ESPECIALISTA", "evento_solicitado", "Accesos no permitidos a srv-dc01");
        // 8: the Profesional analyses and sends the evidence
        String evidence = "Eventos 4625 desde 10.0.8." + (k % 250);
        profesional.openFromInbox(c.number(), "8").act("8", "continuar", "reporte_evidencias", evidence);
        // 9: the coordinator sends the analysis report to the requester, the Especialista (not the Jefe)
        coordinator.openFromInbox(c.number(), "9");
        String toJefe = coordinator.tryAct("9", "enviar_jefe", "informe_analisis", "Cuenta bloqueada");
        assertTrue(toJefe.contains("El análisis lo solicitó el Especialista de Seguridad de la Información"), toJefe);
        coordinator.openFromInbox(c.number(), "9").act("9", "enviar_especialista", "informe_analisis",
                "Intento de fuerza bruta: cuenta bloqueada " + k);
        mailbox.await(c.number(), "especialista.sgsi@sigti.example", "Informe del análisis del evento log",
                evidence);
        // 10: the Jefe takes action
        Desk jefe = desk("jefe.ogtie").openFromInbox(c.number(), "10").act("10", "tomar_acciones", "acciones",
                "Se ordenó el cambio de contraseñas de administradores.");
        jefe.assertClosed("");
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 3", "3 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 6", "6 → 7",
                "7 → 8", "8 → 9", "9 → 10", "10 → END"), jefe.completions());
    }

    @Test
    void without_an_analysis_request_the_cycle_ends_and_the_year_s_report_is_the_annual_case() {
        String year = String.valueOf(LocalDate.now().getYear() + 1);
        Filed c = fileInServer(TECNICO_INFRA, CODE, null, "Revisión de logs sin análisis " + System.nanoTime(),
                "Ciclo anual.");
        actInServer(c, "1", TECNICO_INFRA, "continuar", "sistemas_criticos", "OWA", "servidores", "srv-mail01");
        actInServer(c, "2", TECNICO_INFRA, "continuar", "anio", year, "cronograma",
                rows("OWA", "\\\\backup01\\logs\\OWA", year, "Aplicacion"));
        actInServer(c, "3", RESPONSABLE_INFRA, "firmar");
        actInServer(c, "4", TECNICO_INFRA, "continuar", "script_respaldo", "respaldo-logs.ps1");
        actInServer(c, "5", TECNICO_INFRA, "continuar", "prueba_restauracion", "EXITOSA",
                "capacidad_almacenamiento", "SUFICIENTE", "espacio_libre_gb", "120");
        assertEquals("7;", actInServer(c, "6", TECNICO_INFRA, "continuar", "activacion_logs", "Activos",
                "configuracion_backup", "Diario", "monitoreo_eventos", "Normal", "accesos_no_permitidos", "Ninguno"));

        Desk jefe = desk("jefe.ogtie").openFromInbox(c.number(), "7").act("7", "sin_analisis");
        jefe.assertClosed("");
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 6", "6 → 7", "7 → END"),
                jefe.completions());
    }

    @Test
    void the_clock_opens_the_annual_report_once_and_it_is_observed_validated_and_noted() {
        // given a year with no report yet
        int year = 1990 + (int) (System.nanoTime() % 30);
        while (number("select count(*) from work_case where title = ?",
                "Informe anual de copia de eventos y log de sistemas " + year) > 0) {
            year++;
        }

        // when the clock's entry point runs for the year, twice
        String opened = fixtureOf("/logs-annual", "year", String.valueOf(year));
        String again = fixtureOf("/logs-annual", "year", String.valueOf(year));

        // then one case, waiting for the Profesional at step 11 with the year's figures as a PDF
        assertNotEquals("none", opened);
        assertEquals("none", again);
        long id = Long.parseLong(opened);
        assertEquals(1, number("select count(*) from work_case where procedure_code = 'S04.03.01.04.INF'"
                + " and title = ?", "Informe anual de copia de eventos y log de sistemas " + year));
        Desk profesional = desk("tecnico.infra").open(id);
        String number = profesional.number();
        String pdf = pdfOf(profesional, "informe-copias-de-logs-" + year + ".pdf");
        assertTrue(pdf.contains("INFORME ANUAL DE COPIA DE LOGS") && pdf.contains("Año " + year), pdf);

        // 11 ↺ 12 → 13
        profesional.openFromInbox(number, "11").act("11", "continuar", "informe",
                "Se respaldaron los logs de AD y OWA; una prueba de restauración por trimestre.");
        Desk coordinator = desk("responsable.infra").openFromInbox(number, "12").act("12", "devolver", "comment",
                "Agregue los accesos no permitidos del año.");
        profesional.openFromInbox(number, "11").act("11", "continuar", "informe",
                "Se respaldaron los logs de AD y OWA; 3 accesos no permitidos analizados.");
        coordinator.openFromInbox(number, "12").act("12", "validar");
        Desk jefe = desk("jefe.ogtie").openFromInbox(number, "13").act("13", "tomar_nota");
        jefe.assertClosed("");
        assertEquals(List.of("11.S → 11", "11 → 12", "12 → 11", "11 → 12", "12 → 13", "13 → END"),
                jefe.completions());
    }

    /** The text of the case's attachment {@code name}, from the case page the desk shows. */
    static String pdfOf(Desk desk, String name) {
        WebElement link = desk.browser().all(By.cssSelector("a.sigti-attachment")).stream()
                .filter(a -> a.getText().strip().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no attachment " + name + " on " + desk.number()));
        String href = link.getAttribute("href");
        return Storeroom.pdfText(desk.browser(), href.substring(href.indexOf("/files/")));
    }

    /** The enabled daily LOG jobs of AD's security log, run by tecnico.infra, opening S04.03.01.04.R runs. */
    private static long adSecurityJobs() {
        return number("select count(*) from backup_schedule where target_kind = 'LOG' and name = ?"
                + " and procedure_code = 'S04.03.01.04.R' and frequency = 'DAILY' and enabled = true and"
                + " responsible_tecnico = 'tecnico.infra' and system_id = 109", "Log de Seguridad — AD Active"
                        + " Directory (directorio institucional)");
    }

    private static long number(String select, Object... args) {
        return LogsFixtureClient.number(select, args);
    }

    private static String fixtureOf(String path, String... params) {
        return LogsFixtureClient.call(path, params);
    }
}
