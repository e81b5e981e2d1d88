package org.sigti.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sigti.it.AlsoOnH2;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;

/**
 * The requester portal and the case page in a real browser: filing with a checked attachment, a refused file type
 * that files nothing, no Defensoría form on an AGETIC case, the mail link that survives the login round-trip, the inbox search, and the knowledge-base
 * article PR01 step 6 records from the case.
 */
@AlsoOnH2
@ExtendWith(ArquillianExtension.class)
class CasePortalIT {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    private static void fill(Browser b, String id, String text) {
        WebElement field = b.all(By.id(id)).get(0);
        field.clear();
        field.sendKeys(text);
    }

    private static void choose(Browser b, String css, String value) {
        new Select(b.all(By.cssSelector(css)).get(0)).selectByValue(value);
    }

    private static void act(Browser b, String step, String outcome) {
        b.click(By.cssSelector("input[data-step='" + step + "'][data-outcome='" + outcome + "']"));
    }

    /** Waits until the case page shows the step open (the previous move's page has loaded). */
    private static void waitForStep(Browser b, String step) {
        b.text(By.cssSelector("section.sigti-open-step[data-step='" + step + "'] h2"));
    }

    private static String fieldOf(String step, String field) {
        return "section.sigti-open-step[data-step='" + step + "'] [data-field='" + field + "']";
    }

    @Test
    void a_request_with_its_file_is_filed_solved_and_becomes_a_knowledge_base_article() throws Exception {
        String unique = "zq" + Long.toString(System.nanoTime(), 36);
        Path png = Files.createTempFile("captura", ".png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13});
        Path fake = Files.createTempFile("virus", ".png");
        Files.writeString(fake, "<script>alert('x')</script>");
        String caseId;
        String number;
        try (Browser requester = new Browser("es")) {
            requester.open(Sigti.BASE_URL + "/");
            requester.login("solicitante", "solicitante");
            requester.waitForUrl(Sigti.BASE_URL);

            // a file whose content is not what its name says: refused, nothing filed
            requester.open(Sigti.BASE_URL + "/request.xhtml");
            new Select(requester.all(By.id("request:procedure")).get(0)).selectByValue("UGAT/AIT-PR01");
            fill(requester, "request:title", "Archivo falso " + unique);
            requester.all(By.id("request:file")).get(0).sendKeys(fake.toString());
            requester.click(By.id("request:submit"));
            assertTrue(requester.text(By.id("messages")).contains("no es de un tipo aceptado"),
                    () -> requester.text(By.id("messages")));
            requester.open(Sigti.BASE_URL + "/");
            assertTrue(!requester.source().contains("Archivo falso " + unique), "a refused request was filed");

            requester.open(Sigti.BASE_URL + "/request.xhtml");
            new Select(requester.all(By.id("request:procedure")).get(0)).selectByValue("UGAT/AIT-PR01");
            new Select(requester.all(By.id("request:type")).get(0)).selectByValue("ACCESO_SISTEMA");
            fill(requester, "request:title", "El escáner del tercer piso no digitaliza " + unique);
            fill(requester, "request:description", "El escáner Ricoh muestra el error SC542 al digitalizar.");
            requester.all(By.id("request:file")).get(0).sendKeys(png.toString());
            requester.click(By.id("request:submit"));
            requester.waitForUrl(Sigti.BASE_URL + "/case.xhtml");
            number = requester.text(By.id("case-number"));
            assertTrue(number.matches("SOL-\\d{4}-\\d{6}"), number);
            assertEquals("Problema de acceso al sistema", requester.text(By.id("case-request-type")));
            List<WebElement> files = requester.all(By.cssSelector("a.sigti-attachment"));
            assertEquals(1, files.size());
            assertTrue(files.get(0).getText().startsWith("captura"), files.get(0).getText());
            caseId = requester.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
            requester.screenshot("portal-filed");

            // the Formulario de soporte técnico (DGP/ESIN-R-1) is the Defensoría's: an AGETIC case does not offer it,
            // and it cannot be downloaded (nor issued) through the address either
            assertTrue(requester.all(By.cssSelector("#case-documents [data-type='SUPPORT_FORM']")).isEmpty(),
                    "an AGETIC case offers no DGP/ESIN-R-1");
            assertEquals(404L, ((Number) requester.fetch(Sigti.BASE_URL + "/files/document?case=" + caseId
                    + "&type=SUPPORT_FORM").get("status")).longValue(), "no R-1 of an AGETIC case");
        }

        try (Browser stranger = new Browser("es")) {
            stranger.open(Sigti.BASE_URL + "/");
            stranger.login("tecnico.adt", "tecnico.adt");
            stranger.waitForUrl(Sigti.BASE_URL);
            assertEquals(403L, ((Number) stranger.runAsync("const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => done(r.status));", Sigti.BASE_URL + "/files/document?case="
                    + caseId + "&type=SUPPORT_FORM")).longValue(), "another unit's technician downloads nothing");
        }

        try (Browser operator = new Browser("es")) {
            // the link of the mails: /case/<id>, through Keycloak's login and back to the case
            operator.open(Sigti.BASE_URL + "/case/" + caseId);
            operator.login("operador", "operador");
            operator.waitForUrl(Sigti.BASE_URL + "/case.xhtml");
            assertTrue(operator.text(By.id("case-title")).contains(unique));

            // the inbox search finds it by a word of its title
            operator.open(Sigti.BASE_URL + "/");
            fill(operator, "home:search", unique);
            operator.click(By.id("home:filter"));
            operator.waitForUrl(Sigti.BASE_URL);
            // the search answers by ajax: the list comes to hold this case alone
            By links = By.cssSelector("[id='home:inbox_data'] a.sigti-case-link");
            try {
                operator.until(d -> d.findElements(links).stream().map(a -> a.getText().strip()).toList()
                        .equals(List.of(number)));
            } catch (org.openqa.selenium.TimeoutException e) {
                fail("the inbox search for " + unique + " lists " + operator.all(links).stream()
                        .map(WebElement::getText).toList() + ", not " + number + " alone");
            }

            operator.open(Sigti.BASE_URL + "/case.xhtml?id=" + caseId);
            choose(operator, fieldOf("2", "impacto"), "MEDIA");
            choose(operator, fieldOf("2", "urgencia"), "ALTA");
            act(operator, "2", "continuar");
            assertTrue(operator.text(By.id("case-priority")).startsWith("P2"), operator.text(By.id("case-priority")));
            act(operator, "3", "continuar");
            act(operator, "4", "continuar");
            waitForStep(operator, "5");
            fill(operator, operator.all(By.cssSelector(fieldOf("5", "solucion"))).get(0).getAttribute("id"),
                    "Se reemplazó el rodillo de alimentación del escáner.");
            act(operator, "5", "continuar");
            waitForStep(operator, "6");
            fill(operator, operator.all(By.cssSelector(fieldOf("6", "kb_titulo"))).get(0).getAttribute("id"),
                    "Escáner Ricoh con error SC542 " + unique);
            act(operator, "6", "continuar");
            waitForStep(operator, "7");
            assertEquals("7", operator.all(By.cssSelector("section.sigti-open-step")).get(0).getAttribute("data-step"));
            operator.open(Sigti.BASE_URL + "/kb/articles.xhtml");
            fill(operator, "kb:query", unique);
            operator.click(By.id("kb:search"));
            boolean found = operator.until(d -> d.getPageSource().contains("Escáner Ricoh con error SC542 " + unique));
            assertTrue(found, "the article of step 6");
            operator.screenshot("portal-kb-article");
        }
    }
}
