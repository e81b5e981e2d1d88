package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

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

/**
 * SEPREM-DI-008.2 walked in the browser from its schedule to its report: the UIT's Responsable defines a schedule
 * on /backup/schedules.xhtml and runs it now; the técnico finds the run in Mi bandeja, registers the copy (a bad
 * SHA-256 is refused first) and moves it; the Responsable safeguards, verifies and reports; the run is done and its
 * Informe de ejecución de copias de respaldo downloads as PDF, and the report reaches the Dirección by mail. And
 * S04.03.02.01's run of common information ending at step 11, whose status mail reaches the infrastructure
 * coordinator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupProceduresIT extends Walk {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void a_scheduled_database_copy_from_run_now_to_its_report() {
        String name = "Copia SISCO " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
        // SEPREM's own people: its DI-DESARROLLO serves SEPREM-DI-008.2, its Dirección de Informática is told
        Person jefe = JEFE_DI;
        knownInServer(jefe); // the Dirección, reported to at step 8
        try (Desk tecnico = Desk.login("tecnico.di-desarrollo", "backup"); Browser schedules = new Browser("es")) {
            // the Responsable defines the schedule and runs it now
            schedules.open(Sigti.BASE_URL + "/backup/schedules.xhtml");
            schedules.login("responsable.di-desarrollo", "responsable.di-desarrollo");
            schedules.waitForUrl(Sigti.BASE_URL + "/backup/schedules.xhtml");
            BackupScreens.newSchedule(schedules, name, "SEPREM-DI-008.2", "DATABASE", "Base de datos de SISCO");
            schedules.select(By.id("schedule:frequency"), "CUSTOM");
            schedules.type(By.id("schedule:expression"), "0 0 25 * * *");
            schedules.type(By.id("schedule:tecnico"), "tecnico.di-desarrollo");
            schedules.click(By.id("schedule:save"));
            schedules.until(d -> d.findElement(By.id("schedule:form-messages")).getText()
                    .contains("el campo hora no es válido"));
            schedules.type(By.id("schedule:expression"), "0 0 2 * * *");
            String number = BackupScreens.saveAndRunNow(schedules, name);
            By row = By.xpath("//tr[.//span[@class='sigti-schedule-name' and text()='" + name + "']]");
            String report = schedules.until(d -> d.findElement(By.cssSelector("a.sigti-task-report")))
                    .getAttribute("href");

            // the técnico checks the services, registers the copy and moves it
            tecnico.openFromInbox(number, "2").act("2", "continuar");
            String refused = tecnico.tryAct("3", "continuar", "archivo", "sisco-20261121.dump", "fecha_copia",
                    "2026-11-20 22:05", "tamano_bytes", "1048576", "sha256", "no-es-un-hash");
            assertTrue(refused.contains("64 caracteres hexadecimales"), refused);
            tecnico.act("3", "continuar", "archivo", "sisco-20261121.dump", "fecha_copia", "2026-11-20 22:05",
                    "tamano_bytes", "1048576", "sha256", SHA).act("4", "continuar").act("5", "continuar");

            // the Responsable safeguards, verifies and reports
            try (Desk responsable = Desk.login("responsable.di-desarrollo", "backup")) {
                responsable.openFromInbox(number, "6").act("6", "continuar")
                        .act("7", "verificada", "detalle_verificacion", "Restaurada en el servidor de pruebas.")
                        .act("8", "informar");
                responsable.assertClosed("resuelto");
            }
            mailbox.await(number, jefe.email(), "[" + number + "] Informe de ejecución de copias de respaldo",
                    "Verificación: Restaurada en el servidor de pruebas.");
            mailbox.await(number, jefe.email(), "[" + number + "] Informe de ejecución de copias de respaldo",
                    "Archivo: sisco-20261121.dump");

            // the run is done and its report downloads
            schedules.open(Sigti.BASE_URL + "/backup/schedules.xhtml");
            schedules.until(d -> d.findElement(row).findElement(By.cssSelector("button[id$=':runs']"))).click();
            schedules.until(d -> "DONE".equals(d.findElement(By.cssSelector(".sigti-task-status"))
                    .getAttribute("data-status")));
            Map<String, Object> pdf = schedules.fetch(report);
            assertEquals(200L, ((Number) pdf.get("status")).longValue(), () -> String.valueOf(pdf.get("body")));
            assertEquals("application/pdf", pdf.get("type"));
            assertTrue(String.valueOf(pdf.get("body")).startsWith("%PDF"));
        }
    }

    @Test
    void a_mindef_run_of_common_information_mails_its_status_to_the_infrastructure_coordinator() {
        // given: a run opened as the schedule opens it (3.S, after the signed cronograma), its copies checked
        // without error (3, 6)
        knownInServer(RESPONSABLE_INFRA);
        Desk.Filed run = openInServer(RESPONSABLE_INFRA, "S04.03.02.01", "Copias programadas de archivos", "tecnico.infra");
        actInServer(run, "3", TECNICO_INFRA, "informacion_comun");
        assertEquals("11;", actInServer(run, "6", TECNICO_INFRA, "sin_error"));

        // when: the Profesional e-mails the status of the copies (step 11)
        String status = "Copias de archivos concluidas sin error; 412 GB en el storage de contingencia.";
        desk("tecnico.infra").openFromInbox(run.number(), "11").act("11", "enviar", "estado", status)
                .assertClosed("resuelto");

        // then: the infrastructure coordinator gets it, with the recorded status
        mailbox.await(run.number(), RESPONSABLE_INFRA.email(), "[" + run.number() + "] Estado de las copias de"
                + " respaldo: Copias programadas de archivos", status);
    }
}
