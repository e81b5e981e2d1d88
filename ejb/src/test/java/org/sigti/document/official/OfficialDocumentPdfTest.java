package org.sigti.document.official;

import static org.sigti.document.Pdfs.assertShows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sigti.document.Letterhead;
import org.sigti.document.PdfA;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.OfficialDocumentState;
import org.sigti.document.Pdfs;

/** The signed document's PDF: letterhead, number, date, addressees, subject, paragraphs and who signed as what. */
class OfficialDocumentPdfTest {

    @Test
    void a_signed_oficio_shows_its_number_text_and_signature_block() {
        Instant signed = Instant.parse("2026-03-10T15:30:00Z");
        OfficialDocumentView view = new OfficialDocumentView(1, "Ministerio de Defensa", "Av. de la Peruanidad s/n",
                ZoneId.of("America/Lima"), OfficialDocumentKind.OFICIO, "OGTIE", null, OfficialDocumentState.SIGNED,
                "OFICIO N° 000001-2026-MINDEF/OGTIE", "Jefe OGTIE", "responsable.infra",
                "Señor Director General de Administración", "Renovación de licencias", "Informe técnico N° 3",
                List.of("Tengo el agrado de dirigirme a usted.", "Atentamente."), signed, signed, null,
                List.of(new OfficialDocumentView.SignerLine("responsable.infra", "Rosa Infra", "Responsable de INFRA",
                        signed), new OfficialDocumentView.SignerLine("jefe.ogtie", "Julio Ogtie", "Jefe de la OGTIE",
                        signed)), List.of(), List.of(), null, Set.of());

        byte[] pdf = new OfficialDocumentPdf().render(view, new Letterhead("Ministerio de Defensa",
                "Oficina General de Tecnologías de la Información y Estadística", "Av. de la Peruanidad s/n, Lima",
                PdfA.png(40, 40, true)));

        PdfA.assertPdfA2b(pdf);
        assertShows(Pdfs.flat(pdf), "Ministerio de Defensa",
                "Oficina General de Tecnologías de la Información y Estadística", "Av. de la Peruanidad s/n, Lima", "OFICIO N° 000001-2026-MINDEF/OGTIE", "10/03/2026",
                "Señor Director General de Administración", "Renovación de licencias", "Tengo el agrado",
                "Rosa Infra", "Responsable de INFRA", "Julio Ogtie", "Jefe de la OGTIE", "10/03/2026 10:30");
    }
}
