package org.sigti.backup;

import static org.sigti.document.PdfSheet.dateTime;
import static org.sigti.document.PdfSheet.orEmpty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.backup.BackupSemesterFigures.FailedCopy;
import org.sigti.document.Letterhead;
import org.sigti.document.PdfSheet;


/**
 * The figures SIGTI attaches to the semiannual Informe de copia de respaldo (S04.03.02.01 steps 12–14): per schedule,
 * the runs planned in the semester (done, open, failed, missed while SIGTI was down) and the copies registered
 * (verified, failed, total size); then the copies whose verification failed. Stateless.
 */
@ApplicationScoped
public class BackupSemesterReportPdf {

    /** The figures as a PDF (A4, Spanish). */
    public byte[] render(Letterhead letterhead, String subtitle, String semester, LocalDate from, LocalDate to,
            List<BackupSemesterRow> rows, List<FailedCopy> failures, Instant generatedAt, ZoneId zone) {
        PdfSheet.Header header = new PdfSheet.Header(letterhead, "INFORME DE COPIA DE RESPALDO",
                subtitle, semester,
                "Del " + PdfSheet.date(from) + " al " + PdfSheet.date(to));
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(generatedAt, zone))) {
            sheet.section("Ejecuciones programadas del semestre " + semester);
            sheet.fields(new PdfSheet.Field("PROGRAMADAS", String.valueOf(sum(rows, BackupSemesterRow::planned)), 1),
                    new PdfSheet.Field("REALIZADAS", String.valueOf(sum(rows, BackupSemesterRow::done)), 1),
                    new PdfSheet.Field("PENDIENTES", String.valueOf(sum(rows, BackupSemesterRow::open)), 1),
                    new PdfSheet.Field("CON ERROR", String.valueOf(sum(rows, BackupSemesterRow::failed)), 1),
                    new PdfSheet.Field("NO EJECUTADAS", String.valueOf(sum(rows, BackupSemesterRow::missed)), 1));
            sheet.fields(new PdfSheet.Field("COPIAS REGISTRADAS", String.valueOf(sum(rows, BackupSemesterRow::copies)),
                    1), new PdfSheet.Field("VERIFICADAS", String.valueOf(sum(rows, BackupSemesterRow::verified)), 1),
                    new PdfSheet.Field("VERIFICACIÓN FALLIDA", String.valueOf(sum(rows,
                            BackupSemesterRow::failedCopies)), 1),
                    new PdfSheet.Field("VOLUMEN TOTAL", size(sum(rows, BackupSemesterRow::bytes)), 1));
            sheet.gap(8);
            if (rows.isEmpty()) {
                sheet.paragraph("No hubo ejecuciones programadas ni copias registradas en el semestre.", sheet.italic,
                        PdfSheet.SMALL_SIZE);
            } else {
                List<String[]> table = new ArrayList<>();
                for (BackupSemesterRow r : rows) {
                    table.add(new String[] {r.scheduleName() == null ? "(copias fuera de calendario)"
                            : r.scheduleName() + "\n" + orEmpty(r.procedureCode()) + " · " + orEmpty(r.unitCode()),
                        String.valueOf(r.planned()), String.valueOf(r.done()), String.valueOf(r.open()),
                        String.valueOf(r.failed()), String.valueOf(r.missed()), String.valueOf(r.copies()),
                        String.valueOf(r.verified()), String.valueOf(r.failedCopies()), size(r.bytes())});
                }
                sheet.table(new float[] {3.4f, 1.1f, 1.1f, 1.1f, 1f, 1.2f, 1f, 1.1f, 1.1f, 1.4f},
                        new String[] {"CALENDARIO", "PROGR.", "REALIZ.", "PEND.", "ERROR", "NO EJEC.", "COPIAS",
                            "VERIF.", "FALLIDAS", "VOLUMEN"}, table);
            }
            sheet.section("Copias con verificación fallida");
            if (failures.isEmpty()) {
                sheet.paragraph("Ninguna copia del semestre falló su verificación.", sheet.italic, PdfSheet.SMALL_SIZE);
            } else {
                List<String[]> table = new ArrayList<>();
                for (FailedCopy f : failures) {
                    table.add(new String[] {dateTime(f.takenAt(), zone), orEmpty(f.caseNumber()),
                        "N.º " + f.id() + "\n" + orEmpty(f.fileName()), size(f.sizeBytes()), orEmpty(f.detail())});
                }
                sheet.table(new float[] {1.5f, 1.6f, 2.6f, 1.1f, 3.2f},
                        new String[] {"TOMADA", "CASO", "COPIA", "TAMAÑO", "QUÉ FALLÓ"}, table);
            }
            return sheet.finish();
        }
    }

    private static long sum(List<BackupSemesterRow> rows, java.util.function.ToLongFunction<BackupSemesterRow> f) {
        return rows.stream().mapToLong(f).sum();
    }

    /** A size in bytes as people read it (1 decimal, powers of 1024, Spanish decimal comma). */
    static String size(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(java.util.Locale.forLanguageTag("es"), "%.1f %s", value,
                units[unit]);
    }
}
