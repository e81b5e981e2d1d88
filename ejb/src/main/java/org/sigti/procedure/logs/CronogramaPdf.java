package org.sigti.procedure.logs;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.backup.LogBackupJobs;
import org.sigti.document.Letterhead;
import org.sigti.document.PdfSheet;
import org.sigti.document.PdfSheet.Field;

/**
 * The Cronograma anual de revisión de logs of S04.03.01.04 steps 2–3 as a PDF: the manual's columns (Tipo, Nombre del
 * sistema, Frecuencia, Ruta, Nombre del file, Destino, Fecha de respaldo), who wrote it and, once step 3 signs it,
 * who signed it and when (the institution's seal is applied to the signed one). Stateless.
 */
@ApplicationScoped
public class CronogramaPdf {

    /** The coordinator's signature of step 3. */
    record Signature(String name, String capacity, Instant at) {
    }

    byte[] render(Letterhead letterhead, String year, String caseNumber, LogReviewCronograma cronograma,
            String author, Signature signature, Instant now) {
        ZoneId zone = ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"));
        PdfSheet.Header header = new PdfSheet.Header(letterhead, "CRONOGRAMA ANUAL DE REVISIÓN DE LOGS",
                "Año " + year + " · Procedimiento " + S04030104.CODE + " — Administración de eventos y log de sistemas",
                null, "Caso " + caseNumber);
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(now, zone))) {
            sheet.section("Sistemas críticos y logs de eventos (backup a las " + LogBackupJobs.AT + ")");
            sheet.table(new float[] {1.1f, 1.9f, 1.15f, 1.3f, 1.6f, 1.45f, 1.85f},
                    LogReviewCronograma.HEADINGS.toArray(String[]::new), cronograma.rows().stream()
                            .map(r -> r.cells().toArray(String[]::new)).toList());
            sheet.gap(12);
            sheet.fields(new Field("ELABORADO POR", author + " — Profesional para la OGTIE", 1));
            if (signature == null) {
                sheet.fields(new Field("ESTADO", "Pendiente de revisión y firma del coordinador de infraestructura",
                        1));
            } else {
                sheet.fields(new Field("FIRMADO POR", signature.name() + " — " + signature.capacity(), 1));
                sheet.fields(new Field("FECHA DE FIRMA", PdfSheet.dateTime(signature.at(), zone), 1));
            }
            return sheet.finish();
        }
    }
}
