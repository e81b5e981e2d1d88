package org.sigti.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.JsfClient;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk;

/**
 * Saved views of the inbox (issue 19, item 3): AGETIC's Responsable of the AIT filters the whole unit's inbox to two
 * requests and saves the filters under a name, shared with the unit; the unit's Operador finds the view beside their
 * own with its count, applies it and sees the two; the Operador saves a personal view (no sharing offered) that the
 * Responsable does not see; a person of another unit sees neither; the owner deletes the shared view.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SavedViewsIT {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void a_view_shared_with_the_unit_is_found_counted_and_applied_by_its_people() {
        String unique = "vista" + Long.toString(System.nanoTime(), 36);
        List<Desk.Filed> filed;
        try (Desk requester = Desk.login("solicitante", "vista")) {
            filed = List.of(
                    requester.file(Desk.Draft.of("UGAT/AIT-PR01", "ACCESO_SISTEMA", "Impresora " + unique, "No imprime.")),
                    requester.file(Desk.Draft.of("UGAT/AIT-PR01", "ACCESO_SISTEMA", "Monitor " + unique, "Parpadea.")));
        }
        String shared = "Pendientes " + unique;
        String personal = "Mías " + unique;
        JsfClient.logIn("operador"); // known to SIGTI, with their unit

        // the Responsable: the whole unit, the two requests, saved and shared
        try (Browser responsable = Browser.loggedIn("responsable", "/")) {
            responsable.click(By.id("home:scope"));
            responsable.click(By.cssSelector("li[data-label='Toda mi unidad']"));
            // the menu's own select, which the filter posts, holds the unit's scope (the overlay's click may land
            // before its panel has finished opening)
            assertEquals(Boolean.TRUE, responsable.runAsync("const done = arguments[arguments.length - 1];"
                    + " const scope = document.getElementById('home:scope_input');"
                    + " if (scope.value !== 'UNIT') { scope.value = 'UNIT'; }"
                    + " done(scope.value === 'UNIT');"));
            responsable.type(By.id("home:search"), unique);
            responsable.click(By.id("home:filter"));
            responsable.until(d -> d.findElement(By.id("inbox-count")).getText().startsWith("2 "));
            responsable.type(By.id("home:viewName"), shared);
            responsable.click(By.cssSelector("#home\\:viewShare .ui-chkbox-box"));
            responsable.click(By.id("home:saveView"));
            responsable.until(d -> d.findElement(By.id("home:views-messages")).getText().contains("compartió"));
            String line = responsable.text(By.cssSelector("li.sigti-saved-view[data-name='" + shared + "']"));
            assertTrue(line.contains(shared + " (2)") && line.contains("compartida con AIT"), line);
            responsable.assertNoCspViolation();
        }

        // the unit's Operador: the shared view, counted in their own scope, applied; a personal view of their own
        try (Browser operador = Browser.loggedIn("operador", "/")) {
            String line = operador.text(By.cssSelector("li.sigti-saved-view[data-name='" + shared + "']"));
            assertTrue(line.contains(shared + " (2)") && line.contains("compartida por responsable"), line);
            assertTrue(operador.all(By.id("home:viewShare")).isEmpty(), "an Operador is not offered sharing");
            operador.click(By.cssSelector("li.sigti-saved-view[data-name='" + shared + "'] .sigti-view-apply"));
            operador.until(d -> d.findElement(By.id("inbox-count")).getText().startsWith("2 "));
            String inbox = operador.text(By.id("home:inbox"));
            assertTrue(inbox.contains(filed.get(0).number()) && inbox.contains(filed.get(1).number()), inbox);
            assertEquals(unique, operador.until(d -> d.findElement(By.id("home:search")).getAttribute("value")));
            assertTrue(operador.all(By.cssSelector("li.sigti-saved-view[data-name='" + shared + "'] .sigti-view-delete"))
                    .isEmpty(), "only its owner deletes a view");
            operador.type(By.id("home:viewName"), personal);
            operador.click(By.id("home:saveView"));
            operador.until(d -> d.findElement(By.id("home:views-messages")).getText().contains("Se guardó"));
            assertTrue(operador.text(By.cssSelector("li.sigti-saved-view[data-name='" + personal + "']"))
                    .contains(personal + " (2)"));
        }

        // another unit's Técnico sees neither; the Responsable does not see the Operador's personal view
        JsfClient tecnico = JsfClient.logIn("tecnico");
        String other = tecnico.get("/").body();
        assertFalse(other.contains(shared) || other.contains(personal), "another unit sees no view of the AIT");
        try (Browser responsable = Browser.loggedIn("responsable", "/")) {
            assertTrue(responsable.all(By.cssSelector("li.sigti-saved-view[data-name='" + personal + "']")).isEmpty());
            // the owner deletes the shared view: gone for the unit
            responsable.click(By.cssSelector("li.sigti-saved-view[data-name='" + shared + "'] .sigti-view-delete"));
            responsable.until(d -> d.findElement(By.id("home:views-messages")).getText().contains("Se eliminó"));
        }
        assertFalse(JsfClient.logIn("operador").get("/").body().contains(shared), "the deleted view is gone");
    }
}
