package org.sigti.procedure.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sigti.dashboard.ChartData;
import org.sigti.document.Letterhead;

/** The Anuario Estadístico is written from the accepted tables: sections, figures, a chart as an image, the cover. */
class YearbookDocumentTest {

    private static final YearbookDocument.Table PER01 = new YearbookDocument.Table("PER-01",
            "Personal militar en actividad por categoría y sexo", "Fuerza Aérea del Perú", 2,
            List.of("categoria", "observacion", "hombres", "mujeres", "total"), List.of(false, false, true, true, true),
            List.of(List.of("OFI", "", "1234", "321", "1555"), List.of("TRO", "", "3000", "700", "3700"),
                    List.of("TOTAL", "", "4234", "1021", "5255")));

    @Test
    void the_yearbook_has_its_sections_the_figures_the_chart_and_the_cover() throws Exception {
        byte[] cover = png(300, 400);
        byte[] pdf = new YearbookDocument().write(new YearbookDocument.Content(Letterhead.of("Ministerio de Defensa"),
                ZoneId.of("America/Lima"), "S04.05.00.01", "SOL-2026-000001", "2026", "Nota: cifras al 31/12.",
                "Cuadro 1 y gráfico 1.", List.of(cover), List.of(PER01),
                List.of("- Fuerza Aérea del Perú, PER-01: aceptado (versión 2)")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            int last = -1;
            for (int i = 0; i < YearbookDocument.SECTIONS.size(); i++) {
                String heading = ((i + 1) + ". " + YearbookDocument.SECTIONS.get(i)).toUpperCase(Locale.ROOT);
                int at = text.indexOf(heading);
                assertTrue(at > last, () -> heading + " missing or out of order: " + text);
                last = at;
            }
            for (String piece : List.of("ANUARIO ESTADÍSTICO DEL SECTOR DEFENSA 2026", "CUADRO N° 1",
                    "PER-01 Personal militar en actividad por categoría y sexo — Fuerza Aérea del Perú (versión 2)",
                    "OFI 1234 321 1555", "TOTAL 4234 1021 5255", "Nota: cifras al 31/12.", "aceptado (versión 2)")) {
                assertTrue(text.contains(piece), () -> piece + " missing from: " + text);
            }
            List<String> images = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image.getWidth() + "x" + image.getHeight());
                    }
                }
            }
            assertTrue(images.contains("900x420"), images::toString);
            assertTrue(images.contains("300x400"), images::toString);
        }
    }

    @Test
    void the_chart_leaves_out_the_total_row_and_the_total_column() {
        ChartData chart = YearbookDocument.chart(PER01, 1);
        assertEquals(List.of("OFI", "TRO"), chart.labels());
        assertEquals(List.of("hombres", "mujeres"), chart.series().stream().map(ChartData.Series::name).toList());
        assertEquals(List.of(1234.0, 3000.0), chart.series().get(0).values());
        assertEquals("Gráfico N° 1: Personal militar en actividad por categoría y sexo", chart.title());
    }

    private static byte[] png(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
