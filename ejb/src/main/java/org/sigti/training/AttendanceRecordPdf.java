package org.sigti.training;

import static org.sigti.document.PdfSheet.orEmpty;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.Letterhead;
import org.sigti.document.PdfSheet;
import org.sigti.document.PdfSheet.Field;

/**
 * The Acta de capacitación as a PDF (A4, Spanish): the session (date, place, topic, system, trainer) and the
 * attendance list with each attendee's name, unit, DNI or e-mail and signature. Stateless.
 */
@ApplicationScoped
public class AttendanceRecordPdf {

    /** What the acta prints. */
    public record Data(Letterhead letterhead, String format, String procedureCode, String caseNumber,
            TrainingSession session, String systemName, Instant generatedAt, ZoneId zone) {
    }

    public byte[] render(Data d) {
        TrainingSession s = d.session();
        PdfSheet.Header header = new PdfSheet.Header(d.letterhead(), "ACTA DE CAPACITACIÓN",
                d.format() + (d.procedureCode() == null ? "" : " — Procedimiento " + d.procedureCode()), null,
                d.caseNumber() == null ? null : "Caso " + d.caseNumber());
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(d.generatedAt(), d.zone()))) {
            sheet.section("Datos de la capacitación");
            sheet.fields(new Field("FECHA", PdfSheet.date(s.date()), 1), new Field("LUGAR", s.place(), 2));
            sheet.fields(new Field("TEMA", s.topic(), 1));
            sheet.fields(new Field("SISTEMA", orEmpty(d.systemName()), 2), new Field("CAPACITADOR(A)", s.trainer(), 2));
            sheet.gap(10);
            sheet.section("Lista de asistentes");
            List<String[]> rows = new ArrayList<>();
            int n = 1;
            for (Attendee a : s.attendees()) {
                rows.add(new String[] {String.valueOf(n++), a.name(), a.unit(), a.dniOrEmail(),
                    a.signed() ? "Sí" : "No"});
            }
            sheet.table(new float[] {0.4f, 2.4f, 2f, 1.8f, 0.8f}, new String[] {"N°", "NOMBRES Y APELLIDOS",
                "UNIDAD DE ORGANIZACIÓN", "DNI / CORREO", "FIRMÓ"}, rows);
            return sheet.finish();
        }
    }
}
