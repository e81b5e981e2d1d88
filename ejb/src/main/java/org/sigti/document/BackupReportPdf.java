package org.sigti.document;

import static java.util.Objects.requireNonNull;
import static org.sigti.document.PdfSheet.dateTime;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.PdfSheet.Field;

/**
 * The Informe de ejecución de copias de respaldo that the Jefe sends to the Dirección (SEPREM-DI-008.2/008.3 step
 * 8): which schedule ran when, the copies made (name, date and time, size, SHA-256, locations) and their integrity
 * verification, and the history of the run's case. Stateless.
 */
@ApplicationScoped
public class BackupReportPdf {

    public byte[] render(BackupReportData data) {
        requireNonNull(data, "Report data is required.");
        PdfSheet.Header header = new PdfSheet.Header(data.letterhead(), "INFORME DE EJECUCIÓN DE COPIAS DE RESPALDO",
                "Procedimiento " + data.procedureCode() + " — " + data.procedureName(), null,
                "Caso " + data.caseNumber());
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(data.generatedAt(), data.zone()))) {
            sheet.section("Ejecución");
            sheet.fields(new Field("CALENDARIO", data.scheduleName(), 2), new Field("PROGRAMADA", data.plannedAt(),
                    1.3f), new Field("TIPO", data.catchUp() ? "Recuperación" : "Programada", 1));
            sheet.fields(new Field("OBJETO COPIADO", data.target(), 2), new Field("ESTADO", data.status(), 1),
                    new Field("TÉCNICO RESPONSABLE", data.tecnico(), 1.3f));
            sheet.fields(new Field("UBICACIONES PREVISTAS", data.locations(), 1));
            sheet.gap(10);
            sheet.section("Copias registradas (hora de " + data.zone().getId() + ")");
            if (data.copies().isEmpty()) {
                sheet.paragraph("Sin copias registradas.", sheet.italic, PdfSheet.SMALL_SIZE);
            } else {
                List<String[]> rows = new ArrayList<>();
                for (BackupReportData.Copy c : data.copies()) {
                    rows.add(new String[] {c.fileName(), dateTime(c.takenAt(), data.zone()),
                        String.format("%,d", c.sizeBytes()), c.sha256(), c.locations(),
                        c.verification() + (c.verifiedBy() == null ? "" : "\n" + c.verifiedBy() + " "
                                + dateTime(c.verifiedAt(), data.zone())) + (c.detail() == null ? "" : "\n"
                                        + c.detail())});
                }
                sheet.table(new float[] {2.2f, 1.4f, 1.2f, 3f, 1.7f, 1.9f}, new String[] {"ARCHIVO", "FECHA Y HORA",
                    "TAMAÑO (BYTES)", "SHA-256", "UBICACIONES", "VERIFICACIÓN"}, rows);
            }
            sheet.gap(10);
            sheet.section("Historial del caso");
            List<String[]> rows = new ArrayList<>();
            for (ClosingRecordData.HistoryLine line : data.history()) {
                rows.add(new String[] {dateTime(line.when(), data.zone()), String.join(" · ", line.stepNumber(),
                    line.stepName()), line.who(), line.comment()});
            }
            sheet.table(new float[] {1.45f, 2.5f, 1.8f, 4.2f}, new String[] {"FECHA Y HORA", "PASO", "RESPONSABLE",
                "COMENTARIO"}, rows);
            return sheet.finish();
        }
    }
}
