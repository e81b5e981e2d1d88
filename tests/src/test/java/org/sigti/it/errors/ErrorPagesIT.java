package org.sigti.it.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Walk;

/**
 * Errors a person meets after a click (issue 19, item 1): the session ended while the page stayed open, and an ajax
 * button is clicked (the "session expired" page, which leads back to the page through the login, instead of a click
 * that does nothing); a defect of SIGTI (the error page with a reference, which the server log carries with the stack
 * trace, never the trace itself); a refusal (said on the page that asked, in the person's language, even when the
 * button re-renders no message list).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorPagesIT extends Walk {

    private static final String WEB = "sigti-web.war";
    private static final String TEST_PAGE = "/test-errors/fail.xhtml";

    @ArquillianResource
    private ManagementClient management;

    /**
     * SIGTI's EAR whose web module also holds a test-only page with failing actions ({@link FailingActions}); nothing
     * else of SIGTI changes.
     */
    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        EnterpriseArchive ear = earWithDriver();
        WebArchive web = ear.getAsType(WebArchive.class, WEB);
        ear.delete(WEB);
        web.addClass(FailingActions.class).addAsWebResource(new StringAsset(PAGE), TEST_PAGE.substring(1));
        ear.addAsModule(web);
        return ear;
    }

    /** A page like SIGTI's (PrimeFaces, its CSP mode): buttons by ajax that re-render nothing, and a full post. */
    private static final String PAGE = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" xmlns:p="primefaces">
            <h:head><title>ErrorPagesIT</title></h:head>
            <h:body>
                <h:form id="f">
                    <p:messages id="messages" showDetail="false"/>
                    <h:outputText id="marker" value="errores"/>
                    <p:commandButton id="defect" value="defect" action="#{failingActions.defect}" process="@this"
                                     update="marker"/>
                    <p:commandButton id="refusal" value="refusal" action="#{failingActions.refusal}" process="@this"
                                     update="marker"/>
                    <p:commandButton id="defect-full" value="defect-full" action="#{failingActions.defect}"
                                     ajax="false"/>
                </h:form>
            </h:body>
            </html>
            """;

    @Test
    void an_ajax_click_after_the_session_expired_shows_the_session_expired_page_and_leads_back() {
        try (Browser requester = Browser.loggedIn("solicitante", "/request.xhtml")) {
            List<String> procedures = requester.all(By.cssSelector("[id='request:procedure'] option")).stream()
                    .map(o -> o.getAttribute("value")).toList();
            assertTrue(procedures.size() > 1, procedures::toString);
            // the idle timeout: the server ends the session while the page stays open in the browser
            String session = requester.cookie("JSESSIONID");
            assertNotNull(session, "the browser holds SIGTI's session cookie");
            invalidate(session);
            // what an ajax post meets then: WildFly's OIDC mechanism answers with a redirect to the login, which an
            // ajax request cannot follow (Keycloak's answer is cross-origin), so PrimeFaces alone would do nothing
            Object answer = requester.runAsync("const done = arguments[arguments.length - 1];"
                    + " fetch(location.href, {method: 'POST', credentials: 'same-origin', redirect: 'manual',"
                    + " headers: {'Faces-Request': 'partial/ajax',"
                    + " 'Content-Type': 'application/x-www-form-urlencoded'}, body: 'jakarta.faces.partial.ajax=true'})"
                    + ".then(r => done(r.type + ' ' + r.status)).catch(e => done('failed ' + e));");

            // choosing another procedure re-renders the form's rows by ajax
            requester.select(By.id("request:procedure"), procedures.get(procedures.size() - 1));
            assertEquals("La sesión expiró", requester.text(By.id("error-title")));
            assertTrue(requester.url().startsWith(Sigti.BASE_URL + "/error/session?page="), requester::url);
            assertTrue(requester.all(By.id("error-reference")).isEmpty(), "not a failure of SIGTI");
            // all the page's policy refused on the way is its own ajax request, redirected off SIGTI (connect-src
            // 'self'), which Chrome reports by the address asked
            List<String> blocked = requester.takeCspViolations();
            assertTrue(blocked.stream().allMatch(v -> v.startsWith("/sigti/request.xhtml: connect-src blocked "
                    + Sigti.BASE_URL + "/request.xhtml")), blocked::toString);

            // back to the page: the link leads to the page asked, through the login (Keycloak's own session still
            // holds), landing on the same page
            String back = requester.until(d -> d.findElement(By.id("error-back")).getAttribute("href"));
            assertEquals(Sigti.BASE_URL + "/request.xhtml", back);
            requester.open(back);
            if (requester.onLoginForm()) {
                requester.login("solicitante", "solicitante");
            }
            requester.text(By.id("request:title"));
            assertTrue(requester.url().startsWith(Sigti.BASE_URL + "/request.xhtml"), requester::url);
            assertEquals("opaqueredirect 0", answer, "an ajax post without a session is sent to the login");
        }
    }

    @Test
    void a_defect_shows_a_reference_that_the_server_log_has_with_the_stack_trace_by_ajax_and_by_a_full_post() {
        try (Browser tecnico = Browser.loggedIn("tecnico", TEST_PAGE)) {
            tecnico.click(By.id("f:defect"));
            assertEquals("Ocurrió un error", tecnico.text(By.id("error-title")));
            String ajax = reference(tecnico.text(By.id("error-reference")));
            assertFalse(tecnico.source().contains(FailingActions.DEFECT), "no exception text on screen");
            assertFalse(tecnico.source().contains("IllegalStateException"), "no class name on screen");
            assertLogged(ajax);

            tecnico.open(Sigti.BASE_URL + TEST_PAGE);
            tecnico.submit(By.id("f:defect-full"));
            assertEquals("Ocurrió un error", tecnico.text(By.id("error-title")));
            String full = reference(tecnico.text(By.id("error-reference")));
            assertFalse(tecnico.source().contains(FailingActions.DEFECT), "no exception text on screen");
            assertLogged(full);
            assertFalse(ajax.equals(full), "each failure has its own reference");
        }
    }

    @Test
    void a_refusal_after_an_ajax_click_is_said_on_the_same_page_in_the_persons_language() {
        try (Browser tecnico = Browser.loggedIn("tecnico", TEST_PAGE)) {
            tecnico.click(By.id("f:refusal"));
            String said = tecnico.text(By.cssSelector("[id='f:messages'] .ui-messages-error-summary"));
            assertEquals("Otra persona ya actuó sobre el paso 3 del caso SOL-2026-424242. Se muestra el estado actual;"
                    + " nada de lo que envió fue guardado.", said);
            assertTrue(tecnico.all(By.id("error-title")).isEmpty(), "the page stays");
            assertEquals("errores", tecnico.text(By.id("f:marker")));
        }
        try (Browser english = new Browser("en")) {
            english.open(Sigti.BASE_URL + TEST_PAGE);
            english.login("tecnico", "tecnico");
            english.click(By.id("f:refusal"));
            assertEquals("Someone else already acted on step 3 of case SOL-2026-424242. The current state is shown;"
                    + " nothing you sent was saved.", english.text(By.cssSelector(
                            "[id='f:messages'] .ui-messages-error-summary")));
            english.click(By.id("f:defect"));
            assertEquals("Something went wrong", english.text(By.id("error-title")));
            assertLogged(reference(english.text(By.id("error-reference"))));
        }
    }

    /** "Referencia: 1a2b3c4d" → "1a2b3c4d". */
    private static String reference(String shown) {
        String reference = shown.substring(shown.indexOf(':') + 1).strip();
        assertTrue(reference.matches("[0-9a-f]{8}"), shown);
        return reference;
    }

    /** The server log has the reference with the failure's stack trace. */
    private static void assertLogged(String reference) {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        String text;
        try {
            text = Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int at = text.indexOf("Error " + reference + " (500)");
        assertTrue(at >= 0, () -> "no line for " + reference + " in " + log);
        // the stack trace follows the line, wrappers first: its causes are further down
        String after = text.substring(at, Math.min(text.length(), at + 60_000));
        assertTrue(after.contains("java.lang.IllegalStateException: " + FailingActions.DEFECT), after);
        assertTrue(after.contains("org.sigti.it.errors.FailingActions.defect(FailingActions.java"), after);
    }

    /** Ends the session on the server as its idle timeout does (WildFly's management operation). */
    private void invalidate(String cookie) {
        ModelNode children = operation("read-children-names", new ModelNode().setEmptyList());
        children.get("child-type").set("deployment");
        ModelNode deployments = execute(children);
        for (ModelNode deployment : deployments.asList()) {
            if (!deployment.asString().endsWith(".ear")) {
                continue;
            }
            ModelNode address = new ModelNode().add("deployment", deployment.asString()).add("subdeployment", WEB)
                    .add("subsystem", "undertow");
            ModelNode listed = execute(operation("list-sessions", address), false);
            if (listed == null) {
                continue;
            }
            for (ModelNode id : listed.asList()) {
                if (cookie.startsWith(id.asString())) {
                    ModelNode invalidate = operation("invalidate-session", address);
                    invalidate.get("session-id").set(id.asString());
                    execute(invalidate);
                    return;
                }
            }
        }
        throw new AssertionError("no session of SIGTI's web module matches the cookie " + cookie);
    }

    private static ModelNode operation(String name, ModelNode address) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        op.get("address").set(address);
        return op;
    }

    private ModelNode execute(ModelNode operation) {
        return execute(operation, true);
    }

    /** The operation's result; null when it failed and {@code required} is false. */
    private ModelNode execute(ModelNode operation, boolean required) {
        try {
            ModelNode result = management.getControllerClient().execute(operation);
            if (!required && !"success".equals(result.get("outcome").asString())) {
                return null;
            }
            assertEquals("success", result.get("outcome").asString(), result::toString);
            return result.get("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
