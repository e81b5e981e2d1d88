package org.sigti.it.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/**
 * An oficio of MINDEF's OGTIE walked in the browser by its own people: the Técnico of INFRA drafts it and asks the
 * Responsable of INFRA for the visto bueno; she gives it and signs first, the Jefe of the OGTIE (who cannot sign
 * before her) signs second, and the last signature numbers it in MINDEF's format, on the page and in the PDF. A
 * second oficio of the unit in the same year gets the next number. A user of AGETIC gets a 403 for both the page
 * and the PDF.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficialDocumentsWalkIT {

    private static final String AUTHOR = "tecnico.infra";
    private static final String REVIEWER = "responsable.infra";
    private static final String CHIEF = "jefe.ogtie";
    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void an_oficio_gets_a_visto_bueno_two_signatures_in_order_and_its_number_and_the_next_one_follows()
            throws Exception {
        int year = LocalDate.now(ZoneId.of("America/Lima")).getYear();
        Pattern format = Pattern.compile("OFICIO N° (\\d{6})-" + year + "-MINDEF/OGTIE");

        long first = drafted("Renovación de licencias de antivirus");
        String number = signedInOrder(first);
        long second = drafted("Mantenimiento del centro de datos");
        String next = signedInOrder(second);

        Matcher m = format.matcher(number);
        Matcher n = format.matcher(next);
        assertTrue(m.matches(), number);
        assertTrue(n.matches(), next);
        assertEquals(Long.parseLong(m.group(1)) + 1, Long.parseLong(n.group(1)), () -> number + " then " + next);

        try (Browser author = Browser.loggedIn(AUTHOR, "/document/view.xhtml?id=" + first)) {
            String pdf = pdfText(author.download("/files/official-document?id=" + first));
            for (String piece : List.of(number, "Ministerio de Defensa", "Renovación de licencias de antivirus",
                    "Responsable de INFRA", "Jefe de la OGTIE")) {
                assertTrue(pdf.contains(piece), () -> piece + " missing from the PDF: " + pdf);
            }
            List<String> trail = author.all(By.cssSelector("#document-trail .sigti-trail-row")).stream()
                    .map(r -> r.getAttribute("data-action")).toList();
            assertEquals(List.of("DRAFTED", "REVIEW_ASKED", "APPROVED", "SIGNED", "SIGNED", "NUMBERED"), trail);
            author.submit(By.id("act:send"));
            assertEquals("Enviado", author.text(By.id("document-state")));
        }
        try (Browser other = Browser.loggedIn("jefe", "/")) {
            assertEquals(403L, ((Number) other.fetch(Sigti.BASE_URL + "/document/view.xhtml?id=" + first)
                    .get("status")).longValue());
            assertEquals(403L, ((Number) other.fetch(Sigti.BASE_URL + "/files/official-document?id=" + first)
                    .get("status")).longValue());
        }
    }

    /** The author drafts an oficio of the OGTIE and asks for the visto bueno. @return its id */
    private static long drafted(String subject) {
        try (Browser b = Browser.loggedIn(AUTHOR, "/document/list.xhtml")) {
            b.nav("nav-documents");
            b.submit(By.id("documents:new"));
            b.select(By.id("draft:kind"), "OFICIO");
            b.select(By.id("draft:unit"), "OGTIE");
            b.type(By.id("draft:addressees"), "Señor Director General de Administración");
            b.type(By.id("draft:subject"), subject);
            b.type(By.id("draft:reference"), "Informe técnico N° 012-2026-OGTIE/INFRA");
            b.type(By.id("draft:body"), "Tengo el agrado de dirigirme a usted.\n\nHago propicia la ocasión.");
            b.type(By.id("draft:reviewer"), REVIEWER);
            List<WebElement> signers = b.all(By.cssSelector("input.sigti-signer"));
            List<WebElement> capacities = b.all(By.cssSelector("input.sigti-capacity"));
            signers.get(0).sendKeys(REVIEWER);
            capacities.get(0).sendKeys("Responsable de INFRA");
            signers.get(1).sendKeys(CHIEF);
            capacities.get(1).sendKeys("Jefe de la OGTIE");
            b.select(By.id("draft:unitRecipients"), "INFRA");
            b.type(By.id("draft:externalRecipients"), "Superintendencia Nacional de Bienes Estatales");
            b.submit(By.id("draft:save"));
            b.text(By.id("document-number"));
            Matcher id = ID.matcher(b.url());
            assertTrue(id.find(), b.url());
            assertEquals("Borrador", b.text(By.id("document-state")));
            b.submit(By.id("act:askReview"));
            assertEquals("En revisión", b.text(By.id("document-state")));
            return Long.parseLong(id.group(1));
        }
    }

    /** Visto bueno, then the Responsable and the Jefe sign in that order. @return the number on the page */
    private static String signedInOrder(long id) {
        String page = "/document/view.xhtml?id=" + id;
        try (Browser reviewer = Browser.loggedIn(REVIEWER, page)) {
            reviewer.submit(By.id("act:approve"));
            assertTrue(reviewer.text(By.id("document-state")).startsWith("En firma"));
        }
        try (Browser chief = Browser.loggedIn(CHIEF, page)) {
            chief.text(By.id("document-state"));
            assertTrue(chief.all(By.id("act:sign")).isEmpty(), "the Jefe signs only after the Responsable");
        }
        try (Browser reviewer = Browser.loggedIn(REVIEWER, page)) {
            reviewer.submit(By.id("act:sign"));
            assertTrue(reviewer.text(By.id("document-state")).contains("espera la firma de"));
            assertTrue(reviewer.all(By.id("act:sign")).isEmpty(), "signed once, the Responsable signs no more");
        }
        try (Browser chief = Browser.loggedIn(CHIEF, page)) {
            chief.submit(By.id("act:sign"));
            assertEquals("Firmado", chief.text(By.id("document-state")));
            return chief.text(By.id("document-number"));
        }
    }

    private static String pdfText(byte[] bytes) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
