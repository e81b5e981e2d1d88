package org.sigti.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sigti.document.Letterhead;

/** The charts drawn on the server and the PDF export that embeds one. */
class DashboardChartsTest {

    private static final ChartData DATA = new ChartData("Casos por procedimiento", "Del 01/01/2026 al 30/06/2026",
            List.of("Procedimiento", "Abiertos", "Cerrados"), List.of("S04.05.00.01 — Producción estadística", "-"),
            List.of(List.of("S04.05.00.01 — Producción estadística", "3", "2"), List.of("-", "1", "0")),
            List.of(new ChartData.Series("Abiertos", Arrays.asList(3.0, 1.0)),
                    new ChartData.Series("Cerrados", Arrays.asList(2.0, null))), false);

    @Test
    void a_chart_is_an_opaque_png_of_the_agreed_size() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(DashboardCharts.png(DATA)));
        assertEquals(DashboardCharts.WIDTH, image.getWidth());
        assertEquals(DashboardCharts.HEIGHT, image.getHeight());
        assertTrue(!image.getColorModel().hasAlpha(), "no transparency: it prints in PDF/A as it is");
    }

    @Test
    void an_empty_table_still_draws_a_chart() throws Exception {
        ChartData empty = new ChartData("Vencimientos", "", List.of("Tipo", "Vencidos"), List.of(), List.of(),
                List.of(new ChartData.Series("Vencidos", List.of())), false);
        assertTrue(ImageIO.read(new ByteArrayInputStream(DashboardCharts.png(empty))) != null);
    }

    @Test
    void the_pdf_export_holds_the_chart_as_an_image_and_the_table_as_text() throws Exception {
        byte[] pdf = DashboardPdf.write(Letterhead.of("Ministerio de Defensa"), java.time.ZoneId.of("America/Lima"),
                new DashboardPdf.Content(DATA, "Sin datos."));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Ministerio de Defensa", "Casos por procedimiento",
                    "Del 01/01/2026 al 30/06/2026", "Producción estadística", "Abiertos")) {
                assertTrue(text.contains(expected), () -> expected + " missing in:\n" + text);
            }
            long images = 0;
            for (var name : document.getPage(0).getResources().getXObjectNames()) {
                if (document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject i
                        && i.getWidth() == DashboardCharts.WIDTH) {
                    images++;
                }
            }
            assertEquals(1, images, "the chart is on the first page");
        }
    }

    @Test
    void long_row_labels_are_shortened_on_the_axis_only() {
        assertEquals("corto", DashboardCharts.shorten("corto"));
        String shortened = DashboardCharts.shorten("x".repeat(40));
        assertEquals(DashboardCharts.LABEL_MAX, shortened.length());
        assertTrue(shortened.endsWith("…"));
    }
}
