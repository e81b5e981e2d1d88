package org.sigti.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.sigti.it.inventory.SystemForm;

/**
 * The account platforms screens in a real browser: the Responsable registers a catalog system, makes it a platform
 * (a missing name is refused in Spanish, nothing saved), gives it an uncommon privilege (a malformed code refused in
 * Spanish) and finds it in the platforms list with that privilege counted; the Auditor reads it without write
 * buttons.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformScreensIT {

    /** Sorts before the demo platforms, so the list's first page shows it. */
    private static final String CODE = "AAP" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36)
            .toUpperCase();

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }


    @Test
    void the_responsable_creates_a_platform_with_an_uncommon_privilege_and_sees_it_listed() {
        try (Browser browser = Browser.loggedIn("responsable", "/inventory/system-edit.xhtml")) {
            // given: a system of the catalog
            SystemForm.savePlatform(browser, CODE, "Sistema de pantallas " + CODE);

            // when: made a platform without a name, from the accounts screens
            browser.open(Sigti.BASE_URL + "/accounts/list.xhtml");
            browser.submit(By.id("platforms-link"));
            browser.submit(By.id("platforms:new"));
            browser.select(By.id("platform:code"), CODE);
            browser.submit(By.id("platform:save"));

            // then: refused in Spanish, naming the field
            String refused = browser.text(By.id("messages"));
            assertTrue(refused.contains("Revise los datos marcados: no se guardó nada."), refused);
            assertTrue(refused.contains("Nombre: es obligatorio"), refused);

            // when: with its name
            browser.select(By.id("platform:code"), CODE);
            browser.type(By.id("platform:name"), "Plataforma " + CODE);
            browser.type(By.id("platform:rule"), "nombre.apellido");
            browser.submit(By.id("platform:save"));
            assertTrue(browser.text(By.id("messages")).contains("Plataforma " + CODE + " guardada."),
                    () -> browser.text(By.id("messages")));
            assertEquals(CODE, browser.text(By.id("platform-title")));

            // and: a privilege with a malformed code, then the uncommon one
            browser.type(By.id("privilege:code"), "REDES SOCIALES");
            browser.type(By.id("privilege:name"), "Acceso a redes sociales");
            browser.submit(By.id("privilege:save"));
            String bad = browser.text(By.id("messages"));
            assertTrue(bad.contains("Código: solo admite mayúsculas"), bad);
            browser.type(By.id("privilege:code"), "redes_sociales");
            browser.type(By.id("privilege:name"), "Acceso a redes sociales");
            browser.click(By.id("privilege:uncommon"));
            browser.submit(By.id("privilege:save"));
            WebElement row = browser.until(d -> d.findElements(By.cssSelector(
                    "tr.sigti-privilege[data-code='REDES_SOCIALES']")).stream().findFirst().orElse(null));
            assertEquals("no común", row.findElement(By.className("sigti-privilege-uncommon")).getText().strip());

            // then: listed with one active privilege, uncommon
            browser.nav("nav-platforms");
            WebElement listed = browser.until(d -> d.findElements(By.cssSelector("[id='platforms:list_data'] tr"))
                    .stream().filter(tr -> tr.getText().contains(CODE)).findFirst().orElse(null));
            assertTrue(listed.getText().contains("Plataforma " + CODE), listed::getText);
            assertEquals("1", listed.findElement(By.className("sigti-platform-privileges")).getText().strip());
            assertEquals("1", listed.findElement(By.className("sigti-platform-uncommon")).getText().strip());
        }
        try (Browser browser = Browser.loggedIn("auditor", "/accounts/platform.xhtml?code=" + CODE)) {
            assertEquals(CODE, browser.text(By.id("platform-title")));
            assertTrue(browser.all(By.id("platform:save")).isEmpty());
            assertTrue(browser.all(By.id("privilege:save")).isEmpty());
            assertEquals(1, browser.all(By.cssSelector("tr.sigti-privilege[data-code='REDES_SOCIALES']")).size());
        }
    }
}
