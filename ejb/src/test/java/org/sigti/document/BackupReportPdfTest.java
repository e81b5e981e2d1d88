package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class BackupReportPdfTest {

    private static final ZoneId LA_PAZ = ZoneId.of("America/La_Paz");
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void the_report_shows_the_run_its_copies_with_their_verification_and_the_trail() {
        BackupReportData data = new BackupReportData(Letterhead.of("Defensoría del Pueblo"), "SOL-2026-000042", "SEPREM-DI-008.2",
                "Copia de respaldo de bases de datos", "Copia diaria SISCO", "DATABASE: Base de datos de SISCO",
                "20/11/2026 22:00", true, "Concluida", "tecnico", "Nube privada, Dispositivo externo",
                List.of(new BackupReportData.Copy("sisco-20261120.dump", Instant.parse("2026-11-21T02:05:00Z"),
                        1_048_576, SHA, "Nube privada, Dispositivo externo", "tecnico", "Verificada",
                        "responsable.uit", Instant.parse("2026-11-21T13:00:00Z"), "Restaurada en pruebas.")),
                List.of(new ClosingRecordData.HistoryLine(Instant.parse("2026-11-21T02:00:00Z"), "SIGTI", "",
                        "1", "Fijar la frecuencia", "calendario de responsable.uit")),
                Instant.parse("2026-11-21T14:00:00Z"), LA_PAZ);

        byte[] pdf = new BackupReportPdf().render(data);

        String text = Pdfs.flat(pdf);
        // the title and the long cells wrap: each piece is looked for on its own
        Pdfs.assertShows(text, "INFORME DE EJECUCIÓN DE COPIAS DE", "RESPALDO", "Caso SOL-2026-000042",
                "Copia diaria SISCO", "Recuperación", "sisco-20261120.dump", "20/11/2026", "22:05", "1,048,576",
                "Verificada", "Restaurada en pruebas.", "Fijar la frecuencia");
        String sha = String.join("", java.util.Arrays.stream(text.split(" ")).filter(w -> w.matches("[0-9a-f]{5,}"))
                .toList());
        assertTrue(sha.equals(SHA), () -> "the SHA-256 is printed whole: " + sha);
    }
}
