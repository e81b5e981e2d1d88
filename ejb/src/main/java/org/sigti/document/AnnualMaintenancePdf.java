package org.sigti.document;

import static java.util.Objects.requireNonNull;
import static org.sigti.document.PdfSheet.dateTime;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.AnnualMaintenanceData.Figures;
import org.sigti.document.AnnualMaintenanceData.Line;
import org.sigti.document.AnnualMaintenanceData.Step;
import org.sigti.document.PdfSheet.Field;

/**
 * The documents of S04.03.04.03's year (procedures.md E18): the Plan de mantenimiento de equipos de cómputo with its
 * cronograma (steps 1–3) and the Informe técnico de mantenimiento de equipos de cómputo e impresoras, Formato N°01
 * (steps 14–15). Stateless: inject it or create it with {@code new}.
 */
@ApplicationScoped
public class AnnualMaintenancePdf {

    static final String[] MONTHS = {"Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto",
        "Septiembre", "Octubre", "Noviembre", "Diciembre"};

    /** The plan with its cronograma, one line per piece of equipment. */
    public byte[] plan(AnnualMaintenanceData data, String subtitle) {
        requireNonNull(data, "Plan data is required.");
        PdfSheet.Header header = new PdfSheet.Header(data.letterhead(), "PLAN DE MANTENIMIENTO DE EQUIPOS DE CÓMPUTO",
                subtitle, "PMT-" + data.year(), "Año " + data.year());
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(data.generatedAt(), data.zone()))) {
            sheet.section("Elaboración y aprobación");
            steps(sheet, data, new String[] {"ELABORADO POR (COORD. INFRAESTRUCTURA)", "TOMA DE CONOCIMIENTO (JEFE)",
                "REVISADO POR (SOPORTE TÉCNICO)"}, data.drafted(), data.acknowledged(), data.reviewed());
            sheet.gap(10);
            sheet.section("Cronograma de mantenimiento preventivo de equipos de cómputo e impresoras");
            sheet.fields(new Field("EQUIPOS PROGRAMADOS", String.valueOf(data.scheduleTotal()), 1));
            List<String[]> rows = new ArrayList<>();
            for (Line line : data.schedule()) {
                rows.add(new String[] {month(line.month()), line.code(), line.equipment(), line.custodian(),
                    line.caseNumber(), line.state()});
            }
            if (rows.isEmpty()) {
                sheet.paragraph("No hay equipos de cómputo ni impresoras programados.", sheet.italic,
                        PdfSheet.SMALL_SIZE);
            } else {
                sheet.table(new float[] {1.2f, 1.6f, 2.8f, 2f, 2.2f, 1.2f}, new String[] {"MES", "CÓDIGO", "EQUIPO",
                    "CUSTODIO", "CASO", "ESTADO"}, rows);
                if (data.scheduleTotal() > rows.size()) {
                    sheet.paragraph("… y " + (data.scheduleTotal() - rows.size()) + " equipos más (ver SIGTI).",
                            sheet.italic, PdfSheet.SMALL_SIZE);
                }
            }
            return sheet.finish();
        }
    }

    /** The annual report with the year's figures frozen at step 14. */
    public byte[] report(AnnualMaintenanceData data, String subtitle) {
        requireNonNull(data, "Report data is required.");
        requireNonNull(data.figures(), "The report's figures are required.");
        PdfSheet.Header header = new PdfSheet.Header(data.letterhead(),
                "INFORME TÉCNICO DE MANTENIMIENTO DE EQUIPOS DE CÓMPUTO E IMPRESORAS", subtitle + " · Formato N°01",
                "ITM-" + data.year(), "Año " + data.year());
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(data.generatedAt(), data.zone()))) {
            sheet.section("Cierre de mantenimientos del año " + data.year());
            Figures f = data.figures();
            sheet.table(new float[] {6f, 2f}, new String[] {"CONCEPTO", "CANTIDAD"}, List.of(
                    new String[] {"Mantenimientos preventivos programados", String.valueOf(f.preventivePlanned())},
                    new String[] {"Mantenimientos preventivos cerrados", String.valueOf(f.preventiveClosed())},
                    new String[] {"Mantenimientos correctivos atendidos", String.valueOf(f.correctiveOpened())},
                    new String[] {"Mantenimientos correctivos cerrados", String.valueOf(f.correctiveClosed())},
                    new String[] {"Equipos atendidos", String.valueOf(f.equipmentServed())},
                    new String[] {"Mantenimientos pendientes", String.valueOf(f.pending())}));
            sheet.gap(10);
            sheet.section("Elaboración y recepción");
            steps(sheet, data, new String[] {"ELABORADO POR (SOPORTE TÉCNICO)",
                "RECIBIDO E INVENTARIO ACTUALIZADO (COORD. INFRAESTRUCTURA)"}, data.reported(), data.received());
            return sheet.finish();
        }
    }

    private static void steps(PdfSheet sheet, AnnualMaintenanceData data, String[] labels, Step... steps) {
        Field[] fields = new Field[steps.length];
        for (int i = 0; i < steps.length; i++) {
            Step s = steps[i];
            fields[i] = new Field(labels[i], s == null ? "Pendiente" : s.by() + "\n" + dateTime(s.at(), data.zone()),
                    1);
        }
        sheet.fields(fields);
    }

    static String month(int month) {
        return month >= 1 && month <= 12 ? MONTHS[month - 1] : "—";
    }
}
