package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sigti.it.Browser;
import org.sigti.it.JsfClient;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.DeploymentWalkFixtures;
import org.sigti.it.procedures.Walk;

/**
 * Secure defaults (issue 18, OWASP ASVS 5.0 V3.3, V3.4, V6.3 and V13): every answer carries the security headers,
 * HSTS and Secure cookies exactly when the request is HTTPS (a client's X-Forwarded-Proto counts only behind a trusted
 * proxy, off here), a page opened with a parameter it does not take answers 404 (not 500) and is recorded, a form
 * posted with a view state SIGTI does not know shows "la página expiró" and changes nothing, what a person types never
 * breaks a redirect, a request larger than SIGTI takes is refused unread, and the failed logins, lockouts and admin
 * actions Keycloak records reach SIGTI's security events, once each.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecureDefaultsIT extends Walk {

    private static final String HSTS = "max-age=31536000; includeSubDomains";
    /** Answers open without login: a servlet, an error page, a Faces resource. */
    private static final List<String> PUBLIC_PATHS = List.of("/health/live", "/error/x",
            "/jakarta.faces.resource/sigti/sigti.css.xhtml");
    /** The answers that are Faces pages, whose policy lets their own scripts run by a nonce. */
    private static final Set<String> FACES_PAGES = Set.of("/", "/request.xhtml");
    /** The scripts of a Faces page's policy: SIGTI's files and the page's nonce, nothing inline, no eval. */
    private static final Pattern PAGE_SCRIPTS = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/]+=*)';?");
    /** What a client sends to pass plain HTTP off as HTTPS; only a trusted proxy's may count. */
    private static final String[] FORGED_HTTPS = {"X-Forwarded-Proto", "https"};

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void pages_files_resources_and_error_pages_carry_the_security_headers() {
        try (Browser jefe = Browser.loggedIn("jefe", "/")) {
            for (String path : List.of("/", "/request.xhtml", "/no-such-page.xhtml", "/case.xhtml?id=abc",
                    "/jakarta.faces.resource/sigti/sigti.css.xhtml")) {
                // plain HTTP here: HSTS is only sent over HTTPS
                assertSecurityHeaders(headers(jefe, Sigti.BASE_URL + path), path, null);
            }
        }
    }

    @Test
    void a_page_lets_run_only_the_scripts_it_brought_by_a_nonce_that_is_new_on_every_answer() {
        try (Browser jefe = Browser.loggedIn("jefe", "/")) {
            Map<String, Object> first = headers(jefe, Sigti.BASE_URL + "/");
            Map<String, Object> second = headers(jefe, Sigti.BASE_URL + "/");
            String nonce = nonce((String) first.get("csp"));
            assertNotEquals(nonce, nonce((String) second.get("csp")), "the same nonce twice");
            // every script of the page carries the nonce of its own answer; no element carries an inline handler
            String page = (String) first.get("body");
            int scripts = page.split("<script", -1).length - 1;
            assertTrue(scripts > 0, "a page of SIGTI without a script");
            assertEquals(scripts, page.split("<script[^>]*\\snonce=\"" + Pattern.quote(nonce) + "\"", -1).length - 1,
                    () -> "a script without the answer's nonce in " + page);
            assertFalse(Pattern.compile("<[^>]+\\son[a-z]+=").matcher(page).find(), "an inline handler");
        }
    }

    @Test
    void over_https_every_answer_carries_the_security_headers_and_hsts() throws Exception {
        for (String path : PUBLIC_PATHS) {
            assertSecurityHeaders(headers(Sigti.get(Sigti.HTTPS_BASE_URL + path)), path, HSTS);
        }
    }

    @Test
    void over_plain_http_no_answer_carries_hsts_even_with_a_forged_x_forwarded_proto() throws Exception {
        for (String path : PUBLIC_PATHS) {
            assertSecurityHeaders(headers(Sigti.get(Sigti.BASE_URL + path)), path, null);
            assertSecurityHeaders(headers(Sigti.get(Sigti.BASE_URL + path, FORGED_HTTPS)), path + " (forged)", null);
        }
    }

    /**
     * The redirect to Keycloak's login comes from WildFly's OIDC mechanism, before any filter of SIGTI runs: WildFly's
     * own response-header filters (07-web.cli) give it the headers. Where SIGTI's filter sets them again, each still
     * comes once.
     */
    @Test
    void the_redirect_to_the_login_carries_the_security_headers_and_no_header_comes_twice() throws Exception {
        for (String base : List.of(Sigti.BASE_URL, Sigti.HTTPS_BASE_URL)) {
            boolean https = base.startsWith("https:");
            for (String[] sent : https ? List.<String[]>of(new String[0]) : List.of(new String[0], FORGED_HTTPS)) {
                HttpResponse<String> login = Sigti.get(base + "/request.xhtml", sent);
                String what = "the redirect to the login of " + login.uri() + (sent.length > 0 ? " (forged)" : "");
                assertEquals(302, login.statusCode(), what);
                assertTrue(login.headers().firstValue("Location").orElse("").startsWith(Sigti.KEYCLOAK_URL
                        + "/realms/"), what + ": " + login.headers().map());
                assertOnce(login, "X-Content-Type-Options", "nosniff", what);
                assertOnce(login, "X-Frame-Options", "SAMEORIGIN", what);
                assertOnce(login, "Referrer-Policy", "same-origin", what);
                assertOnce(login, "Permissions-Policy", SECURITY_PERMISSIONS, what);
                assertEquals(https ? List.of(HSTS) : List.of(), login.headers()
                        .allValues("Strict-Transport-Security"), what);
            }
        }
        HttpResponse<String> live = Sigti.get(Sigti.HTTPS_BASE_URL + "/health/live");
        assertOnce(live, "X-Content-Type-Options", "nosniff", "/health/live");
        assertOnce(live, "Strict-Transport-Security", HSTS, "/health/live");
        assertEquals(1, live.headers().allValues("Content-Security-Policy").size(), live.headers().map()::toString);
    }

    private static final String SECURITY_PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private static void assertOnce(HttpResponse<String> answer, String header, String value, String what) {
        assertEquals(List.of(value), answer.headers().allValues(header), () -> what + ": " + header);
    }

    @Test
    void over_https_the_session_cookie_and_every_cookie_of_the_login_are_secure() {
        List<HttpResponse<String>> answers = FormLogin.logIn(Sigti.HTTPS_BASE_URL, "solicitante");
        List<String> cookies = setCookies(answers);
        String session = sessionCookie(cookies);
        assertTrue(cookie(session).getSecure() && cookie(session).isHttpOnly(), session);
        // the OIDC login's cookies (state, PKCE verifier) too; their deletions on the return hold nothing to protect
        cookies.forEach(c -> assertTrue(cookie(c).getSecure(), c));
        cookies.stream().filter(c -> !cookie(c).hasExpired()).forEach(c -> assertTrue(cookie(c).isHttpOnly(), c));
        assertEquals(HSTS, answers.get(answers.size() - 1).headers().firstValue("Strict-Transport-Security")
                .orElse(null), "the home page after the login");
    }

    @Test
    void over_plain_http_the_session_cookie_is_http_only_and_not_secure_even_with_a_forged_x_forwarded_proto() {
        for (String[] headers : List.of(new String[0], FORGED_HTTPS)) {
            String how = headers.length == 0 ? "plain HTTP" : "forged X-Forwarded-Proto";
            List<HttpResponse<String>> answers = FormLogin.logIn(Sigti.BASE_URL, "solicitante", headers);
            List<String> cookies = setCookies(answers);
            String session = sessionCookie(cookies);
            assertTrue(cookie(session).isHttpOnly(), how + ": " + session);
            cookies.forEach(c -> assertFalse(cookie(c).getSecure(), how + ": " + c));
            answers.forEach(a -> assertTrue(a.headers().firstValue("Strict-Transport-Security").isEmpty(),
                    () -> how + ": " + a.uri()));
        }
    }

    @Test
    void a_form_announcing_a_file_larger_than_sigti_takes_is_refused_unread_with_a_page_in_words() throws Exception {
        List<String> cookies = setCookies(FormLogin.logIn(Sigti.BASE_URL, "solicitante"));
        String session = cookie(cookies.stream().filter(c -> cookie(c).getName().equals("JSESSIONID"))
                .reduce((first, last) -> last).orElseThrow()).getValue();
        String title = "Grande " + Long.toString(System.nanoTime(), 36);
        // 25 MiB: SIGTI's page in words; 100 MiB: above the listener's limit, Undertow's bare refusal; both unread
        String page = announce(session, title, 25L * 1024 * 1024);
        assertTrue(page.startsWith("HTTP/1.1 413"), page);
        assertTrue(page.contains("Archivo demasiado grande") && page.contains("No se guardó ningún cambio"), page);
        String bare = announce(session, title, 100L * 1024 * 1024);
        assertTrue(bare.startsWith("HTTP/1.1 400"), bare);
        assertEquals("0", fixture("/cases-titled", "title", title), "nothing was filed");
    }

    /**
     * Posts "Nueva solicitud" with a file, announcing {@code bytes} but sending only the first few hundred: an answer
     * is then a refusal that neither waited for the rest nor read it.
     */
    private static String announce(String session, String title, long bytes) throws IOException {
        URI base = URI.create(Sigti.BASE_URL);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base.getPath() + "/request.xhtml HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nCookie: JSESSIONID=" + session + "\r\nAccept-Language: es"
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + bytes
                    + "\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"request:title\"\r\n\r\n" + title
                    + "\r\n--b\r\nContent-Disposition: form-data; name=\"request:file\"; filename=\"acta.pdf\""
                    + "\r\n\r\n%PDF-1.7\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_auditors_check_of_the_trail_names_each_problem_in_words() throws InterruptedException {
        try (Browser auditor = Browser.loggedIn("auditor", "/admin/audit.xhtml")) {
            auditor.submit(By.id("audit:verify"));
            // the check runs in the background (issue 19, item 11): the page shows its progress, then its result
            Boolean started = auditor.until(d -> !d.findElements(By.id("audit-progress")).isEmpty()
                    || !d.findElements(By.id("audit-summary")).isEmpty());
            assertTrue(started, "neither progress nor result");
            // leaving the page does not stop it: coming back finds it, running or ended
            auditor.open(Sigti.BASE_URL + "/");
            String summary = null;
            long deadline = System.currentTimeMillis() + 120_000;
            while (summary == null) {
                auditor.open(Sigti.BASE_URL + "/admin/audit.xhtml");
                List<WebElement> shown = auditor.all(By.id("audit-summary"));
                if (!shown.isEmpty()) {
                    summary = shown.get(0).getText().strip();
                } else {
                    List<String> cut = auditor.all(By.id("audit-cut")).stream().map(WebElement::getText).toList();
                    assertTrue(cut.isEmpty(), () -> "the check ended without a result: " + cut);
                    assertTrue(System.currentTimeMillis() < deadline, "no result of the check in two minutes");
                    Thread.sleep(2_000);
                }
            }
            assertTrue(auditor.text(By.id("audit-when")).startsWith("Última verificación, terminada el"));
            assertTrue(summary.startsWith("Registro íntegro") || summary.startsWith("¡Registro alterado!"), summary);
            // whatever other tests tampered with on this server: each row names its trail in Spanish, no key shows
            List<String> ledgers = List.of("Casos", "Eventos de seguridad", "Cuentas de usuario",
                    "Plataformas y privilegios", "Custodia de equipos", "Archivo de puntos de control",
                    "Libro desconocido");
            for (var row : auditor.all(By.cssSelector("#audit-problems tbody tr"))) {
                String first = row.findElements(By.tagName("td")).get(0).getText().strip();
                assertTrue(ledgers.contains(first), row::getText);
            }
            assertFalse(auditor.source().contains("???"), "a message key without its text");
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

    /**
     * PrimeFaces' CSP mode refuses to answer a post whose nonce is not the page's (forged, or of a page of an ended
     * session) with the page again: the "page expired" page, recorded, never a 500. (The nonce is not what guards
     * against forged posts: the view state is, above.)
     */
    @Test
    void a_form_posted_with_a_nonce_that_is_not_the_pages_shows_the_page_expired_not_an_error() {
        JsfClient requester = JsfClient.logIn("solicitante");
        org.jsoup.nodes.FormElement form = requester.get("/").page().select("form#home").forms().get(0);
        JsfClient.Answer answer = requester.submit(form, form.selectFirst("[name='home:filter']"), values -> {
            values.put("home:search", "impresora");
            values.put(JsfClient.NONCE, "bm9uY2UtZmFsc28=");
            return values;
        });
        assertEquals(400, answer.status(), answer::body);
        assertEquals("La página expiró", answer.page().getElementById("error-title").text());
        String events = fixture("/malformed-events", "who", "solicitante");
        assertTrue(events.contains("|nonce CSP ajeno a la página"), events);
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

    private static void assertSecurityHeaders(Map<String, Object> answer, String path, String hsts) {
        assertEquals("nosniff", answer.get("nosniff"), path);
        assertEquals("SAMEORIGIN", answer.get("frame"), path);
        assertPolicy((String) answer.get("csp"), path);
        assertEquals("same-origin", answer.get("referrer"), path);
        assertTrue(String.valueOf(answer.get("permissions")).contains("camera=()"), path);
        assertEquals(hsts, answer.get("hsts"), path);
    }

    /**
     * SIGTI's one Content-Security-Policy (a second header would show here joined by a comma): scripts from SIGTI's
     * files only, and on a Faces page also those with the answer's nonce; never inline scripts or eval.
     */
    private static void assertPolicy(String csp, String path) {
        assertTrue(csp != null && !csp.contains(","), () -> path + ": not one policy: " + csp);
        assertTrue(csp.startsWith("default-src 'self'; img-src 'self' data:; font-src 'self' data:;"
                + " style-src 'self' 'unsafe-inline'; connect-src 'self'; form-action 'self' " + Sigti.KEYCLOAK_URL
                + "; frame-ancestors 'self'; object-src 'none'; base-uri 'self'; "), () -> path + ": " + csp);
        String scripts = csp.substring(csp.indexOf("script-src"));
        if (FACES_PAGES.contains(path)) {
            assertTrue(PAGE_SCRIPTS.matcher(scripts).matches(), () -> path + ": " + csp);
        } else {
            assertEquals("script-src 'self'", scripts, path);
        }
        assertFalse(scripts.contains("unsafe"), () -> path + ": " + csp);
    }

    /** The nonce of a Faces page's policy. */
    private static String nonce(String csp) {
        Matcher scripts = PAGE_SCRIPTS.matcher(csp.substring(csp.indexOf("script-src")));
        assertTrue(scripts.matches(), csp);
        return scripts.group(1);
    }

    /** The security headers of an answer, as {@link #headers(Browser, String)} names them. */
    private static Map<String, Object> headers(HttpResponse<String> answer) {
        HttpHeaders h = answer.headers();
        Map<String, Object> named = new HashMap<>();
        named.put("nosniff", h.firstValue("X-Content-Type-Options").orElse(null));
        named.put("frame", h.firstValue("X-Frame-Options").orElse(null));
        // every value, as a browser's fetch shows more than one
        named.put("csp", h.allValues("Content-Security-Policy").isEmpty() ? null
                : String.join(", ", h.allValues("Content-Security-Policy")));
        named.put("referrer", h.firstValue("Referrer-Policy").orElse(null));
        named.put("permissions", h.firstValue("Permissions-Policy").orElse(null));
        named.put("hsts", h.firstValue("Strict-Transport-Security").orElse(null));
        return named;
    }

    /** Every Set-Cookie of the answers, in order. */
    private static List<String> setCookies(List<HttpResponse<String>> answers) {
        List<String> cookies = answers.stream().flatMap(a -> a.headers().allValues("Set-Cookie").stream()).toList();
        assertFalse(cookies.isEmpty(), "no cookie set");
        return cookies;
    }

    private static String sessionCookie(List<String> cookies) {
        return cookies.stream().filter(c -> cookie(c).getName().equals("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    private static HttpCookie cookie(String setCookie) {
        return HttpCookie.parse(setCookie).get(0);
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
                + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(body => done({"
                + " status: r.status, body: body,"
                + " nosniff: r.headers.get('x-content-type-options'), frame: r.headers.get('x-frame-options'),"
                + " csp: r.headers.get('content-security-policy'), referrer: r.headers.get('referrer-policy'),"
                + " permissions: r.headers.get('permissions-policy'),"
                + " hsts: r.headers.get('strict-transport-security')})))"
                + ".catch(e => done({status: -1, error: String(e)}));", url);
    }
}
