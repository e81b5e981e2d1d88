package org.sigti.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.document.Letterhead;
import org.sigti.backup.BackupSemesterFigures.FailedCopy;
import org.sigti.document.Pdfs;

class BackupSemesterReportPdfTest {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    @Test
    void the_report_totals_the_schedules_and_lists_the_failed_copies() {
        List<BackupSemesterRow> rows = List.of(
                new BackupSemesterRow("Copia diaria SISCO", "S04.03.02.01", "UIT", 181, 176, 1, 2, 2, 178, 170, 3,
                        5L * 1024 * 1024 * 1024),
                new BackupSemesterRow(null, null, null, 0, 0, 0, 0, 0, 2, 1, 0, 512 * 1024 * 1024));
        List<FailedCopy> failures = List.of(new FailedCopy(42, "SOL-2026-000042", "sisco-20260301.dump",
                Instant.parse("2026-03-01T08:00:00Z"), 1_000_000, "pg_restore: tabla faltante"));

        byte[] pdf = new BackupSemesterReportPdf().render(Letterhead.of("Ministerio de Defensa — OGTIE"),
                "Procedimiento S04.03.02.01 — pasos 12 a 14", "2026-1",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), rows, failures,
                Instant.parse("2026-07-01T11:00:00Z"), LIMA);

        String text = Pdfs.flat(pdf);
        Pdfs.assertShows(text, "INFORME DE COPIA DE RESPALDO", "S04.03.02.01", "2026-1", "01/01/2026", "30/06/2026",
                "Copia diaria SISCO", "(copias fuera de calendario)", "181", "176", "5,0 GiB", "5,5 GiB",
                "SOL-2026-000042", "sisco-20260301.dump", "pg_restore: tabla faltante", "01/03/2026");
    }

    @Test
    void an_empty_semester_says_so() {
        byte[] pdf = new BackupSemesterReportPdf().render(Letterhead.of("Ministerio de Defensa — OGTIE"),
                "Procedimiento S04.03.02.01 — pasos 12 a 14", "2026-2",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), List.of(), List.of(),
                Instant.parse("2027-01-01T11:00:00Z"), LIMA);

        Pdfs.assertShows(Pdfs.flat(pdf), "No hubo ejecuciones programadas", "Ninguna copia del semestre falló");
    }

    @Test
    void sizes_read_as_people_read_them() {
        assertEquals("512 B", BackupSemesterReportPdf.size(512));
        assertEquals("1,5 KiB", BackupSemesterReportPdf.size(1536));
        assertEquals("4,0 MiB", BackupSemesterReportPdf.size(4L * 1024 * 1024));
    }
}
