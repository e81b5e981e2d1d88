package org.sigti.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sigti.document.Letterhead;
import org.sigti.quality.QaRows.DefectRow;
import org.sigti.quality.QaRows.Sheet;
import org.sigti.quality.QaRows.TestCaseRow;

/** The Matriz de diseño de casos de prueba and the Informe de defectos as PDFs: what their text says. */
class QaPdfsTest {

    private static final Letterhead MINDEF = new Letterhead("Ministerio de Defensa",
            "Oficina General de Tecnologías de la Información", "Av. de la Peruanidad s/n", null);
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final Sheet SHEET = new Sheet(7, "S04.02.00.01-2026-000012", "Sistema de expedientes",
            "S04.02.00.01", "11", "12", "tecnico.calidad", 6, 4, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 10),
            2, 1, 1, 0, true);

    @Test
    void the_defect_report_lists_each_defect_by_cycle_with_its_status() throws Exception {
        String text = text(new QaPdfs().defects(MINDEF, LIMA, SHEET, List.of(new DefectRow(1, 1, 1, "CP-01",
                QaDefect.Severity.CRITICAL, "Falla el ingreso.", "Ingresar.", QaDefect.Status.VERIFIED,
                "tecnico.calidad", Instant.parse("2026-12-08T15:00:00Z")))));
        for (String expected : List.of("INFORME DE DEFECTOS", "Formato N° 12", "Caso S04.02.00.01-2026-000012", "Ciclo 2",
                "CICLO DE PRUEBAS 1", "DEF-01", "CP-01", "Crítica", "Falla el ingreso.", "Verificado", "tecnico.calidad",
                "10/12/2026")) {
            assertTrue(text.contains(expected), () -> expected + " missing in:\n" + text);
        }
    }

    @Test
    void the_matrix_shows_the_design_and_the_result_of_each_cycle() throws Exception {
        QaTestRun failed = new QaTestRun(5, 1);
        failed.record("Error 500.", QaTestRun.Verdict.FAIL, "tecnico.calidad", Instant.now());
        QaTestRun passed = new QaTestRun(5, 2);
        passed.record("Bandeja.", QaTestRun.Verdict.PASS, "tecnico.calidad", Instant.now());
        String text = text(new QaPdfs().matrix(MINDEF, LIMA, SHEET, List.of(new TestCaseRow(5, 1, "HU-01", "Ingreso",
                null, "Abrir", "Bandeja", QaTestCase.Priority.HIGH, "Bandeja.", QaTestRun.Verdict.PASS)),
                List.of(failed, passed)));
        for (String expected : List.of("MATRIZ DE DISEÑO DE CASOS DE PRUEBA", "Formato N° 11", "CP-01", "HU-01",
                "Alta", "CICLO DE PRUEBAS 1", "Error 500.", "Fallido", "CICLO DE PRUEBAS 2", "Aprobado")) {
            assertTrue(text.contains(expected), () -> expected + " missing in:\n" + text);
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
