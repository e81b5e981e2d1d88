package org.sigti.document;

import static java.util.Objects.requireNonNull;
import static org.sigti.document.PdfSheet.date;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.PdfSheet.Field;
import org.sigti.document.PdfSheet.Signature;

/**
 * DGP/ESIN-R-1 Formulario de soporte técnico (Anexo 1 "Solicitud de soporte técnico" of DPG/ESIN-PRO-5
 * Mantenimiento de Sistemas), step (c1): the requester's data, the nine request types with an X on the chosen one,
 * the description, the work performed and its date, and the signature blocks SOLICITANTE, ATENDIDO POR and
 * AUTORIZADO POR. Stateless: inject it or create it with {@code new}.
 */
@ApplicationScoped
public class SupportFormPdf {

    /** Printed where the date of the work is still to be written by hand. */
    static final String BLANK_DATE = "_____/_____/__________";

    /** The form as a PDF (A4, Spanish). */
    public byte[] render(SupportFormData data) {
        requireNonNull(data, "Form data is required.");
        PdfSheet.Header header = new PdfSheet.Header(data.letterhead(), "SOLICITUD DE SOPORTE TÉCNICO",
                SupportFormData.FORM_NAME + " · " + data.formCode(), data.documentNumber(),
                data.caseNumber() == null ? null : "Caso " + data.caseNumber());
        try (PdfSheet sheet = new PdfSheet(header, PdfSheet.generatedFooter(data.generatedAt(), data.zone()))) {
            sheet.section("Datos del solicitante");
            sheet.fields(new Field("SOLICITANTE", data.requesterName(), 3),
                    new Field("FECHA DE SOLICITUD", date(data.requestDate()), 1.3f));
            sheet.fields(new Field("NRO. TEL. CELULAR", data.phone(), 1.3f),
                    new Field("CORREO ELECTRÓNICO", data.email(), 3));
            sheet.fields(new Field("UNIDAD", data.unitName(), 3),
                    new Field("NRO. DE CASO", data.caseNumber(), 1.3f));
            sheet.gap(10);

            sheet.section("Tipo de solicitud (marque con una X)");
            List<String> types = Arrays.stream(SupportRequestType.values()).map(SupportRequestType::label).toList();
            sheet.checkboxes(types, data.requestType() == null ? -1 : data.requestType().ordinal(), 2);
            sheet.gap(10);

            sheet.textBox("DESCRIPCIÓN DE LA SOLICITUD", data.description(), 110);
            sheet.gap(10);
            // the date closes the box, as on the paper form
            String work = PdfSheet.orEmpty(data.workPerformed());
            sheet.textBox("TRABAJO REALIZADO", (work.isEmpty() ? "\n\n\n" : work + "\n\n") + "Fecha: "
                    + (data.workDate() == null ? BLANK_DATE : date(data.workDate())), 90);
            sheet.gap(14);

            sheet.signatures(List.of(new Signature("SOLICITANTE", data.requesterName(), null),
                    new Signature("ATENDIDO POR", data.attendedBy(), null),
                    new Signature("AUTORIZADO POR", data.authorizedBy(), null)));
            return sheet.finish();
        }
    }
}
