package org.sigti.document;

import static java.util.Objects.requireNonNull;
import static org.sigti.document.PdfSheet.date;
import static org.sigti.document.PdfSheet.dateTime;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.PdfSheet.Field;
import org.sigti.document.PdfSheet.Signature;

/**
 * The forms of delivery the user signs (see {@link HandoverFormData}): what was delivered to whom, by whom and when,
 * and the user's acceptance, electronic in SIGTI or on paper. Stateless: inject it or create it with {@code new}.
 */
@ApplicationScoped
public class HandoverFormPdf {

    /** The form as a PDF (A4, Spanish). */
    public byte[] render(HandoverFormData data) {
        requireNonNull(data, "Form data is required.");
        PdfSheet.Header header = new PdfSheet.Header(data.letterhead(),
                data.wording().title().toUpperCase(java.util.Locale.ROOT), data.wording().subtitle(), data.number(),
                data.caseNumber() == null ? null : "Caso " + data.caseNumber());
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(data.generatedAt(), data.zone()))) {
            sheet.section("Datos de la entrega");
            sheet.fields(new Field("NRO. DE CASO", data.caseNumber(), 1),
                    new Field("FECHA DE ENTREGA", date(data.deliveryDate()), 1));
            sheet.fields(new Field("USUARIO", data.holderName(), 1), new Field("UNIDAD", data.unitName(), 1));
            sheet.fields(new Field("ENTREGADO POR", data.deliveredBy(), 1));
            sheet.gap(10);
            sheet.section(data.wording().itemsTitle());
            List<String[]> rows = new ArrayList<>();
            for (HandoverFormData.Item item : data.items()) {
                rows.add(new String[] {item.code(), item.description()});
            }
            if (rows.isEmpty()) {
                sheet.paragraph("Pendiente de entrega.", sheet.italic, PdfSheet.SMALL_SIZE);
            } else {
                sheet.table(new float[] {3f, 7f}, new String[] {"CÓDIGO", "DESCRIPCIÓN"}, rows);
            }
            sheet.gap(10);
            sheet.section("Aceptación del usuario");
            ServiceSlipData.Confirmation confirmation = data.confirmation();
            if (confirmation != null) {
                sheet.fields(new Field("FIRMADO POR", confirmation.confirmedBy(), 1),
                        new Field("FECHA Y HORA DE FIRMA",
                                dateTime(confirmation.confirmedAt(), data.zone()) + " (" + data.zone().getId() + ")",
                                1));
                sheet.gap(6);
                sheet.paragraph("Aceptación registrada electrónicamente en SIGTI por el usuario; este documento no "
                        + "requiere firma manuscrita.", sheet.italic, PdfSheet.SMALL_SIZE);
            } else {
                sheet.gap(4);
                sheet.paragraph(data.wording().statement(), sheet.regular, PdfSheet.VALUE_SIZE);
                sheet.gap(16);
                sheet.signatures(List.of(
                        new Signature("FIRMA DEL USUARIO", data.holderName(), "Fecha: " + SupportFormPdf.BLANK_DATE),
                        new Signature("FIRMA DE QUIEN ENTREGA", data.deliveredBy(), null)));
            }
            return sheet.finish();
        }
    }
}
