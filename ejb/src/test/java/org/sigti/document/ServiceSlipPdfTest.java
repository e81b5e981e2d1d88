package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.sigti.document.ServiceSlipData.Confirmation;

class ServiceSlipPdfTest {

    private static final ZoneId GUATEMALA = ZoneId.of("America/Guatemala");

    private final ServiceSlipPdf pdf = new ServiceSlipPdf();

    private static ServiceSlipData slip(String service, Confirmation confirmation) {
        return new ServiceSlipData(Letterhead.of("Secretaría Presidencial de la Mujer"), "BOL-2026-000040", "SOL-2026-000321",
                "Begoña Pérez Cifuentes", "Dirección de Comunicación Social", service, "Joaquín Muñoz Ávila",
                LocalDate.of(2026, 5, 4), confirmation, Instant.parse("2026-05-04T22:10:00Z"), GUATEMALA);
    }

    @Test
    void a_slip_confirmed_in_sigti_says_who_and_when_and_needs_no_signature() {
        // given: 21:30 UTC is 15:30 in Guatemala (UTC-6)
        Confirmation confirmation = new Confirmation("Begoña Pérez Cifuentes", Instant.parse("2026-05-04T21:30:00Z"));

        // when
        byte[] bytes = pdf.render(slip("Reemplazo del tóner de la impresora y limpieza del cabezal.", confirmation));

        // then
        String text = Pdfs.flat(bytes);
        assertEquals(1, Pdfs.pages(bytes));
        Pdfs.assertShows(text,
                "BOLETA DE ENTREGA DE SERVICIO",
                "BOL-2026-000040",
                "Secretaría Presidencial de la Mujer",
                "Joaquín Muñoz Ávila",
                "Reemplazo del tóner de la impresora y limpieza del cabezal.",
                "04/05/2026",
                "CONFIRMADO POR",
                "Begoña Pérez Cifuentes",
                "04/05/2026 15:30 (America/Guatemala)",
                "no requiere firma manuscrita");
        assertFalse(text.contains("FIRMA DEL USUARIO"), text);
    }

    @Test
    void a_slip_printed_for_a_paper_signature_has_blank_signature_lines() {
        // when
        String text = Pdfs.flat(pdf.render(slip("Instalación de impresora de red.", null)));

        // then
        Pdfs.assertShows(text,
                "Recibí a mi conformidad el servicio descrito.",
                "FIRMA DEL USUARIO",
                "FIRMA DEL TÉCNICO",
                "Fecha: " + SupportFormPdf.BLANK_DATE);
        assertFalse(text.contains("CONFIRMADO POR"), text);
    }

    @Test
    void a_long_service_text_flows_onto_a_second_page() {
        // when
        byte[] bytes = pdf.render(slip(Pdfs.numberedWords("configuración", 900), null));

        // then
        int pages = Pdfs.pages(bytes);
        assertTrue(pages >= 2, "pages: " + pages);
        String text = Pdfs.flat(bytes);
        assertTrue(text.contains("configuración0900"), "the last word");
        assertTrue(Pdfs.page(bytes, pages).contains("FIRMA DEL TÉCNICO"), "signatures on the last page");
        assertTrue(Pdfs.page(bytes, 2).contains("BOL-2026-000040"), "number on page 2");
    }

    @Test
    void a_slip_with_only_institution_and_number_renders() {
        // given
        ServiceSlipData data = new ServiceSlipData(Letterhead.of("SEPREM"), "BOL-2026-000001", null, null, null, null, null, null,
                null, null, null);

        // when
        String text = Pdfs.flat(pdf.render(data));

        // then
        Pdfs.assertShows(text,
                "BOL-2026-000001",
                "FIRMA DEL USUARIO");
    }
}
