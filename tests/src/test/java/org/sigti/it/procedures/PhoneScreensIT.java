package org.sigti.it.procedures;

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
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * Issue 19, items 8 and 0: SIGTI on a phone, and "Nueva solicitud" in the requester's words. At 390 CSS pixels wide (Chrome's device mode, touch), the requester
 * (solicitante) opens the home page and "Nueva solicitud", files a request and reads its case page, and the Operador
 * (operador) finds it in the inbox and acts on its step: no page scrolls sideways, the inbox's rows reflow with their
 * column names, and the buttons a finger taps are at least 44 px high.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneScreensIT extends Walk {

    private static final String PR01 = "UGAT/AIT-PR01";
    private static final int TOUCH = 44;

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void at_390_px_a_request_is_filed_and_acted_on_without_sideways_scrolling() {
        Desk requester = desk("solicitante");
        Desk operator = desk("operador");
        requester.browser().phone(true);
        operator.browser().phone(true);
        try {
            Browser phone = requester.browser();
            phone.open(Sigti.BASE_URL + "/");
            assertFits(phone, "the requester's home page");
            phone.open(Sigti.BASE_URL + "/request.xhtml");
            assertFits(phone, "Nueva solicitud");
            assertTappable(phone, By.id("request:submit"));
            // issue 19, item 0: the requester reads what they may ask for in their words, nothing chosen for them
            assertEquals(List.of("— Elija lo que necesita —", "Tengo un problema con mi equipo, un programa o un sistema",
                    "Necesito poner en producción un sistema nuevo", "Necesito actualizar un sistema que está en"
                            + " producción"), phone.all(By.cssSelector("[id='request:procedure'] option")).stream()
                    .map(WebElement::getText).map(String::strip).toList());
            assertEquals("¿Qué necesita? *", phone.text(By.cssSelector("label[for='request:procedure']")));
            phone.type(By.id("request:title"), "Sin elegir qué necesito");
            phone.submit(By.id("request:submit"));
            assertEquals("Elija lo que necesita en «¿Qué necesita?». No se registró ninguna solicitud.",
                    requester.messages());

            String title = "La impresora del piso 3 no imprime " + Long.toString(System.nanoTime(), 36);
            Filed c = requester.file(Draft.of(PR01, "REPARACION_EQUIPO", title,
                    "Al enviar un documento a la impresora del tercer piso aparece el mensaje «sin conexión» y no"
                            + " imprime nada desde esta mañana."));
            assertFits(phone, "the case page of the request filed");

            operator.browser().open(Sigti.BASE_URL + "/");
            assertFits(operator.browser(), "the Operador's inbox");
            operator.openFromInbox(c.number(), "2");
            assertFits(operator.browser(), "the case page at its open step");
            assertTrue(operator.browser().all(By.cssSelector("button, input[type='submit']")).stream()
                    .filter(WebElement::isDisplayed).allMatch(b -> b.getSize().getHeight() >= TOUCH),
                    "every button of the case page is at least " + TOUCH + " px high");
            operator.act("2", "continuar", "impacto", "MEDIA", "urgencia", "ALTA");
            assertFits(operator.browser(), "the case page after the move");
            assertTrue(operator.openSteps().stream().anyMatch(s -> s.startsWith("3=")), operator.openSteps()::toString);

            // the inbox's rows reflow: each cell shows its column's name
            operator.browser().open(Sigti.BASE_URL + "/");
            operator.browser().type(By.id("home:search"), c.number());
            operator.browser().click(By.id("home:filter"));
            String columns = operator.browser().until(d -> {
                var titles = d.findElements(By.cssSelector("[id='home:inbox_data'] tr[data-ri] .ui-column-title"))
                        .stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
                return titles.isEmpty() ? null : String.join("|", titles);
            });
            assertTrue(columns.contains("Paso"), columns);
            assertFits(operator.browser(), "the inbox with a row");
        } finally {
            requester.browser().phone(false);
            operator.browser().phone(false);
        }
    }

    private static void assertFits(Browser phone, String where) {
        assertEquals("", phone.sidewaysOverflow(), where + " scrolls sideways at 390 px");
    }

    private static void assertTappable(Browser phone, By button) {
        int height = phone.until(d -> d.findElement(button).getSize().getHeight());
        assertTrue(height >= TOUCH, button + " is " + height + " px high");
    }
}
