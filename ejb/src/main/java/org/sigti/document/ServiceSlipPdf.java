package org.sigti.document;

import static java.util.Objects.requireNonNull;
import static org.sigti.document.PdfSheet.date;
import static org.sigti.document.PdfSheet.dateTime;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.PdfSheet.Field;
import org.sigti.document.PdfSheet.Signature;
import org.sigti.document.ServiceSlipData.Confirmation;

/**
 * SEPREM-DI-008.1 Soporte técnico a usuarios, step 8: the Boleta de entrega de servicio the user signs when the
 * technician hands over the service. With the user's electronic confirmation in SIGTI it states who confirmed and
 * when; without it, it has blank signature lines for the paper signature. Stateless: inject it or create it with
 * {@code new}.
 */
@ApplicationScoped
public class ServiceSlipPdf {

    /** The slip as a PDF (A4, Spanish). */
    public byte[] render(ServiceSlipData data) {
        requireNonNull(data, "Slip data is required.");
        PdfSheet.Header header = new PdfSheet.Header(data.letterhead(), "BOLETA DE ENTREGA DE SERVICIO",
                "Constancia del servicio de soporte técnico entregado al usuario", data.number(),
                data.caseNumber() == null ? null : "Caso " + data.caseNumber());
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(data.generatedAt(), data.zone()))) {
            sheet.section("Datos del servicio");
            sheet.fields(new Field("NRO. DE CASO", data.caseNumber(), 1),
                    new Field("FECHA DE ENTREGA", date(data.deliveryDate()), 1));
            sheet.fields(new Field("USUARIO", data.userName(), 1), new Field("UNIDAD", data.unitName(), 1));
            sheet.fields(new Field("TÉCNICO QUE ENTREGA EL SERVICIO", data.technicianName(), 1));
            sheet.gap(10);
            sheet.textBox("SERVICIO ENTREGADO", data.serviceDelivered(), 100);
            sheet.gap(10);

            sheet.section("Conformidad del usuario");
            Confirmation confirmation = data.confirmation();
            if (confirmation != null) {
                sheet.fields(new Field("CONFIRMADO POR", confirmation.confirmedBy(), 1),
                        new Field("FECHA Y HORA DE CONFIRMACIÓN",
                                dateTime(confirmation.confirmedAt(), data.zone()) + " (" + data.zone().getId() + ")",
                                1));
                sheet.gap(6);
                sheet.paragraph("Conformidad registrada electrónicamente en SIGTI por el usuario; esta boleta no "
                        + "requiere firma manuscrita.", sheet.italic, PdfSheet.SMALL_SIZE);
            } else {
                sheet.gap(4);
                sheet.paragraph("Recibí a mi conformidad el servicio descrito.", sheet.regular, PdfSheet.VALUE_SIZE);
                sheet.gap(16);
                sheet.signatures(List.of(
                        new Signature("FIRMA DEL USUARIO", data.userName(), "Fecha: " + SupportFormPdf.BLANK_DATE),
                        new Signature("FIRMA DEL TÉCNICO", data.technicianName(), null)));
            }
            return sheet.finish();
        }
    }
}
