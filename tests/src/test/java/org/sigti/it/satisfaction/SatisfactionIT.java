package org.sigti.it.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.JsfClient;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk.Filed;
import org.sigti.it.procedures.Mailbox.Mail;
import org.sigti.it.procedures.Walk;

/**
 * Satisfaction at closing (issue 19, item 6): the closing mail of a MINDEF support ticket (S04.03.04.02, returned and
 * closed at step 3) carries the rating link; through it and the login the requester rates 4 with a comment, which
 * the database, the trail and the case page keep; a second rating from a page left open is refused and changes
 * nothing; another reader of the case may not open the rating page (403, recorded); the Jefe's indicators count it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SatisfactionIT extends Walk {

    private static final String SUPPORT = "S04.03.04.02";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void the_requester_rates_a_closed_case_once_and_the_indicators_count_it() {
        // given a ticket closed by the service desk (the walk's set-up in the server) and its closing mail
        String unique = Long.toString(System.nanoTime(), 36);
        Filed c = fileInServer(SOLICITANTE_MINDEF, SUPPORT, null, "Necesito ayuda " + unique, "Ayuda por favor.");
        actInServer(c, "2", OPERADOR_MESA, "no_cumple");
        actInServer(c, "3", OPERADOR_MESA, "devolver");
        String path = "/case/" + c.id() + "/rating";
        Mail closed = mailbox.await(c.number(), SOLICITANTE_MINDEF.email(), "Solicitud cerrada", path);
        assertTrue(closed.body().matches("(?s).*Califíquela de 1 a 5 en http\\S+/sigti" + path + "\\s.*"),
                closed::body);
        // the link as the mail gives it, on the test server (the server's base URL is the installation's)
        String link = Sigti.BASE_URL + path;

        // a second tab of the requester: the case page offers the rating, the rating page shows its form
        JsfClient otherTab = JsfClient.logIn(SOLICITANTE_MINDEF.user());
        assertNotNull(otherTab.get("/case.xhtml?id=" + c.id()).page().getElementById("case-rate"));
        FormElement staleForm = (FormElement) otherTab.get(link).page().getElementById("rate");
        assertNotNull(staleForm, "the requester's rating page shows the form");

        // when the requester follows the mail's link, logs in and rates 4 with a comment
        String comment = "Me respondieron rápido, aunque tuve que volver a escribir " + unique;
        try (Browser requester = new Browser("es")) {
            requester.open(link);
            requester.login(SOLICITANTE_MINDEF.user(), SOLICITANTE_MINDEF.user());
            requester.waitForUrl(Sigti.BASE_URL + "/satisfaction/rate.xhtml?case=" + c.id());
            requester.click(By.cssSelector("input[name='rate:score'][value='4']"));
            requester.type(By.id("rate:comment"), comment);
            requester.submit(By.id("rate:send"));

            // then the case page shows it, with the thanks
            requester.waitForUrl(Sigti.BASE_URL + "/case.xhtml");
            assertTrue(requester.text(By.id("messages")).contains("Gracias"), () -> requester.text(By.id("messages")));
            assertEquals("4", requester.text(By.id("case-rating-score")));
            assertEquals(comment, requester.text(By.id("case-rating-comment")));
            assertTrue(requester.all(By.id("case-rate")).isEmpty(), "no second rating is offered");
        }
        String[] state = fixture("/satisfaction", "case", String.valueOf(c.id()), "username",
                OPERADOR_MESA.user()).split("\\|", -1);
        String period = state[0].replaceAll(".*,", "").replace(";", "");
        assertEquals("4," + comment + ",solicitante.mindef,MESA," + period + ";", state[0]);
        assertTrue(period.matches("\\d{4}-\\d{2}"), period);
        assertEquals("4/5: " + comment + ";", state[1], "the rating is on the case's trail");

        // a second rating, from the page left open, is refused with a message and changes nothing
        Element send = staleForm.getElementById("rate:send");
        JsfClient.Answer again = otherTab.submit(staleForm, send, values -> {
            values.put("rate:score", "1");
            values.put("rate:comment", "Otra opinión");
            return values;
        });
        assertTrue(again.page().text().contains("Usted ya calificó la atención de la solicitud " + c.number()),
                again::body);
        String[] after = fixture("/satisfaction", "case", String.valueOf(c.id()), "username",
                OPERADOR_MESA.user()).split("\\|", -1);
        assertEquals(state[0] + "|" + state[1], after[0] + "|" + after[1]);

        // the service desk reads the rating on the case page, but may not open the rating page: 403, recorded
        JsfClient desk = JsfClient.logIn(OPERADOR_MESA.user());
        assertEquals("4", desk.get("/case.xhtml?id=" + c.id()).page().getElementById("case-rating-score").text());
        assertEquals(403, desk.get(link).status());
        assertEquals("Satisfaction.form;", fixture("/satisfaction", "case", String.valueOf(c.id()), "username",
                OPERADOR_MESA.user()).split("\\|", -1)[3]);

        // nor the indicators, which the Jefe reads: they count it in its month, unit and procedure
        assertEquals(403, desk.get("/satisfaction/indicators.xhtml").status());
        try (Browser jefe = Browser.loggedIn(JEFE_OGTIE.user(), "/")) {
            jefe.nav("nav-satisfaction");
            String row = "tr.sigti-figure-row[data-period='" + period + "'][data-unit='MESA'][data-procedure='"
                    + SUPPORT + "'] ";
            assertEquals(after[2], jefe.text(By.cssSelector(row + ".sigti-count")));
            assertTrue(Integer.parseInt(jefe.text(By.cssSelector(row + ".sigti-score-4"))) >= 1, jefe::source);
        }
    }
}
