package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.sigti.it.procedures.DeploymentWalkFixtures;
import org.sigti.it.procedures.Walk;

/**
 * Secure defaults (issue 18, OWASP ASVS 5.0 V3.4, V6.3 and V13): every answer carries the security headers, a page
 * opened with a parameter it does not take answers 404 (not 500) and is recorded, a form posted with a view state SIGTI
 * does not know shows "la página expiró" and changes nothing, what a person types never breaks a redirect, and the
 * failed logins, lockouts and admin actions Keycloak records reach SIGTI's security events, once each.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecureDefaultsIT extends Walk {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return earWithDriver(SecureDefaultsFixtures.class, DeploymentWalkFixtures.class);
    }

    @Test
    void pages_files_resources_and_error_pages_carry_the_security_headers() {
        try (Browser jefe = Browser.loggedIn("jefe", "/")) {
            for (String path : List.of("/", "/request.xhtml", "/no-such-page.xhtml", "/case.xhtml?id=abc",
                    "/jakarta.faces.resource/sigti/sigti.css.xhtml")) {
                Map<String, Object> answer = headers(jefe, Sigti.BASE_URL + path);
                assertEquals("nosniff", answer.get("nosniff"), path);
                assertEquals("SAMEORIGIN", answer.get("frame"), path);
                assertEquals("frame-ancestors 'self'; object-src 'none'; base-uri 'self'", answer.get("csp"), path);
                assertEquals("same-origin", answer.get("referrer"), path);
                assertTrue(String.valueOf(answer.get("permissions")).contains("camera=()"), path);
                // plain HTTP here: HSTS is only sent over HTTPS
                assertEquals(null, answer.get("hsts"), path);
            }
        }
    }

    @Test
    void a_page_opened_with_a_parameter_it_does_not_take_answers_404_and_is_recorded() {
        String marker = "abc" + Long.toString(System.nanoTime(), 36);
        try (Browser jefe = Browser.loggedIn("jefe", "/")) {
            for (String path : List.of("/case.xhtml?id=" + marker, "/document/view.xhtml?id=" + marker,
                    "/changes/list.xhtml?year=" + marker)) {
                assertEquals(404L, ((Number) jefe.fetch(Sigti.BASE_URL + path).get("status")).longValue(), path);
            }
            jefe.open(Sigti.BASE_URL + "/case.xhtml?id=" + marker);
            assertEquals("Página no encontrada", jefe.text(By.id("error-title")));
            assertTrue(jefe.all(By.id("error-reference")).isEmpty(), "not an unexpected error");
        }
        String events = fixture("/malformed-events", "who", "jefe");
        for (String page : List.of("/case.xhtml|parámetros no válidos: id=" + marker, "/document/view.xhtml|"
                + "parámetros no válidos: id=" + marker, "/changes/list.xhtml|parámetros no válidos: year=" + marker)) {
            assertTrue(events.contains("GET /sigti" + page), () -> page + " not recorded: " + events);
        }
    }

    @Test
    void a_form_posted_with_a_view_state_sigti_does_not_know_shows_the_page_expired_and_files_nothing() {
        String title = "Estado falso " + Long.toString(System.nanoTime(), 36);
        try (Browser requester = Browser.loggedIn("solicitante", "/")) {
            requester.open(Sigti.BASE_URL + "/request.xhtml");
            requester.type(By.id("request:title"), title);
            requester.runAsync("const done = arguments[arguments.length - 1];"
                    + " document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                    + ".forEach(i => i.value = '-4242424242424242424:1234567890123456789'); done(true);");
            requester.submit(By.id("request:submit"));
            assertEquals("La página expiró", requester.text(By.id("error-title")));
            assertTrue(requester.all(By.id("error-reference")).isEmpty(), "not an unexpected error");
        }
        String events = fixture("/malformed-events", "who", "solicitante");
        assertTrue(events.contains("POST /sigti/request.xhtml|vista expirada o desconocida"), events);
        assertEquals("0", fixture("/cases-titled", "title", title), "no case was filed with the forged state");
    }

    @Test
    void an_ajax_action_on_a_view_sigti_does_not_know_shows_the_page_expired_instead_of_doing_nothing() {
        try (Browser requester = Browser.loggedIn("solicitante", "/")) {
            requester.open(Sigti.BASE_URL + "/request.xhtml");
            List<String> procedures = requester.all(By.cssSelector("[id='request:procedure'] option")).stream()
                    .map(o -> o.getAttribute("value")).toList();
            assertTrue(procedures.size() > 1, procedures::toString);
            requester.runAsync("const done = arguments[arguments.length - 1];"
                    + " document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                    + ".forEach(i => i.value = '-4242424242424242424:1234567890123456789'); done(true);");
            // choosing another procedure re-renders the credentials' rows by ajax
            requester.select(By.id("request:procedure"), procedures.get(procedures.size() - 1));
            assertEquals("La página expiró", requester.text(By.id("error-title")));
        }
        String events = fixture("/malformed-events", "who", "solicitante");
        assertTrue(events.contains("POST /sigti/request.xhtml (ajax)|vista expirada o desconocida"), events);
    }

    @Test
    void a_year_typed_with_a_stray_percent_sign_is_refused_in_words_not_with_a_500() {
        try (Browser jefe = Browser.loggedIn("jefe.ogtie", "/")) {
            jefe.open(Sigti.BASE_URL + "/maintenance/plan.xhtml");
            jefe.type(By.id("year:value"), "%zz");
            jefe.submit(By.id("year:show"));
            assertTrue(jefe.all(By.id("error-title")).isEmpty(), () -> jefe.text(By.id("error-title")));
            String said = String.join("\n", jefe.all(By.cssSelector("#messages li")).stream()
                    .map(li -> li.getText().strip()).toList());
            assertTrue(said.contains("Año del plan de mantenimiento no válido: %zz."), said);
        }
    }

    @Test
    void a_wrong_password_at_keycloaks_form_is_one_failed_login_in_the_security_events_and_the_trail() {
        // a demo user no other test logs in with: its failures in Keycloak are this test's
        String user = "responsable.estad";
        wrongPasswords(user, 1);
        String imported = fixture("/keycloak-events", "who", user);
        List<String> rows = keycloakRows(imported);
        assertEquals(1, rows.size(), imported);
        List<String> row = List.of(rows.get(0).split("\\|"));
        // Keycloak saw the browser at 127.0.0.1 (it listens on the loopback only)
        assertEquals(List.of("LOGIN_FAILED", "Keycloak LOGIN_ERROR sigti", "127.0.0.1", "invalid_user_credentials"),
                row.subList(0, 4), imported);
        assertEquals("1", row.get(5), "entered once in the trail's ledger");
        // read again, as the clock, a restart or another node reads it: nothing is written twice
        assertEquals(imported, fixture("/keycloak-events", "who", user));

        // the Auditor reads it under its Spanish name, among the failed logins only, after "Actualizar"
        try (Browser auditor = Browser.loggedIn("auditor", "/admin/security-events.xhtml?kind=LOGIN_FAILED")) {
            auditor.click(By.id("events:refresh"));
            String said = auditor.text(By.cssSelector("[id='events:messages'] li"));
            assertTrue(said.equals("Keycloak no tiene eventos nuevos.") || said.startsWith("Se tra"), said);
            List<String> shown = auditor.all(By.cssSelector("[id='events:list_data'] tr[data-ri]")).stream()
                    .map(r -> r.getText().strip()).toList();
            assertTrue(shown.stream().anyMatch(r -> r.contains("Inicio de sesión fallido") && r.contains(user)
                    && r.contains("127.0.0.1")), shown::toString);
            assertTrue(shown.stream().allMatch(r -> r.contains("Inicio de sesión fallido")), shown::toString);
        }
    }

    @Test
    void wrong_passwords_in_a_row_lock_the_account_and_the_lockout_and_its_unlocking_are_imported() throws Exception {
        // a demo user no other test logs in with: locking it for a minute harms no other test
        String user = "tecnico.estad";
        // two failures within a second lock the account for a minute (Keycloak's quick-login check); ten lock it
        // whatever the pace (the realm's failureFactor)
        String imported = "";
        for (int attempt = 1; attempt <= 10 && !imported.contains("Keycloak USER_DISABLED_BY_TEMPORARY_LOCKOUT");
                attempt++) {
            wrongPasswords(user, attempt == 1 ? 2 : 1);
            imported = fixture("/keycloak-events", "who", user);
        }
        String events = imported;
        List<String> rows = keycloakRows(events);
        assertTrue(rows.get(0).startsWith("LOGIN_FAILED|Keycloak LOGIN_ERROR sigti|127.0.0.1"
                + "|invalid_user_credentials|"), events);
        // Keycloak names the locked user by id only: SIGTI asked it for the username
        String lockout = rows.stream().filter(r -> r.startsWith("ACCOUNT_LOCKED|Keycloak USER_DISABLED_BY_TEMPORARY_"
                + "LOCKOUT|127.0.0.1|")).findFirst().orElseThrow(() -> new AssertionError("no lockout in " + events));
        assertTrue(lockout.contains("reason=brute_force_attack detected") && lockout.endsWith("|1"), lockout);
        assertTrue(rows.stream().allMatch(r -> r.endsWith("|1")), () -> "each one in the trail's ledger: " + events);
        assertEquals(events, fixture("/keycloak-events", "who", user), "nothing is written twice");

        // Keycloak's administrator unlocks it: an administrative action by someone SIGTI does not know, named by id
        KeycloakConsole console = KeycloakConsole.asAdministrator();
        String id = console.unlock(user);
        String admin = console.userId("master", "admin");
        String actions = fixture("/keycloak-events", "who", admin);
        assertTrue(actions.contains("IDP_ADMIN_ACTION|Keycloak DELETE USER_LOGIN_FAILURE attack-detection/brute-force"
                + "/users/" + id + "|127.0.0.1|"), actions);
    }

    /** The rows of /keycloak-events: each ends with its trail entries' count and ";" (a detail may hold "; "). */
    private static List<String> keycloakRows(String answer) {
        return List.of(answer.split("(?<=\\|\\d{1,3});"));
    }

    /** Wrong passwords typed at Keycloak's login form, one after the other, each answered by the form again. */
    private static void wrongPasswords(String user, int times) {
        try (Browser browser = new Browser("es")) {
            browser.open(Sigti.BASE_URL + "/");
            for (int i = 0; i < times; i++) {
                assertTrue(browser.onLoginForm(), browser::url);
                browser.type(By.id("username"), user);
                browser.type(By.id("password"), "no-es-la-clave");
                browser.submit(By.id("kc-login"));
            }
            assertTrue(browser.onLoginForm(), browser::url);
        }
    }

    /** The security headers of an answer, fetched with the browser's session as the page would. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> headers(Browser b, String url) {
        return (Map<String, Object>) b.runAsync("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => done({status: r.status,"
                + " nosniff: r.headers.get('x-content-type-options'), frame: r.headers.get('x-frame-options'),"
                + " csp: r.headers.get('content-security-policy'), referrer: r.headers.get('referrer-policy'),"
                + " permissions: r.headers.get('permissions-policy'),"
                + " hsts: r.headers.get('strict-transport-security')}))"
                + ".catch(e => done({status: -1, error: String(e)}));", url);
    }
}
