package org.sigti.backup;

import static org.sigti.document.PdfSheet.dateTime;
import static org.sigti.document.PdfSheet.orEmpty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.Letterhead;
import org.sigti.document.PdfSheet;


/**
 * The list of a semester's restores that SIGTI attaches to the Informe de copia de restauración de información
 * (S04.03.02.02 steps 20–22): one row per restore request closed at step 19, with its case, what was restored, the
 * copy used and who restored it. Stateless: inject it or create it with {@code new}.
 */
@ApplicationScoped
public class RestoreReportPdf {

    /** The list as a PDF (A4, Spanish). */
    public byte[] render(Letterhead letterhead, String subtitle, String semester, LocalDate from, LocalDate to, List<RestoreRow> restores,
            Instant generatedAt, ZoneId zone) {
        PdfSheet.Header header = new PdfSheet.Header(letterhead, "INFORME DE COPIA DE RESTAURACIÓN DE INFORMACIÓN",
                subtitle, semester,
                "Del " + PdfSheet.date(from) + " al " + PdfSheet.date(to));
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(generatedAt, zone))) {
            sheet.section("Restauraciones del semestre " + semester);
            sheet.fields(new PdfSheet.Field("RESTAURACIONES", String.valueOf(restores.size()), 1),
                    new PdfSheet.Field("DESDE COPIAS EXTERNAS A SIGTI",
                            String.valueOf(restores.stream().filter(RestoreRow::outside).count()), 1),
                    new PdfSheet.Field("SOBRESCRIBIERON DATOS DE UN SISTEMA",
                            String.valueOf(restores.stream().filter(RestoreRow::overwrites).count()), 1));
            sheet.gap(8);
            if (restores.isEmpty()) {
                sheet.paragraph("No hubo restauraciones en el semestre.", sheet.italic, PdfSheet.SMALL_SIZE);
            } else {
                List<String[]> rows = new ArrayList<>();
                for (RestoreRow r : restores) {
                    rows.add(new String[] {dateTime(r.restoredAt(), zone), orEmpty(r.caseNumber()),
                        kind(r.targetKind()) + "\n" + orEmpty(r.targetName())
                                + (r.upToDate() == null ? "" : "\nhasta " + PdfSheet.date(r.upToDate())),
                        copy(r),
                        orEmpty(r.restoredBy()) + (r.overwrites() ? "\n(aprobada: sobrescribe datos)" : "")});
                }
                sheet.table(new float[] {1.5f, 1.6f, 2.6f, 2.8f, 2f},
                        new String[] {"FECHA Y HORA", "CASO", "QUÉ SE RESTAURÓ", "COPIA", "RESTAURÓ"}, rows);
            }
            return sheet.finish();
        }
    }

    /** A SIGTI copy by number and file; one made outside SIGTI by what it is, where it is and its date. */
    private static String copy(RestoreRow r) {
        if (r.outside()) {
            return "Copia externa: " + orEmpty(r.outsideCopy().copy()) + "\n" + orEmpty(r.outsideCopy().location())
                    + "\ndel " + PdfSheet.date(r.outsideCopy().takenOn());
        }
        return "N.º " + r.copyId() + "\n" + orEmpty(r.copyFileName());
    }

    private static String kind(String targetKind) {
        return switch (orEmpty(targetKind)) {
            case "SISTEMA" -> "Sistema";
            case "BASE_DATOS" -> "Base de datos";
            case "INFORMACION_PERSONAL" -> "Información personal";
            default -> orEmpty(targetKind);
        };
    }
}
