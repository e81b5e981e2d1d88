package org.sigti.it.canned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.JsfClient;
import org.sigti.it.procedures.Desk.Filed;
import org.sigti.it.procedures.Walk;

/**
 * Canned responses (issue 19, item 5): MINDEF's Jefe(a) writes one for its support procedure (S04.03.04.02), a text
 * without a body being refused with the field's message and nothing stored; the help desk's Operador picks it on a
 * ticket's step 2, inserts it into the comment, adds a word and returns the ticket, and the trail keeps the whole
 * comment; AGETIC's staff never see it; a requester may not open the screen (403); retired, it is no longer offered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CannedResponsesIT extends Walk {

    private static final String SUPPORT = "S04.03.04.02";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void the_office_writes_a_canned_response_and_the_help_desk_inserts_it_into_a_step() {
        String unique = Long.toString(System.nanoTime(), 36);
        String title = "Faltan datos " + unique;
        String body = "Su solicitud no indica el número de inventario del equipo: vuelva a registrarla con ese dato.";
        try (Browser jefe = Browser.loggedIn(JEFE_OGTIE.user(), "/")) {
            jefe.nav("nav-canned");
            // a text without its body: refused with the field's message, nothing stored
            jefe.select(By.id("draft:procedure"), SUPPORT);
            jefe.type(By.id("draft:title"), title);
            jefe.submit(By.id("draft:save"));
            assertTrue(jefe.text(By.id("messages")).contains("Texto: es obligatorio"), () -> jefe.text(By.id("messages")));
            assertEquals("|", canned(title, 0));

            jefe.type(By.id("draft:body"), body);
            jefe.submit(By.id("draft:save"));
            jefe.until(d -> d.findElement(By.id("messages")).getText().contains("Se guardó"));
            assertTrue(jefe.text(By.cssSelector("#canned\\:list")).contains(title), jefe::source);
            jefe.assertNoCspViolation();
        }
        assertEquals("MINDEF," + SUPPORT + ",si,jefe.ogtie;|", canned(title, 0));

        // the help desk picks it on step 2 of a ticket, inserts it, adds a word and returns the ticket
        Filed c = fileInServer(SOLICITANTE_MINDEF, SUPPORT, null, "No funciona mi equipo " + unique, "No enciende.");
        try (Browser desk = Browser.loggedIn(OPERADOR_MESA.user(), "/case.xhtml?id=" + c.id())) {
            String step = "section[data-step='2'] ";
            desk.select(By.cssSelector(step + "select[data-field='canned']"),
                    desk.all(By.cssSelector(step + "select[data-field='canned'] option")).stream()
                            .filter(o -> o.getText().equals(title)).findFirst().orElseThrow().getAttribute("value"));
            desk.click(By.cssSelector(step + ".sigti-canned-insert"));
            desk.until(d -> d.findElement(By.cssSelector(step + "textarea[data-field='comment']"))
                    .getAttribute("value").equals(body));
            desk.until(d -> { // after what was inserted, as the user would type
                d.findElement(By.cssSelector(step + "textarea[data-field='comment']")).sendKeys(" Gracias.");
                return true;
            });
            desk.click(By.cssSelector(step + "[data-outcome='no_cumple']"));
            desk.until(d -> d.findElement(By.id("messages")).getText().length() > 0);
        }
        assertEquals("2:" + body + " Gracias.;", canned(title, c.id()).split("\\|", -1)[1]);

        // AGETIC's operator does not see MINDEF's texts; a requester may not open the screen
        JsfClient agetic = JsfClient.logIn(OPERADOR.user());
        assertTrue(!agetic.get("/canned/list.xhtml").body().contains(title), "another institution's text");
        assertEquals(403, JsfClient.logIn(SOLICITANTE_MINDEF.user()).get("/canned/list.xhtml").status());

        // retired, it is no longer offered on the ticket's next step, and stays stored
        try (Browser jefe = Browser.loggedIn(JEFE_OGTIE.user(), "/canned/list.xhtml?procedure=" + SUPPORT)) {
            jefe.click(By.cssSelector(".sigti-canned-retire[data-title='" + title + "']"));
            jefe.until(d -> d.findElement(By.id("messages")).getText().contains("Se retiró"));
        }
        assertEquals("MINDEF," + SUPPORT + ",no,jefe.ogtie;", canned(title, c.id()).split("\\|", -1)[0]);
        JsfClient desk = JsfClient.logIn(OPERADOR_MESA.user());
        assertNull(desk.get("/case.xhtml?id=" + c.id()).page().selectFirst("select[data-field='canned'] option:contains("
                + title + ")"), "a retired text is not offered");
    }

    private static String canned(String title, long caseId) {
        return fixture("/canned", "title", title, "case", String.valueOf(caseId));
    }
}
