package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.backup.BackupScreens;

/**
 * A schedule that copies its PostgreSQL database by itself, walked in the browser: the UIT's Responsable registers
 * the database on "Bases a respaldar", defines a SEPREM-DI-008.2 schedule naming it for the automatic pg_dump copy
 * and runs it now; the técnico finds the run in Mi bandeja, sees the automatic copy on the case, and goes past "run
 * the backup and identify the files" without typing the copy once SIGTI registered it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduledPgCopyWalkIT {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void the_schedule_copies_its_database_and_the_tecnico_goes_on_without_typing_the_copy() throws Exception {
        String target = "Ventas " + System.nanoTime();
        String name = "Copia automática " + System.nanoTime();
        try (Desk tecnico = Desk.login("tecnico.di-desarrollo", "pgschedule");
                Browser responsable = new Browser("es")) {
            // the Responsable registers the database SIGTI may copy
            responsable.open(Sigti.BASE_URL + "/backup/targets.xhtml");
            responsable.login("responsable.di-desarrollo", "responsable.di-desarrollo");
            BackupScreens.addCopySourceTarget(responsable, target);
            responsable.until(d -> d.findElement(By.cssSelector(".ui-messages-info-summary")).getText()
                    .contains("Base de datos guardada."));

            // and defines the schedule with the automatic copy, then runs it now
            responsable.open(Sigti.BASE_URL + "/backup/schedules.xhtml");
            BackupScreens.newSchedule(responsable, name, "SEPREM-DI-008.2", "DATABASE", "Base de datos de ventas");
            responsable.select(By.id("schedule:pg-target"), option(responsable, "schedule:pg-target", target));
            responsable.select(By.id("schedule:frequency"), "CUSTOM");
            responsable.type(By.id("schedule:expression"), "0 0 2 * * *");
            responsable.type(By.id("schedule:tecnico"), "tecnico.di-desarrollo");
            String number = BackupScreens.saveAndRunNow(responsable, name);

            // the técnico sees the automatic copy on the case and checks the services
            tecnico.openFromInbox(number, "2");
            assertTrue(tecnico.shows("pg_dump de " + target), "the case says SIGTI copies the database");
            tecnico.act("2", "continuar");
            // "run the backup": nothing to type once SIGTI registered its copy (the dump takes a few seconds)
            long deadline = System.currentTimeMillis() + 120_000;
            String said = tecnico.tryAct("3", "continuar");
            while (!said.contains("paso 3 completado") && System.currentTimeMillis() < deadline) {
                Thread.sleep(2_000);
                said = tecnico.tryAct("3", "continuar");
            }
            String last = said;
            assertTrue(said.contains("Caso " + number + ": paso 3 completado."), () -> "step 3: " + last);
            assertEquals(List.of("4=true"), tecnico.openSteps());
        }
    }

    private static String option(Browser browser, String selectId, String label) {
        List<WebElement> options = browser.all(By.cssSelector("[id='" + selectId + "'] option"));
        return options.stream().filter(o -> o.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " is not offered")).getAttribute("value");
    }
}
