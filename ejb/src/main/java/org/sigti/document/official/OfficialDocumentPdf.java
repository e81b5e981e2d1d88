package org.sigti.document.official;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.document.Letterhead;
import org.sigti.document.PdfSheet;
import org.sigti.document.PdfSheet.Field;

/**
 * A signed official document as PDF/A, through {@link PdfSheet}'s public API only: the institution's letterhead
 * (name, issuing unit, address, logo) on top, the number and date, the addressees, "Asunto" and "Referencia", the paragraphs, and the signature block:
 * who signed, as what, when.
 */
@ApplicationScoped
public class OfficialDocumentPdf {

    public byte[] render(OfficialDocumentView d, Letterhead letterhead) {
        PdfSheet.Header header = new PdfSheet.Header(letterhead, d.kind().heading(), null, d.number(),
                PdfSheet.dateTime(d.date(), d.zone()));
        try (PdfSheet sheet = new PdfSheet(header, d.number())) {
            sheet.fields(new Field("NÚMERO", d.number(), 2), new Field("FECHA", PdfSheet.date(
                    d.date().atZone(d.zone()).toLocalDate()), 1), new Field("UNIDAD", d.unitCode(), 1));
            sheet.fields(new Field(d.kind().manyAddressees() ? "A LOS SEÑORES" : "AL SEÑOR", d.addressees(), 1));
            sheet.fields(new Field("ASUNTO", d.subject(), 1));
            if (d.reference() != null) {
                sheet.fields(new Field("REFERENCIA", d.reference(), 1));
            }
            sheet.gap(6);
            sheet.fields(new Field("CONTENIDO", String.join("\n\n", d.paragraphs()), 1));
            sheet.gap(10);
            sheet.section("Firmas");
            List<String[]> rows = d.signers().stream().map(s -> new String[] {s.name(), s.capacity(),
                PdfSheet.dateTime(s.signedAt(), d.zone())}).toList();
            sheet.table(new float[] {3, 3, 2}, new String[] {"FIRMADO POR", "COMO", "FECHA Y HORA"}, rows);
            return sheet.finish();
        }
    }
}
