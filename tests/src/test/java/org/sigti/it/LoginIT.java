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
        return Sigti.sharedEar();
    }

    /** The demo cases (DemoCases), filed in this order at start: each waits at the first desk of its procedure. */
    private static final String PR01 = number(1);
    private static final String SEPREM = number(2);
    private static final String MINDEF_DESK = number(3);
    private static final String MINDEF_INFRA = number(4);

    private static String number(int n) {
        return String.format("SOL-%d-%06d", java.time.Year.now(java.time.ZoneOffset.UTC).getValue(), n);
    }

    @Test
    void jefe_has_no_step_of_the_desks_in_their_own_inbox() {
        assertHome("jefe", "Juana Mamani Flores", "UGAT - Unidad de Gestión y Atención Tecnológica",
                "Jefe", "Jefe", List.of(), List.of(PR01, SEPREM, MINDEF_DESK, MINDEF_INFRA));
    }

    @Test
    void responsable_does_not_get_the_operators_steps() {
        assertHome("responsable", "Carlos Quispe Rojas", "AIT - Área de Implementación Tecnológica",
                "Responsable", "Responsable", List.of(), List.of(PR01, SEPREM, MINDEF_DESK, MINDEF_INFRA));
    }

    @Test
    void tecnico_gets_no_incident_another_institutions_technician_registered() {
        assertHome("tecnico", "Rosa Condori Vargas", "UIT - Unidad de Infraestructura Tecnológica",
                "Tecnico", "Técnico", List.of(), List.of(PR01, SEPREM, MINDEF_DESK, MINDEF_INFRA));
    }

    @Test
    void operador_gets_the_first_desk_of_each_procedure_of_their_institution_bound_to_their_unit() {
        assertHome("operador", "Luis Fernández Choque", "AIT - Área de Implementación Tecnológica",
                "Operador", "Operador", List.of(PR01), List.of(SEPREM, MINDEF_DESK, MINDEF_INFRA));
    }

    @Test
    void seprem_operador_gets_the_seprem_case_only() {
        assertHome("operador.di-asist", "José Ramos Cruz", "DI-ASIST - Asistencia de Dirección",
                "Operador", "Operador", List.of(SEPREM), List.of(PR01, MINDEF_DESK, MINDEF_INFRA));
    }

    @Test
    void mindef_tecnico_gets_the_incident_they_registered_with_the_accented_role_name() {
        assertHome("tecnico.infra", "Andrés Molina Cabrera", "INFRA - Equipo de infraestructura tecnológica",
                "Tecnico", "Técnico", List.of(MINDEF_INFRA), List.of(PR01, SEPREM, MINDEF_DESK));
    }

    @Test
    void solicitante_has_nothing_to_do_while_the_it_office_works() {
        assertHome("solicitante", "María Gutiérrez Peña", "RRHH - Dirección de Recursos Humanos",
                "Solicitante", "Solicitante", List.of(), List.of(PR01, SEPREM, MINDEF_DESK, MINDEF_INFRA));
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
            List<String> inInbox, List<String> notInInbox) {
        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/");
            assertTrue(browser.onLoginForm(), () -> "anonymous access must go to Keycloak, got " + browser.url());
            browser.login(username, username);
            browser.waitForUrl(Sigti.BASE_URL);
            browser.screenshot("home-" + username);
            List<String> rows = browser.all(By.cssSelector("[id='home:inbox_data'] tr[data-ri]")).stream()
                    .map(row -> row.findElements(By.cssSelector("a.sigti-case-link")).stream().map(WebElement::getText)
                            .map(String::strip).findFirst().orElse("")).toList();
            List<String> roles = browser.all(By.cssSelector(".sigti-role")).stream()
                    .map(WebElement::getText).toList();
            assertAll(username,
                    () -> assertEquals("Bienvenido(a), " + fullName, browser.text(By.id("welcome"))),
                    () -> assertEquals(fullName, browser.text(By.id("session-user"))),
                    () -> assertEquals(unit, browser.text(By.id("profile-unit"))),
                    () -> assertEquals(roleLabel,
                            browser.text(By.cssSelector(".sigti-role[data-role='" + role + "']"))),
                    () -> assertTrue(roles.contains("Solicitante"), "every employee is a Solicitante: " + roles),
                    () -> assertPendingCount(rows.size(), browser.text(By.id("inbox-count"))),
                    () -> assertTrue(rows.containsAll(inInbox), () -> "expected " + inInbox + " in " + rows),
                    () -> assertTrue(notInInbox.stream().noneMatch(rows::contains),
                            () -> "none of " + notInInbox + " belongs in " + rows));
        }
    }

    /**
     * The heading counts every pending step, the table shows its first page (20 rows): other tests and the timers
     * (semiannual plans, backup runs) may have given the same person more work than one page.
     */
    private static void assertPendingCount(int rowsOnFirstPage, String heading) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([\\d.,]+)\\+? pendiente\\(s\\)").matcher(heading);
        assertTrue(m.matches(), () -> "unexpected heading " + heading);
        int pending = Integer.parseInt(m.group(1).replaceAll("[.,]", ""));
        if (rowsOnFirstPage < 20) {
            assertEquals(rowsOnFirstPage, pending, heading);
        } else {
            assertTrue(pending >= rowsOnFirstPage, heading);
        }
    }
}
