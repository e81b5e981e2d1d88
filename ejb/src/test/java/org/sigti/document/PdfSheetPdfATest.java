package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** Every document SIGTI prints is PDF/A-2b and carries the institution's letterhead on every page. */
class PdfSheetPdfATest {

    private static final ZoneId LA_PAZ = ZoneId.of("America/La_Paz");

    private static final Letterhead DEFENSORIA = new Letterhead("Defensoría del Pueblo",
            "Unidad de Tecnologías de la Información", "Calle Colombia N° 440, San Pedro, La Paz",
            PdfA.png(120, 80, true));

    private static byte[] longSheet(Letterhead letterhead) {
        PdfSheet.Header header = new PdfSheet.Header(letterhead, "INFORME DE PRUEBA", "Subtítulo", "INF-2026-000001",
                "Caso SOL-2026-000001");
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(Instant.EPOCH, LA_PAZ))) {
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                rows.add(new String[] {"Fila " + i, "Ñandú, camión, pingüino → ≤ «»"});
            }
            sheet.table(new float[] {1, 3}, new String[] {"Nro.", "Texto"}, rows);
            return sheet.finish();
        }
    }

    @Test
    void a_sheet_of_several_pages_is_pdfa_2b_with_the_letterhead_on_every_page() throws IOException {
        // when
        byte[] pdf = longSheet(DEFENSORIA);

        // then
        PdfA.assertPdfA2b(pdf);
        int pages = Pdfs.pages(pdf);
        assertTrue(pages > 1, "several pages");
        for (int page = 1; page <= pages; page++) {
            Pdfs.assertShows(Pdfs.page(pdf, page).replaceAll("\\s+", " "), "Defensoría del Pueblo",
                    "Unidad de Tecnologías de la Información", "Calle Colombia N° 440, San Pedro, La Paz",
                    "INFORME DE PRUEBA");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                assertEquals(1, countImages(page), "the logo on every page");
            }
        }
    }

    @Test
    void a_letterhead_without_logo_unit_or_address_prints_the_name_alone() {
        byte[] pdf = longSheet(Letterhead.of("SEPREM"));

        PdfA.assertPdfA2b(pdf);
        Pdfs.assertShows(Pdfs.page(pdf, 1), "SEPREM");
    }

    @Test
    void every_document_of_sigti_is_pdfa_2b() {
        // the boleta, the R-1, the acta de entrega, the closing record and the reports all use the one sheet
        byte[] slip = new ServiceSlipPdf().render(new ServiceSlipData(DEFENSORIA, "BOL-2026-000040",
                "SOL-2026-000321", "Begoña Pérez", "Dirección", "Reemplazo del tóner.", "Joaquín Muñoz",
                LocalDate.of(2026, 5, 4), null, Instant.parse("2026-05-04T22:10:00Z"), LA_PAZ));
        byte[] form = new SupportFormPdf().render(new SupportFormData(DEFENSORIA, null, "R1-2026-000012",
                "SOL-2026-000123", "María Quispe", null, null, null, null, SupportRequestType.ACCESO_SISTEMA,
                "No puedo ingresar.", null, null, null, null, null, LA_PAZ));

        PdfA.assertPdfA2b(slip);
        PdfA.assertPdfA2b(form);
        Pdfs.assertShows(Pdfs.flat(slip), "Defensoría del Pueblo", "Unidad de Tecnologías de la Información");
    }

    private static int countImages(PDPage page) throws IOException {
        int images = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().isImageXObject(name)) {
                images++;
            }
        }
        return images;
    }
}
