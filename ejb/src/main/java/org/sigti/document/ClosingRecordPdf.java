package org.sigti.document;

import static java.util.Objects.requireNonNull;
import static org.sigti.document.PdfSheet.dateTime;
import static org.sigti.document.PdfSheet.orEmpty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.ClosingRecordData.HistoryLine;
import org.sigti.document.PdfSheet.Field;

/**
 * The Registro de cierre del caso: the case's data, the units that solved it, the solution and the knowledge-base
 * article, and the whole history of steps (times in the institution's zone), as the closing steps of the support
 * procedures leave it (UGAT/AIT-PR01 step 10, S04.03.04.02 steps 6 and 8, SEPREM-DI-008.1 step 7). Stateless: inject
 * it or create it with {@code new}.
 */
@ApplicationScoped
public class ClosingRecordPdf {

    /** The record as a PDF (A4, Spanish). */
    public byte[] render(ClosingRecordData data) {
        requireNonNull(data, "Closing record data is required.");
        String procedure = join(" — ", data.procedureCode(), data.procedureName());
        PdfSheet.Header header = new PdfSheet.Header(data.letterhead(), "REGISTRO DE CIERRE DEL CASO",
                procedure.isEmpty() ? null : "Procedimiento " + procedure, data.documentNumber(),
                data.caseNumber() == null ? null : "Caso " + data.caseNumber());
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(data.generatedAt(), data.zone()))) {
            sheet.section("Datos del caso");
            sheet.fields(new Field("NRO. DE CASO", data.caseNumber(), 2), new Field("PRIORIDAD", data.priorityLabel(), 1.5f),
                    new Field("DURACIÓN", duration(data.openedAt(), data.closedAt()), 1.5f));
            sheet.fields(new Field("PROCEDIMIENTO", procedure, 1));
            sheet.fields(new Field("SOLICITANTE", data.requesterName(), 1), new Field("UNIDAD SOLICITANTE", data.unitName(), 1));
            sheet.fields(new Field("APERTURA", dateTime(data.openedAt(), data.zone()), 1),
                    new Field("CIERRE", dateTime(data.closedAt(), data.zone()), 1),
                    new Field("CERRADO POR", data.closedBy(), 1.6f));
            sheet.fields(new Field("UNIDADES RESOLUTORAS", String.join(" » ", data.resolverUnits()), 1));
            sheet.gap(10);

            sheet.section("Solución");
            sheet.textBox("SOLUCIÓN APLICADA", data.solution(), 60);
            sheet.fields(new Field("ARTÍCULO DE LA BASE DE CONOCIMIENTO",
                    data.kbArticleCode() == null ? "Ninguno" : data.kbArticleCode(), 1));
            sheet.gap(10);

            sheet.section("Historial del caso (hora de " + data.zone().getId() + ")");
            if (data.history().isEmpty()) {
                sheet.paragraph("Sin pasos registrados.", sheet.italic, PdfSheet.SMALL_SIZE);
            } else {
                List<String[]> rows = new ArrayList<>();
                for (HistoryLine line : data.history()) {
                    rows.add(new String[] {dateTime(line.when(), data.zone()),
                        join(" · ", line.stepNumber(), line.stepName()), join("\n", line.who(), line.role()),
                        line.comment()});
                }
                sheet.table(new float[] {1.45f, 2.1f, 2.05f, 4.4f},
                        new String[] {"FECHA Y HORA", "PASO", "RESPONSABLE", "COMENTARIO"}, rows);
            }
            return sheet.finish();
        }
    }

    /** "2 días 3 h 15 min", or empty when a time is missing. */
    static String duration(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return "";
        }
        Duration duration = Duration.between(from, to);
        long days = duration.toDays();
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(days == 1 ? " día " : " días ");
        }
        return text.append(duration.toHoursPart()).append(" h ").append(duration.toMinutesPart()).append(" min")
                .toString();
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (!orEmpty(part).isEmpty()) {
                present.add(part.strip());
            }
        }
        return String.join(separator, present);
    }
}
