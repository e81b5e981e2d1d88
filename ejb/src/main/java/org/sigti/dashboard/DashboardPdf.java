package org.sigti.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.sigti.document.Letterhead;
import org.sigti.document.PdfSheet;

/**
 * A dashboard table's PDF export (A4, PDF/A-2b, the institution's letterhead): the title, the filter in words, the
 * chart as drawn on the screen ({@link DashboardCharts}) and the table. Stateless.
 */
public final class DashboardPdf {

    /** The chart's width on the page, in points. */
    static final float CHART_WIDTH = 480;

    private DashboardPdf() {
    }

    /** What the PDF holds: the table in the reader's words (and its chart, drawn from it). */
    public record Content(ChartData data, String noRows) implements java.io.Serializable {
    }

    static byte[] write(Letterhead letterhead, ZoneId zone, Content content) {
        ChartData data = content.data();
        try (PdfSheet pdf = new PdfSheet(new PdfSheet.Header(letterhead, data.title(), data.subtitle(), "", ""),
                PdfSheet.generatedFooter(Instant.now(), zone))) {
            pdf.image(DashboardCharts.png(data), CHART_WIDTH);
            pdf.gap(6);
            pdf.section(data.title());
            if (data.labels().isEmpty()) {
                pdf.paragraph(content.noRows(), pdf.italic, PdfSheet.SMALL_SIZE);
            } else {
                float[] weights = new float[data.headings().size()];
                java.util.Arrays.fill(weights, 1f);
                weights[0] = 2.5f;
                List<String[]> rows = data.cells().stream().map(r -> r.toArray(String[]::new)).toList();
                pdf.table(weights, data.headings().toArray(String[]::new), rows);
            }
            return pdf.finish();
        }
    }
}
