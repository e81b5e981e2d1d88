package org.sigti.it.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.JsfClient;
import org.sigti.it.procedures.Desk.Filed;
import org.sigti.it.procedures.Walk;

/**
 * The quality screen of a case ({@code /quality/matrix.xhtml?case=ID}, issue 15 item 3): the case's QA analyst
 * (Responsable del análisis de calidad, {@code tecnico.calidad}) designs a test case and reports a defect in the
 * browser (a blank field is refused with the field's name, nothing saved), and downloads the Informe de defectos;
 * the help desk's Operador reads it without any action offered; a requester gets 403 for the page and its PDF.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityPageIT extends Walk {

    private static final String ANALYST = "tecnico.calidad";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void the_analyst_edits_the_matrix_and_defects_others_read_and_a_requester_is_refused() throws Exception {
        // given a MINDEF case in QA, its analyst tecnico.calidad, 3 interfaces planned
        String unique = Long.toString(System.nanoTime(), 36);
        Filed c = fileInServer(SOLICITANTE_MINDEF, "S04.03.04.02", null, "Sistema de expedientes " + unique,
                "Control de calidad del sistema de expedientes.");
        assertEquals(ANALYST + ",1;||", fixture("/quality", "case", String.valueOf(c.id()), "analyst", ANALYST));
        String page = "/quality/matrix.xhtml?case=" + c.id();

        // a requester may open neither the page nor its PDFs
        JsfClient requester = JsfClient.logIn(SOLICITANTE_MINDEF.user());
        assertEquals(403, requester.get(page).status());
        assertEquals(403, requester.get("/files/quality?case=" + c.id() + "&doc=defects").status());

        // when the analyst designs a test case (first forgetting its functionality) and reports a defect
        try (Browser analyst = Browser.loggedIn(ANALYST, page)) {
            assertEquals("true", analyst.until(d -> d.findElement(By.id("qa-sheet")).getAttribute("data-may-edit")));
            analyst.type(By.id("newCase:description"), "El usuario inicia sesión con su cuenta institucional.");
            analyst.type(By.id("newCase:steps"), "1. Abrir el sistema 2. Ingresar");
            analyst.type(By.id("newCase:expected"), "Se muestra la bandeja.");
            analyst.select(By.id("newCase:priority"), "HIGH");
            analyst.submit(By.id("newCase:add"));
            assertTrue(analyst.text(By.id("messages")).contains("Funcionalidad / historia de usuario: es obligatorio"),
                    () -> analyst.text(By.id("messages")));
            analyst.type(By.id("newCase:functionality"), "HU-01 Iniciar sesión");
            analyst.submit(By.id("newCase:add"));
            assertTrue(analyst.text(By.id("messages")).contains("Se agregó el caso de prueba"),
                    () -> analyst.text(By.id("messages")));
            assertEquals("CP-01", analyst.text(By.cssSelector("tr.sigti-qa-case .sigti-qa-code")));

            analyst.select(By.id("defect:severity"), "CRITICAL");
            analyst.type(By.id("defect:description"), "Sin sesión " + unique);
            analyst.type(By.id("defect:reproduce"), "Ingresar con un usuario de la DGA.");
            analyst.submit(By.id("defect:report"));
            assertEquals("Abierto", analyst.text(By.cssSelector("tr.sigti-qa-defect .sigti-qa-status")));
            assertEquals("1", analyst.text(By.id("qa-pending")));

            // then the Informe de defectos holds it
            try (PDDocument pdf = Loader.loadPDF(analyst.download("/files/quality?case=" + c.id() + "&doc=defects"))) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("INFORME DE DEFECTOS") && text.contains("Sin sesión " + unique)
                        && text.contains("Crítica") && text.contains("Abierto"), text);
            }
        }
        assertEquals(ANALYST + ",1;|HU-01 Iniciar sesión,HIGH;|CRITICAL,OPEN;",
                fixture("/quality", "case", String.valueOf(c.id())));

        // the help desk reads the matrix and the report, and is offered no action
        Document read = JsfClient.logIn(OPERADOR_MESA.user()).get(page).page();
        assertEquals("false", read.getElementById("qa-sheet").attr("data-may-edit"));
        assertTrue(read.select("tr.sigti-qa-case").text().contains("HU-01 Iniciar sesión"), read::html);
        assertNull(read.getElementById("newCase"));
        assertNull(read.getElementById("defect"));
        assertNull(read.getElementById("attach"));
    }
}
