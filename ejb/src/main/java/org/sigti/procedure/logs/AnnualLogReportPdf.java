package org.sigti.procedure.logs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.Letterhead;
import org.sigti.document.PdfSheet;

/**
 * The figures SIGTI attaches to the annual report of S04.03.01.04 (step 11.S): the log copies registered in the year
 * per LOG backup job, and their total. Stateless.
 */
@ApplicationScoped
public class AnnualLogReportPdf {

    /** {@code copiesPerJob}: the job's name and its number of copies, as {@code LogBackupJobs.copiesPerJob} gives. */
    byte[] render(Letterhead letterhead, int year, String caseNumber, List<Object[]> copiesPerJob, Instant now,
            ZoneId zone) {
        List<String[]> rows = new ArrayList<>();
        long total = 0;
        for (Object[] r : copiesPerJob) {
            rows.add(new String[] {(String) r[0], String.valueOf(r[1])});
            total += ((Number) r[1]).longValue();
        }
        PdfSheet.Header header = new PdfSheet.Header(letterhead, "INFORME ANUAL DE COPIA DE LOGS", "Informe sobre la"
                + " copia de eventos y log de sistemas · Año " + year + " · Procedimiento " + S04030104.CODE
                + ", pasos 11 a 13", null, "Caso " + caseNumber);
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(now, zone))) {
            sheet.section("Copias de logs registradas del 01/01/" + year + " al 31/12/" + year);
            if (rows.isEmpty()) {
                sheet.paragraph("Sin copias de logs registradas en el año.", sheet.italic, PdfSheet.SMALL_SIZE);
            } else {
                sheet.table(new float[] {4f, 1f}, new String[] {"TAREA DE BACKUP DE LOGS", "COPIAS"}, rows);
                sheet.fields(new PdfSheet.Field("TOTAL DE COPIAS", String.valueOf(total), 1));
            }
            return sheet.finish();
        }
    }
}
