package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class HandoverFormPdfTest {

    private static final ZoneId GUATEMALA = ZoneId.of("America/Guatemala");

    private final HandoverFormPdf pdf = new HandoverFormPdf();

    private static final HandoverFormData.Wording LICENSE_FORM = new HandoverFormData.Wording(
            "Formulario de control y aceptación del licenciamiento o servicio",
            "Procedimiento SEPREM-DI-002.1 Administración y Asignación de Licenciamiento",
            "Licenciamiento o servicio asignado",
            "Recibí la licencia o servicio descrito y acepto las condiciones de su uso.");
    private static final HandoverFormData.Wording PHONE_ACTA = new HandoverFormData.Wording(
            "Acta de entrega de equipos telefónicos – OGTIE",
            "Procedimiento S04.03.03.02 Atención de requerimientos de equipos telefónicos",
            "Equipos telefónicos entregados", "Recibí los equipos telefónicos descritos, configurados y activos.");

    private static HandoverFormData form(HandoverFormData.Wording wording, String number,
            ServiceSlipData.Confirmation confirmation) {
        return new HandoverFormData(wording, Letterhead.of("Secretaría Presidencial de la Mujer"), number,
                "SOL-2026-000321", "Begoña Pérez Cifuentes", "RRHH - Recursos Humanos",
                List.of(new HandoverFormData.Item("POOL-OFIMATICA", "Ofimática institucional (plataforma OFFICE)")),
                "Joaquín Muñoz Ávila", LocalDate.of(2026, 5, 4), confirmation,
                Instant.parse("2026-05-04T22:10:00Z"), GUATEMALA);
    }

    @Test
    void a_license_form_signed_in_sigti_says_who_and_when() {
        byte[] bytes = pdf.render(form(LICENSE_FORM, "FCL-2026-000007", new ServiceSlipData.Confirmation(
                "Begoña Pérez Cifuentes", Instant.parse("2026-05-04T21:30:00Z"))));
        String text = Pdfs.flat(bytes);
        Pdfs.assertShows(text,
                "FORMULARIO DE CONTROL Y ACEPTACIÓN DEL", "LICENCIAMIENTO O SERVICIO",
                "FCL-2026-000007",
                "SEPREM-DI-002.1",
                "POOL-OFIMATICA",
                "Ofimática institucional (plataforma OFFICE)",
                "Joaquín Muñoz Ávila",
                "04/05/2026 15:30 (America/Guatemala)");
        assertFalse(text.contains("FIRMA DEL USUARIO"), text);
    }

    @Test
    void an_acta_for_a_paper_signature_has_blank_signature_lines() {
        String text = Pdfs.flat(pdf.render(form(PHONE_ACTA, "AET-2026-000007", null)));
        Pdfs.assertShows(text,
                "ACTA DE ENTREGA DE EQUIPOS TELEFÓNICOS –", "OGTIE",
                "AET-2026-000007",
                "Recibí los equipos telefónicos descritos, configurados y activos.",
                "FIRMA DEL USUARIO",
                "FIRMA DE QUIEN ENTREGA");
    }
}
