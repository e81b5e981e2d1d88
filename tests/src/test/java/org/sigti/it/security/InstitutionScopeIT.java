package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.sigti.it.procedures.Desk;
import org.sigti.it.procedures.Walk;

/**
 * Four institutions in one installation: a case of MINDEF's manual is invisible to AGETIC's people, even to the
 * Jefe and the Auditor who read every case of their own institution. Its page, its documents, its procedure's page
 * and the catalog answer nothing of it; each attempt is the 403 page and a security event. MINDEF's own Jefe sees
 * it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InstitutionScopeIT extends Walk {

    private static final String S04030402 = "S04.03.04.02";


    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    /** Whether the page is the 403 page. */
    static boolean forbidden(Browser b) {
        return !b.all(By.id("error-title")).isEmpty() && b.text(By.id("error-title")).equals("Acceso no permitido");
    }

    @Test
    void another_institutions_case_is_refused_everywhere_and_each_attempt_is_recorded() {
        String unique = "ambito" + Long.toString(System.nanoTime(), 36);
        knownInServer(SOLICITANTE_MINDEF);
        Desk.Filed c = fileInServer(SOLICITANTE_MINDEF, S04030402, "INSTALACION_SOFTWARE",
                "Instalar lector de firma " + unique, "Caso del MINDEF " + unique);
        List<String> denied = new ArrayList<>();
        try (Browser jefe = Browser.loggedIn("jefe", "/")) {
            // the id in the address
            jefe.open(Sigti.BASE_URL + "/case.xhtml?id=" + c.id());
            assertTrue(forbidden(jefe), "AGETIC's Jefe opens a MINDEF case");
            denied.add("case " + c.id());
            // the documents of the case, fetched as the page would
            Map<String, Object> slip = jefe.fetch(Sigti.BASE_URL + "/files/document?case=" + c.id()
                    + "&type=CLOSING_RECORD");
            assertEquals(403L, ((Number) slip.get("status")).longValue(), slip::toString);
            denied.add("document of case " + c.id());
            // the procedure's page and the catalog
            jefe.open(Sigti.BASE_URL + "/procedure.xhtml?procedure=" + S04030402);
            assertTrue(forbidden(jefe), "AGETIC's Jefe opens a MINDEF procedure page");
            denied.add("procedure " + S04030402);
            jefe.open(Sigti.BASE_URL + "/catalog.xhtml");
            String catalog = jefe.text(By.id("catalog-card"));
            assertAll(() -> assertTrue(catalog.contains("UGAT/AIT-PR01"), "AGETIC's own procedures are listed"),
                    () -> assertFalse(catalog.contains("S04."), "no MINDEF procedure is listed"),
                    () -> assertFalse(catalog.contains("SEPREM-DI"), "no SEPREM procedure is listed"));
            // the whole office's inbox, searched by the case's number
            jefe.open(Sigti.BASE_URL + "/");
            jefe.click(By.id("home:scope"));
            jefe.click(By.cssSelector("li[data-label='Toda la oficina']"));
            jefe.type(By.id("home:search"), c.number());
            jefe.click(By.id("home:filter"));
            jefe.until(d -> d.findElement(By.id("inbox-count")).getText().contains("0"));
            assertFalse(jefe.text(By.id("home")).contains(c.number()), "the office inbox shows no MINDEF step");
        }
        try (Browser auditor = Browser.loggedIn("auditor", "/")) {
            auditor.open(Sigti.BASE_URL + "/case.xhtml?id=" + c.id());
            assertTrue(forbidden(auditor), "AGETIC's Auditor opens a MINDEF case");
            denied.add("case " + c.id());

            // each attempt is a security event, on the Auditor's screen
            auditor.open(Sigti.BASE_URL + "/admin/security-events.xhtml");
            auditor.text(By.cssSelector("[id='events:list_data'] tr[data-ri]"));
            List<String> recorded = new ArrayList<>();
            for (WebElement row : auditor.all(By.cssSelector("[id='events:list_data'] tr[data-ri]"))) {
                String text = row.getText();
                if (text.contains("Acceso denegado") && (text.contains(String.valueOf(c.id()))
                        || text.contains(S04030402))) {
                    recorded.add(text);
                }
            }
            assertTrue(recorded.size() >= denied.size(), () -> "recorded " + recorded + " for " + denied);
        }
        try (Browser mindef = Browser.loggedIn("jefe.ogtie", "/")) {
            mindef.open(Sigti.BASE_URL + "/case.xhtml?id=" + c.id());
            assertFalse(forbidden(mindef), "MINDEF's Jefe reads MINDEF's case");
            assertTrue(mindef.text(By.tagName("main")).contains(c.number()), "the case page shows its number");
            mindef.open(Sigti.BASE_URL + "/catalog.xhtml");
            String catalog = mindef.text(By.id("catalog-card"));
            assertAll(() -> assertTrue(catalog.contains(S04030402)),
                    () -> assertFalse(catalog.contains("UGAT/AIT-PR01")));
        }
        assertEquals(4, denied.size());
    }
}
