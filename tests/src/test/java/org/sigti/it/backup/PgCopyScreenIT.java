package org.sigti.it.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.time.ZoneOffset;
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

/**
 * The copy screens in Chromium, as the Responsable uses them before any backup procedure calls them: a target added
 * and its connection tested (backup/targets.xhtml), then a copy for a demo case whose progress the page polls until
 * it is done, and its verification (backup/copies.xhtml). The copy target is test-env.sh's PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PgCopyScreenIT {

    private static final By INFO = By.cssSelector(".ui-messages-info-summary");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void the_responsable_adds_a_target_copies_it_watching_the_progress_and_verifies_the_copy() {
        String name = "Pantalla " + System.nanoTime();
        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/backup/targets.xhtml");
            browser.login("responsable", "responsable");
            assertEquals("Bases de datos PostgreSQL que SIGTI respalda", browser.text(By.cssSelector("h1")));

            BackupScreens.addCopySourceTarget(browser, name);
            assertEquals("Base de datos guardada.", browser.until(d -> text(d.findElements(INFO))));

            int row = rowOf(browser, name);
            browser.click(By.id("targets:list:" + row + ":test"));
            String connected = browser.until(d -> {
                String shown = text(d.findElements(INFO));
                return shown != null && shown.startsWith("Conexión correcta") ? shown : null;
            });
            assertTrue(connected.startsWith("Conexión correcta: PostgreSQL 1"), connected);

            browser.open(Sigti.BASE_URL + "/backup/copies.xhtml");
            browser.select(By.id("copy:target"), value(browser, name));
            browser.type(By.id("copy:case-number"), "SOL-" + Year.now(ZoneOffset.UTC) + "-000001");
            browser.click(By.id("copy:start"));
            // the poll refreshes the bar until the run ends
            assertEquals("Terminada", browser.until(d -> {
                String status = text(d.findElements(By.id("copy:status")));
                return "Terminada".equals(status) || "Fallida".equals(status) ? status : null;
            }), () -> browser.text(By.id("copy:progress")));
            assertTrue(browser.text(By.id("copy:file")).matches("Pantalla_\\d+-\\d{8}-\\d{6}\\.dump"));
            assertEquals("100%", browser.text(By.cssSelector("#copy\\:bar .ui-progressbar-label")));
            browser.screenshot("backup-copy-done");

            browser.click(By.id("recent:runs:0:verify"));
            String verified = browser.until(d -> text(d.findElements(INFO)));
            assertTrue(verified.startsWith("Copia verificada. Restauración verificada: 3 tablas"), verified);
        }
    }

    private static int rowOf(Browser browser, String name) {
        List<WebElement> rows = browser.all(By.cssSelector("#targets\\:list_data > tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not listed");
    }

    private static String value(Browser browser, String label) {
        return browser.all(By.cssSelector("#copy\\:target option")).stream().filter(o -> o.getText().equals(label))
                .findFirst().orElseThrow().getAttribute("value");
    }

    private static String text(List<WebElement> elements) {
        return elements.isEmpty() || elements.get(0).getText().isBlank() ? null : elements.get(0).getText();
    }
}
