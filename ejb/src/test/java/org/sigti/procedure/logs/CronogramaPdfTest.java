package org.sigti.procedure.logs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sigti.document.Letterhead;
import org.sigti.document.Pdfs;

/** The Cronograma anual de revisión de logs as a PDF: the manual's columns, its author and, once signed, its signer. */
class CronogramaPdfTest {

    private static final String ROWS = "Seguridad; AD; Diaria; C:\\Windows\\System32\\winevt\\Logs; Security.evtx;"
            + " \\\\backup01\\logs\\AD; 2027-01-04\nAplicación; AD; Semanal; C:\\Windows\\System32\\winevt\\Logs;"
            + " Application.evtx; \\\\backup01\\logs\\AD; 2027-01-05\nSistema; AD; Mensual;"
            + " C:\\Windows\\System32\\winevt\\Logs; System.evtx; \\\\backup02\\logs\\AD; 2027-01-06";

    private final CronogramaPdf pdf = new CronogramaPdf();

    @Test
    void the_signed_cronograma_has_the_manual_s_columns_and_says_who_signed() {
        // when
        String text = Pdfs.flat(pdf.render(Letterhead.of("Ministerio de Defensa"), "2027", "SOL-2026-000042",
                LogReviewCronograma.parse(ROWS, Set.of("AD")), "Andrés Molina Cabrera", new CronogramaPdf.Signature(
                        "Isabel Romero Ríos", S04030104.SIGNER_CAPACITY, Instant.parse("2026-12-07T15:00:00Z")),
                Instant.parse("2026-12-07T15:00:00Z")));

        // then
        Pdfs.assertShows(text, "CRONOGRAMA ANUAL DE REVISIÓN DE LOGS", "Año 2027", "S04.03.01.04", "SOL-2026-000042",
                "TIPO", "NOMBRE DEL SISTEMA", "FRECUENCIA", "RUTA", "NOMBRE DEL FILE", "DESTINO",
                "FECHA DE RESPALDO", "Security.evtx", "Application.evtx", "System.evtx", "backup02", "2027-01-06",
                "Andrés Molina Cabrera", "FIRMADO POR", "Isabel Romero Ríos",
                "Responsable de la coordinación del equipo de infraestructura tecnológica");
        assertFalse(text.contains("Pendiente de revisión"), text);
    }

    @Test
    void the_draft_waits_for_the_coordinator_s_signature() {
        String text = Pdfs.flat(pdf.render(Letterhead.of("Ministerio de Defensa"), "2027", "SOL-2026-000042",
                LogReviewCronograma.parse(ROWS, Set.of("AD")), "Andrés Molina Cabrera", null,
                Instant.parse("2026-12-07T15:00:00Z")));
        assertTrue(text.contains("Pendiente de revisión y firma del coordinador de infraestructura"), text);
        assertFalse(text.contains("FIRMADO POR"), text);
    }

    @Test
    void the_annual_report_counts_the_year_s_log_copies_per_job() {
        String text = Pdfs.flat(new AnnualLogReportPdf().render(Letterhead.of("Ministerio de Defensa"), 2026,
                "SOL-2027-000003", java.util.List.of(new Object[] {"Log de Seguridad — AD Active Directory", 365L},
                        new Object[] {"Log de Sistema — AD Active Directory", 12L}), Instant.parse("2027-01-02T10:00:00Z"),
                java.time.ZoneId.of("America/Lima")));
        Pdfs.assertShows(text, "INFORME ANUAL DE COPIA DE LOGS", "Año 2026", "SOL-2027-000003",
                "COPIAS DE LOGS REGISTRADAS DEL 01/01/2026 AL 31/12/2026", "Log de Seguridad — AD Active Directory",
                "365", "TOTAL DE COPIAS", "377");
    }
}
