package org.sigti.it.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.sigti.it.procedures.Walk;

/**
 * The office's indicator dashboard (issue 17, item 6) over known cases of a year no other test uses
 * ({@link DashboardFixture}): MINDEF's Jefe reads the figures per procedure, priority and unit and the access
 * review's completion, and exports a table as XLSX, CSV and PDF (its chart embedded), the chart itself an image/png
 * read by GET; the ESTAD Responsable sees their unit only and is refused another (403); a requester is refused the page
 * and the chart (403).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT extends Walk {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void the_figures_of_known_cases_show_export_and_chart_by_role() throws Exception {
        // given known cases of a year of their own
        int year = 2001 + (int) (System.nanoTime() % 97 + 97) % 97;
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String[] procedures = fixture("/dashboard", "year", String.valueOf(year), "tag", tag).split("\\|");
        String a = procedures[0];
        String b = procedures[1];
        String period = "/dashboard/index.xhtml?from=01/01/" + year + "&to=31/12/" + year;

        // when MINDEF's Jefe opens the dashboard for that year: every unit, AGETIC's case not counted
        try (Browser jefe = Browser.loggedIn(JEFE_OGTIE.user(), "/")) {
            jefe.nav("nav-dashboard");
            jefe.open(Sigti.BASE_URL + period);
            assertEquals(List.of(a, "3", "2", "1", "1"), row(jefe, "procedure", a));
            assertEquals(List.of(b, "1", "0", "0", "1"), row(jefe, "procedure", b));
            assertEquals(List.of("2", "2", "1", "1"), row(jefe, "priority", "P1").subList(1, 5));
            assertEquals(List.of("1", "0", "0", "0"), row(jefe, "priority", "P2").subList(1, 5));
            assertEquals(List.of("Sin prioridad", "1", "0", "0", "1"), row(jefe, "priority", "-"));
            assertEquals(List.of("2", "2", "1", "1"), row(jefe, "unit", "ESTAD").subList(1, 5));
            assertEquals(List.of("2", "0", "0", "1"), row(jefe, "unit", "GOBTI").subList(1, 5));
            assertTrue(jefe.all(By.cssSelector("#figures-unit tr[data-key='DGA']")).isEmpty(),
                    "the requester's own item does not make their unit one of the case's");
            assertEquals(List.of(year + "-1", "2", "1", "50,0 %"), row(jefe, "access_review", year + "-1"));

            // the chart: a GET that answers image/png, a picture
            String src = jefe.all(By.cssSelector("#table-procedure img.sigti-chart")).get(0).getAttribute("src");
            Map<String, Object> answer = jefe.fetch(src);
            assertEquals(200L, ((Number) answer.get("status")).longValue());
            assertEquals("image/png", answer.get("type"));
            byte[] png = jefe.download(src.substring(src.indexOf("/dashboard/")));
            assertEquals(900, ImageIO.read(new ByteArrayInputStream(png)).getWidth());

            // the exports of the table per procedure
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(jefe, 0, "xlsx")))) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals("Procedimiento", sheet.getRow(0).getCell(0).getStringCellValue());
                assertEquals("Dentro del nivel de servicio", sheet.getRow(0).getCell(3).getStringCellValue());
                Row first = rowOf(sheet, a);
                assertEquals("3", first.getCell(1).getStringCellValue());
                assertEquals("1", first.getCell(4).getStringCellValue());
                assertEquals(2, sheet.getLastRowNum(), "a header and the two procedures of the year");
            }
            String csv = new String(export(jefe, 0, "csv"), StandardCharsets.UTF_8);
            assertTrue(csv.contains("\"" + b + "\";\"1\";\"0\";\"0\";\"1\""), csv);
            try (PDDocument pdf = Loader.loadPDF(export(jefe, 0, "pdf"))) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("Solicitudes por procedimiento") && text.contains(a)
                        && text.contains("Del 01/01/" + year + " al 31/12/" + year), text);
                PDResources resources = pdf.getPage(0).getResources();
                long charts = 0;
                for (COSName name : resources.getXObjectNames()) {
                    charts += resources.getXObject(name) instanceof PDImageXObject i && i.getWidth() == 900 ? 1 : 0;
                }
                assertEquals(1, charts, "the chart (900 px wide) is in the PDF");
            }
        }

        // the ESTAD Responsable: their unit's cases only, and no other unit
        try (Browser responsable = Browser.loggedIn("responsable.estad", "/")) {
            responsable.open(Sigti.BASE_URL + period);
            assertEquals(List.of(a, "2", "2", "1", "1"), row(responsable, "procedure", a));
            assertTrue(responsable.all(By.cssSelector("#figures-procedure tr[data-key='" + b + "']")).isEmpty());
            assertEquals(List.of(year + "-1", "1", "1", "100,0 %"),
                    row(responsable, "access_review", year + "-1"));
            assertEquals(1, responsable.all(By.cssSelector("#unit option")).size(), "their unit alone is offered");
        }
        JsfClient responsable = JsfClient.logIn("responsable.estad");
        assertEquals(403, responsable.get(period + "&unit=GOBTI").status());

        // a requester: neither the page nor a chart
        JsfClient requester = JsfClient.logIn(SOLICITANTE_MINDEF.user());
        assertEquals(403, requester.get(period).status());
        assertEquals(403, requester.get("/dashboard/chart?table=procedure").status());
    }

    /** The cells of a table's row, by the row's key. */
    private static List<String> row(Browser b, String table, String key) {
        List<WebElement> cells = b.all(By.cssSelector("#figures-" + table + " tr[data-key='" + key + "'] td"));
        assertTrue(!cells.isEmpty(), () -> "no row " + key + " in " + table + ":\n" + b.source());
        return cells.stream().map(WebElement::getText).toList();
    }

    private static Row rowOf(Sheet sheet, String key) {
        for (Row row : sheet) {
            if (key.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in the sheet");
    }

    /** The export form posted through a table's button, as a full (non-ajax) POST does, read as bytes. */
    private static byte[] export(Browser b, int table, String format) {
        String dataUrl = (String) b.runAsync("const done = arguments[arguments.length - 1];"
                + " const form = document.getElementById('exports');"
                + " const data = new URLSearchParams(new FormData(form)); data.append(arguments[0], 'x');"
                + " fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                + ".then(r => r.blob()).then(blob => { const reader = new FileReader();"
                + " reader.onload = () => done(reader.result); reader.readAsDataURL(blob); });",
                "exports:tables:" + table + ":" + format);
        return Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
    }
}
