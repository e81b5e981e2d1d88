package org.sigti.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.document.Letterhead;
import org.sigti.document.Pdfs;

class RestoreReportPdfTest {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    @Test
    void the_report_lists_restores_from_sigti_copies_and_from_copies_made_outside_sigti() {
        List<RestoreRow> rows = List.of(
                new RestoreRow(7, "SOL-2026-000007", 1234L, "sisco-20260301.dump", "BASE_DATOS", "SISCO",
                        LocalDate.of(2026, 3, 1), true, "tecnico", Instant.parse("2026-03-02T15:00:00Z"), null),
                new RestoreRow(8, "SOL-2026-000008", null, null, "INFORMACION_PERSONAL", "Carpeta de la OGTIE",
                        null, false, "tecnico", Instant.parse("2026-04-10T15:00:00Z"),
                        new OutsideCopy("\\\\nas02\\compartido", "instantánea semanal", LocalDate.of(2026, 4, 5))));

        byte[] pdf = new RestoreReportPdf().render(Letterhead.of("Ministerio de Defensa — OGTIE"),
                "Procedimiento S04.03.02.02 — pasos 20 (6) a 22 (8)", "2026-1", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), rows, Instant.parse("2026-07-01T11:00:00Z"), LIMA);

        Pdfs.assertShows(Pdfs.flat(pdf), "INFORME DE COPIA DE RESTAURACIÓN", "SOL-2026-000007", "N.º 1234",
                "sisco-20260301.dump", "SOL-2026-000008", "Copia externa: instantánea semanal", "nas02",
                "05/04/2026", "DESDE COPIAS EXTERNAS A SIGTI");
    }
}
