package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.backup.BackupScreens;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * The MINDEF backup procedures as their manual reads (issue 12, item 7), walked in real browsers with the steps not
 * under test set up in the server ({@link CaseDriver}): a restore request (S04.03.02.02) closed from a copy made
 * outside SIGTI, or closed as not restored with the reason mailed to the requester; the annual cronograma of
 * S04.03.02.01 filed once a year (a second one for the same year refused), then a run whose error persists with no
 * vendor contract, told to the Jefatura (7.J); the cronograma of S04.03.03.01 noted by the Jefe, then a date its
 * backup schedule opens at 4.S.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupManualWalkIT extends Walk {

    private static final String MARIA_MAIL = "solicitante.mindef@sigti.example";
    private static final String NEXT_YEAR = String.valueOf(LocalDate.now().getYear() + 1);

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    /** Set-up in the server: the request filed (15), found to make sense (16) and assigned to the Profesional (18). */
    private static Filed restoreAtStep19(String what, String which) {
        Filed c = fileInServer(SOLICITANTE_MINDEF, "S04.03.02.02", null, "Restaurar " + which,
                "Se borró por error el contenido de " + which + ".");
        actInServer(c, "16", OPERADOR_MESA, "atender", "que", what, "cual", which, "sobrescribe", "NO");
        assertEquals("19;", actInServer(c, "18", OPERADOR_MESA, "asignar"), "the set-up left the request at step 19");
        return c;
    }

    @Test
    void a_file_share_is_restored_from_a_copy_made_outside_sigti_and_the_request_closes() {
        // given a request for a file share, which SIGTI does not copy itself
        Filed c = restoreAtStep19("INFORMACION_PERSONAL", "Carpeta compartida de Logística");
        String n = c.number();

        // the Profesional must say where the outside copy is, which one and when it was taken
        Desk tecnico = desk("tecnico.infra").openFromInbox(n, "19");
        String refused = tecnico.tryAct("19", "restaurado", "origen_copia", "EXTERNA",
                "copia_externa_ubicacion", "\\\\nas02\\logistica", "resultado", "Carpeta restaurada.");
        assertTrue(refused.contains("es obligatorio"), refused);
        tecnico.openFromInbox(n, "19").act("19", "restaurado", "origen_copia", "EXTERNA",
                "copia_externa_ubicacion", "\\\\nas02\\logistica", "copia_externa", "Instantánea semanal del NAS",
                "copia_externa_fecha", LocalDate.now().minusDays(2).toString(),
                "resultado", "Carpeta restaurada al estado de la instantánea; entrega coordinada con el área.");

        // then the request is closed, the case shows the outside copy and the requester is told
        tecnico.assertClosed("información restaurada");
        assertEquals(List.of("15 → 16", "16 → 18", "18 → 19", "19 → END"), tecnico.completions());
        assertTrue(tecnico.shows("Instantánea semanal del NAS") && tecnico.shows("restore-outside-copy"),
                "the case shows the outside copy restored");
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud cerrada", "fue cerrada");
    }

    @Test
    void a_restore_that_could_not_be_done_closes_with_its_reason_mailed_to_the_requester() {
        // given a request for personal data nobody copied
        Filed c = restoreAtStep19("INFORMACION_PERSONAL", "Documentos del escritorio de la usuaria");
        String n = c.number();

        // the reason is required, then the request closes as not restored
        Desk tecnico = desk("tecnico.infra").openFromInbox(n, "19");
        String noReason = tecnico.tryAct("19", "no_restaurado");
        assertTrue(noReason.contains("Indique el motivo"), noReason);
        String reason = "No existe copia de esos documentos: el equipo no estaba en el respaldo de la OGTIE.";
        tecnico.openFromInbox(n, "19").act("19", "no_restaurado", "comment", reason);

        tecnico.assertClosed("no se pudo restaurar");
        assertEquals(List.of("15 → 16", "16 → 18", "18 → 19", "19 → END"), tecnico.completions());
        assertTrue(tecnico.shows(reason), "the trail keeps the reason");
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud cerrada", reason);
    }

    @Test
    void the_annual_backup_cronograma_is_filed_once_and_a_run_without_vendor_contract_informs_the_jefatura()
            throws Exception {
        // the Profesional files the year's cronograma from the catalog, attaches it and sends it (0, 1)
        Desk tecnico = desk("tecnico.infra");
        Filed cronograma = tecnico.file(Draft.of("S04.03.02.01.C", null, "Cronograma anual de respaldo " + NEXT_YEAR,
                "Formato N°01 SGSI-FOR-026 del año " + NEXT_YEAR + "."));
        tecnico.openFromInbox(cronograma.number(), "1");
        String unattached = tecnico.tryAct("1", "enviar", "anio", NEXT_YEAR);
        assertTrue(unattached.contains("Adjunte al caso el cronograma anual"), unattached);
        tecnico.attach(pdf("cronograma-respaldo-" + NEXT_YEAR + ".pdf")).act("1", "enviar", "anio", NEXT_YEAR);

        // the infrastructure coordinator signs and authorizes it (2)
        Desk responsable = desk("responsable.infra").openFromInbox(cronograma.number(), "2");
        responsable.act("2", "firmar");
        responsable.assertClosed("cronograma firmado");
        assertEquals(List.of("0 → 1", "1 → 2", "2 → END"), responsable.completions());

        // a second cronograma for the same year is refused, and the case opened by mistake is cancelled
        Filed twice = fileInServer(TECNICO_INFRA, "S04.03.02.01.C", null, "Cronograma anual repetido",
                "Abierto por error.");
        tecnico.openFromInbox(twice.number(), "1");
        String taken = tecnico.tryAct("1", "enviar", "anio", NEXT_YEAR);
        assertTrue(taken.contains("El cronograma anual de " + NEXT_YEAR + " ya está registrado en el caso "
                + cronograma.number()), taken);
        tecnico.openFromInbox(twice.number(), "1").act("1", "anular");
        tecnico.assertClosed("anulado");

        // a scheduled run (opened by SIGTI at 3.S) of common information fails and the error persists (3, 6)
        Filed run = openInServer(RESPONSABLE_INFRA, "S04.03.02.01", "Copia de respaldo: archivos de la OGTIE", "tecnico.infra");
        actInServer(run, "3", TECNICO_INFRA, "informacion_comun");
        assertEquals("7;", actInServer(run, "6", TECNICO_INFRA, "con_error"), "the set-up left the run at step 7");

        // there is no current vendor contract: the Profesional informs the Jefatura (7 → 7.J)
        tecnico.openFromInbox(run.number(), "7").act("7", "sin_contrato", "accion",
                "Se corrigió y se volvió a ejecutar de noche; el error persiste y el contrato con el proveedor venció.");
        // the Jefe records the actions ordered; with no support for now the status is sent (7.J → 11)
        Desk jefe = desk("jefe.ogtie").openFromInbox(run.number(), "7.J");
        String noActions = jefe.tryAct("7.J", "sin_soporte");
        assertTrue(noActions.contains("es obligatorio"), noActions);
        jefe.openFromInbox(run.number(), "7.J").act("7.J", "sin_soporte", "acciones_jefatura",
                "Se pidió a Logística la renovación del contrato de soporte del sistema de respaldo.");
        tecnico.openFromInbox(run.number(), "11").act("11", "enviar", "estado",
                "Copias de archivos con error persistente; la Jefatura gestiona el contrato de soporte.");
        tecnico.assertClosed("resuelto");
        assertEquals(List.of("3.S → 3", "3 → 6", "6 → 7", "7 → 7.J", "7.J → 11", "11 → END"),
                tecnico.completions());
    }

    @Test
    void the_configuration_cronograma_is_noted_by_the_jefe_and_the_schedule_opens_each_date_at_step_4()
            throws Exception {
        // the cronograma of the year, sent (1) and signed (2) in the server after the Profesional attached it
        Desk tecnico = desk("tecnico.infra");
        Filed cronograma = fileInServer(TECNICO_INFRA, "S04.03.03.01.C", null, "Cronograma de configuración " + NEXT_YEAR,
                "Formato N°01 de la central telefónica.");
        tecnico.openFromInbox(cronograma.number(), "1").attach(pdf("cronograma-central-" + NEXT_YEAR + ".pdf"))
                .act("1", "enviar", "anio", NEXT_YEAR);
        actInServer(cronograma, "2", RESPONSABLE_INFRA, "continuar");
        // the Jefe takes note (3)
        Desk jefe = desk("jefe.ogtie").openFromInbox(cronograma.number(), "3").act("3", "tomar_nota");
        jefe.assertClosed("el Jefe tomó conocimiento");

        // the INFRA's Responsable defines the configuration backup schedule and runs it now
        String name = "Configuración central " + System.nanoTime();
        Browser schedules = desk("responsable.infra").browser();
        schedules.open(Sigti.BASE_URL + "/backup/schedules.xhtml");
        BackupScreens.newSchedule(schedules, name, "S04.03.03.01", "PHONE_EXCHANGE", "Central telefónica");
        schedules.select(By.id("schedule:frequency"), "CUSTOM");
        schedules.type(By.id("schedule:expression"), "0 0 2 1 * *");
        schedules.type(By.id("schedule:tecnico"), "tecnico.infra");
        String number = BackupScreens.saveAndRunNow(schedules, name);

        // the date's case waits at step 4 (SIGTI completed 4.S): ticket (4, 5), checks (6, 7), inventory row (8)
        tecnico.openFromInbox(number, "4").act("4", "continuar");
        desk("operador.mesa").openFromInbox(number, "5").act("5", "continuar", "ticket", "MDA-" + System.nanoTime() % 100000);
        tecnico.openFromInbox(number, "6").act("6", "continuar").act("7", "continuar")
                .act("8", "continuar", "archivo", "central-config.tar", "fecha_copia",
                        LocalDate.now().minusDays(1) + " 02:10", "tamano_bytes", "20480", "sha256", "a".repeat(64))
                .act("9", "cerrar");
        tecnico.assertClosed("resuelto");
        assertEquals(List.of("4.S → 4", "4 → 5", "5 → 6", "6 → 7", "7 → 8", "8 → 9", "9 → END"),
                tecnico.completions());
    }

    /** A small PDF, as the scanned and signed Formato N°01. */
    private static Path pdf(String name) throws Exception {
        Path file = Files.createTempDirectory("sigti-cronograma").resolve(name);
        Files.write(file, ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
        return file;
    }
}
