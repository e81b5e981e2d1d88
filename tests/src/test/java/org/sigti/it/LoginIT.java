package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertAll;
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

/**
 * The walking skeleton in a real browser: each demo user logs in through the real Keycloak, lands on the Spanish
 * home page with their full name, unit, role(s) and inbox, and logging out ends the Keycloak session too.
 * The inbox counts check the scoping rules on the demo data (db/demo/R__demo_data.sql).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.ear();
    }

    @Test
    void jefe_sees_the_whole_office_open_work() {
        assertHome("jefe", "Juana Mamani Flores", "DTI - Dirección de Tecnologías de la Información",
                "Jefe", "Jefe", 4,
                List.of("SOL-2026-000001", "SOL-2026-000002", "SOL-2026-000006", "SOL-2026-000007"));
    }

    @Test
    void responsable_sees_the_queue_of_their_unit() {
        assertHome("responsable", "Carlos Quispe Rojas", "AIT - Área de Infraestructura Tecnológica - Mesa de ayuda",
                "Responsable", "Responsable", 1, List.of("SOL-2026-000001"));
    }

    @Test
    void tecnico_sees_the_queue_of_their_unit_with_the_accented_role_name() {
        assertHome("tecnico", "Rosa Condori Vargas", "UIT - Unidad de Infraestructura Tecnológica",
                "Tecnico", "Técnico", 2, List.of("SOL-2026-000002", "SOL-2026-000006"));
    }

    @Test
    void operador_sees_the_help_desk_queue() {
        assertHome("operador", "Luis Fernández Choque", "AIT - Área de Infraestructura Tecnológica - Mesa de ayuda",
                "Operador", "Operador", 1, List.of("SOL-2026-000001"));
    }

    @Test
    void solicitante_sees_only_own_requests_waiting_for_them() {
        assertHome("solicitante", "María Gutiérrez Peña", "RRHH - Dirección de Recursos Humanos",
                "Solicitante", "Solicitante", 2, List.of("SOL-2026-000004", "SOL-2026-000003"));
    }

    @Test
    void logout_ends_the_keycloak_session_too() {
        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/");
            browser.login("operador", "operador");
            assertEquals("Bienvenido(a), Luis Fernández Choque", browser.text(By.id("welcome")));

            browser.click(By.id("session:logout"));
            browser.waitForUrl(Sigti.KEYCLOAK_URL);
            assertTrue(browser.onLoginForm(), () -> "after logout expected Keycloak's form, got " + browser.url());

            // had only SIGTI's session ended, Keycloak would log the user straight back in here
            browser.open(Sigti.BASE_URL + "/");
            browser.waitForUrl(Sigti.KEYCLOAK_URL);
            assertTrue(browser.onLoginForm(), () -> "expected a new login, got " + browser.url());
        }
    }

    @Test
    void a_browser_in_english_gets_the_english_screens() {
        try (Browser browser = new Browser("en")) {
            browser.open(Sigti.BASE_URL + "/");
            browser.login("jefe", "jefe");
            assertEquals("Welcome, Juana Mamani Flores", browser.text(By.id("welcome")));
            assertEquals("Head (Jefe)", browser.text(By.cssSelector(".sigti-role[data-role='Jefe']")));
        }
    }

    @Test
    void wrong_password_stays_on_the_login_form() {
        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/");
            browser.login("jefe", "not-the-password");
            assertTrue(browser.onLoginForm(), () -> "expected the login form again, got " + browser.url());
            assertTrue(browser.all(By.id("welcome")).isEmpty());
        }
    }

    private static void assertHome(String username, String fullName, String unit, String role, String roleLabel,
            int inboxCount, List<String> inboxNumbers) {
        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/");
            assertTrue(browser.onLoginForm(), () -> "anonymous access must go to Keycloak, got " + browser.url());
            browser.login(username, username);
            browser.waitForUrl(Sigti.BASE_URL);
            browser.screenshot("home-" + username);
            List<String> rows = browser.all(By.cssSelector("[id='home:inbox_data'] tr[data-ri]")).stream()
                    .map(row -> row.findElement(By.tagName("td")).getText().strip()).toList();
            List<String> roles = browser.all(By.cssSelector(".sigti-role")).stream()
                    .map(WebElement::getText).toList();
            assertAll(username,
                    () -> assertEquals("Bienvenido(a), " + fullName, browser.text(By.id("welcome"))),
                    () -> assertEquals(fullName, browser.text(By.id("session-user"))),
                    () -> assertEquals(unit, browser.text(By.id("profile-unit"))),
                    () -> assertEquals(roleLabel,
                            browser.text(By.cssSelector(".sigti-role[data-role='" + role + "']"))),
                    () -> assertTrue(roles.contains("Solicitante"), "every employee is a Solicitante: " + roles),
                    () -> assertEquals(inboxCount + " pendiente(s)", browser.text(By.id("inbox-count"))),
                    () -> assertEquals(inboxNumbers, rows));
        }
    }
}
