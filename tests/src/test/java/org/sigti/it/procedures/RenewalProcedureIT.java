package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;

/**
 * SEPREM-DI-005.1, Renovación de Licencias y/o Servicios, in real browsers: the Jefe registers a license expiring
 * within the notice window and runs the expiry calendar from the settings screen; the case waits in the
 * infrastructure Responsable's inbox, who gets a mail; the case is walked through the manual's steps (with one
 * unsatisfactory reception, ↺ 5) to its end, and step 7's new expiry reaches the license register.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RenewalProcedureIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @BeforeAll
    static void startMailServer() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailServer() {
        if (mailbox != null) {
            mailbox.close();
        }
    }

    private static Browser loggedIn(String user) {
        return Browser.loggedIn(user, "/");
    }

    @Test
    void the_expiry_calendar_opens_the_renewal_and_its_end_renews_the_license() throws Exception {
        String code = "LIC-WALK-" + RUN;
        LocalDate expiry = LocalDate.now(ZoneId.of("America/La_Paz")).plusDays(7);
        LocalDate renewed = expiry.plusYears(1);
        try (Desk responsable = Desk.login("responsable.di-infra", "renewal");
                Desk jefe = Desk.login("jefe.di", "renewal");
                Desk tecnico = Desk.login("tecnico.di-soporte", "renewal"); Browser screens = loggedIn("jefe.di");
                Browser inbox = loggedIn("responsable.di-infra")) {
            // given: a license expiring in a week, registered on its screen
            screens.open(Sigti.BASE_URL + "/inventory/pool-edit.xhtml");
            screens.type(By.id("pool:code"), code);
            screens.type(By.id("pool:product"), "Antivirus corporativo");
            screens.select(By.id("pool:type"), "SUBSCRIPTION");
            screens.type(By.id("pool:seatsTotal"), "50");
            // the date as people write it here, day first (issue 19): the picker keeps it as a date
            screens.type(By.id("pool:expiresOn_input"),
                    expiry.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            screens.all(By.id("pool:expiresOn_input")).get(0).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            screens.submit(By.id("pool:save"));
            assertTrue(screens.text(By.id("messages")).contains("Licencia " + code + " guardada."),
                    () -> screens.text(By.id("messages")));

            // when: the calendar runs (the settings screen's "Revisar ahora", as the daily timer does)
            screens.open(Sigti.BASE_URL + "/inventory/settings.xhtml");
            // the renewal (SEPREM-DI-005.1) is SEPREM's: its cases go to SEPREM's Responsable de infraestructura
            // (the installation's setting still names the AGETIC one the queues used to be served by)
            screens.type(By.id("settings:assignee"), "responsable.di-infra");
            screens.submit(By.id("settings:save"));
            assertTrue(screens.text(By.id("messages")).contains("Configuración guardada."),
                    () -> screens.text(By.id("messages")));
            screens.submit(By.id("settings:sweep"));
            assertTrue(screens.text(By.id("messages")).contains("caso(s) de renovación abiertos"),
                    () -> screens.text(By.id("messages")));

            // then: the case waits in the Responsable's inbox, who got a mail
            inbox.open(Sigti.BASE_URL + "/");
            inbox.type(By.id("home:search"), code.toLowerCase());
            inbox.click(By.id("home:filter"));
            String number = inbox.until(d -> {
                List<WebElement> rows = d.findElements(By.cssSelector("[id='home:inbox_data'] tr[data-ri]"));
                for (WebElement row : rows) {
                    if (row.getText().contains(code)) {
                        return row.findElement(By.cssSelector("a.sigti-case-link")).getText().strip();
                    }
                }
                return null;
            });
            mailbox.await(number, "responsable.di-infra@sigti.example", "[" + number + "] Vencimiento próximo", code);

            // and: walked through the manual's steps to its end
            responsable.openFromInbox(number, "1").act("1", "continuar", "necesidad",
                    "Renovar las 50 licencias del antivirus por un año.");
            jefe.openFromInbox(number, "2").act("2", "continuar");
            responsable.openFromInbox(number, "3").act("3", "continuar", "especificaciones",
                    "50 equipos, consola central, 12 meses.");
            jefe.openFromInbox(number, "4").act("4", "continuar");
            responsable.openFromInbox(number, "5").act("5", "no_satisfactoria", "comment", "Faltan 10 licencias.")
                    .act("5", "satisfactoria").act("6", "continuar");
            String refused = responsable.tryAct("7", "continuar", "nuevo_vencimiento", "31/02/2030");
            assertTrue(refused.contains("no es una fecha válida"), refused);
            responsable.act("7", "continuar", "nuevo_vencimiento", renewed.toString(), "puestos_total", "60");
            // the Dirección (the Jefe of JEFATURA, logged in above) is told the implementation is complete
            mailbox.await(number, "jefe.di@sigti.example", "[" + number + "] Implementación completa",
                    "Nuevo vencimiento: " + renewed);
            tecnico.openFromInbox(number, "8").act("8", "fin");
            assertEquals("CLOSED", tecnico.status());

            screens.open(Sigti.BASE_URL + "/inventory/pools.xhtml?code=" + code);
            String row = screens.text(By.cssSelector("[id='pools:list_data'] tr[data-ri]"));
            assertTrue(row.contains(renewed.toString()) && row.contains("0 / 60"), row);
        }
    }
}
