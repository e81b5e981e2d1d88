package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * People of the institution's Active Directory (a real Samba AD DC, federated into Keycloak by
 * {@code wildfly-config/bin/keycloak-ad.sh}) log into SIGTI with their AD password and get the role and unit their AD
 * groups give them; an account disabled in AD loses access within the token lifespan (10 s in the tests).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActiveDirectoryIT {

    private static final String PASSWORD = "Sigti-Ad-2026!";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void an_ad_technician_gets_the_role_and_unit_of_their_ad_groups() {
        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/");
            browser.login("ad.tecnico", PASSWORD);
            assertAll(
                    () -> assertEquals("Bienvenido(a), Tomás Técnico Directorio", browser.text(By.id("welcome"))),
                    () -> assertEquals("UIT - Unidad de Infraestructura Tecnológica",
                            browser.text(By.id("profile-unit"))),
                    () -> assertEquals("Técnico", browser.text(By.cssSelector(".sigti-role[data-role='Tecnico']"))),
                    () -> assertTrue(browser.all(By.id("nav-users")).isEmpty()));
        }
    }

    @Test
    void an_ad_head_of_it_opens_the_users_screen() {
        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/admin/users.xhtml");
            browser.login("ad.jefe", PASSWORD);
            assertEquals("Usuarios", browser.text(By.cssSelector("h1")));
            assertTrue(browser.source().contains("ad.tecnico"), "AD users are listed");
        }
    }

    @Test
    void an_account_disabled_in_ad_loses_access_within_the_token_lifespan()
            throws IOException, InterruptedException {
        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/");
            browser.login("ad.baja", PASSWORD);
            assertEquals("Bienvenido(a), Beatriz Baja Directorio", browser.text(By.id("welcome")));

            samba("user", "disable", "ad.baja");
            Instant disabled = Instant.now();
            boolean inside = true;
            while (inside && Duration.between(disabled, Instant.now()).toSeconds() < 75) {
                Thread.sleep(1_000); // polling, not a wait before an assertion: the next page tells
                browser.open(Sigti.BASE_URL + "/");
                inside = !browser.all(By.id("welcome")).isEmpty();
            }
            long seconds = Duration.between(disabled, Instant.now()).toSeconds();
            assertTrue(!inside, "still inside SIGTI " + seconds + " s after the account was disabled in AD");
            System.out.println("AD account disabled: SIGTI access ended within " + seconds + " s");
            assertTrue(browser.url().startsWith(Sigti.KEYCLOAK_URL), browser::url);
        }
        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/");
            browser.login("ad.baja", PASSWORD);
            assertTrue(browser.all(By.id("welcome")).isEmpty(), "a disabled AD account logged in");
        } finally {
            samba("user", "enable", "ad.baja");
        }
    }

    private static void samba(String... args) throws IOException, InterruptedException {
        Path script = Path.of("src/test/scripts/samba-ad.sh").toAbsolutePath();
        String[] command = new String[args.length + 3];
        command[0] = "bash";
        command[1] = script.toString();
        command[2] = "tool";
        System.arraycopy(args, 0, command, 3, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), () -> String.join(" ", args) + ": " + output);
    }
}
