package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SupportFormPdfTest {

    private static final ZoneId LA_PAZ = ZoneId.of("America/La_Paz");

    private final SupportFormPdf pdf = new SupportFormPdf();

    private static SupportFormData form(SupportRequestType type, String description) {
        return new SupportFormData(Letterhead.of("Defensoría del Pueblo"), null, "R1-2026-000012", "SOL-2026-000123",
                "María José Quispe Ñusta", "71234567", "mjquispe@defensoria.gob.bo",
                "Área de Estadística y Sistemas de Información Integrados", LocalDate.of(2026, 3, 12), type,
                description, "Se reinstaló el cliente de correo y se configuró la firma electrónica.",
                LocalDate.of(2026, 3, 13), "Iván Peña Ríos",
                "Sofía Limachi Cruz", Instant.parse("2026-03-13T14:05:00Z"), LA_PAZ);
    }

    @Test
    void the_form_shows_number_code_names_and_spanish_text() {
        // given
        SupportFormData data = form(SupportRequestType.INSTALACION_SOFTWARE,
                "¿Podrían instalar el antivirus en la computadora de recepción? ¡Es urgente! Año 2026, señal débil.");

        // when
        byte[] bytes = pdf.render(data);

        // then
        String text = Pdfs.flat(bytes);
        assertEquals(1, Pdfs.pages(bytes));
        Pdfs.assertShows(text,
                "R1-2026-000012",
                "SOLICITUD DE SOPORTE TÉCNICO",
                "Formulario de soporte técnico · DGP/ESIN-R-1",
                "Defensoría del Pueblo",
                "María José Quispe Ñusta",
                "Área de Estadística y Sistemas de Información Integrados",
                "¿Podrían instalar el antivirus en la computadora de recepción? ¡Es urgente!",
                "Año 2026, señal débil.",
                "12/03/2026",
                "firma electrónica. Fecha: 13/03/2026",
                "Se reinstaló el cliente de correo",
                "Iván Peña Ríos",
                "Sofía Limachi Cruz",
                "SOLICITANTE",
                "ATENDIDO POR",
                "AUTORIZADO POR",
                "13/03/2026 10:05 (hora de America/La_Paz)");
    }

    @Test
    void only_the_chosen_request_type_carries_the_x() {
        for (SupportRequestType chosen : SupportRequestType.values()) {
            String text = Pdfs.flat(pdf.render(form(chosen, "Descripción breve.")));
            for (SupportRequestType type : SupportRequestType.values()) {
                String marked = "X " + (type.ordinal() + 1) + ". " + type.label();
                assertEquals(type == chosen, text.contains(marked), () -> chosen + ": " + marked + " in " + text);
                assertTrue(text.contains((type.ordinal() + 1) + ". " + type.label()), type::label);
            }
            assertEquals(1, count(Pattern.compile("X \\d\\. ").matcher(text)), chosen::name);
        }
    }

    @Test
    void a_long_description_flows_onto_more_pages_and_keeps_every_word() {
        // given
        String description = "Descripción del requerimiento: " + Pdfs.numberedWords("análisis", 1500);

        // when
        byte[] bytes = pdf.render(form(SupportRequestType.NUEVO_SISTEMA, description));

        // then
        int pages = Pdfs.pages(bytes);
        assertTrue(pages >= 2, "pages: " + pages);
        String text = Pdfs.flat(bytes);
        int at = 0;
        for (int i = 1; i <= 1500; i++) {
            String word = String.format("análisis%04d", i);
            int found = text.indexOf(word, at);
            assertTrue(found >= 0, () -> word + " is missing or out of order");
            at = found;
        }
        for (int page = 1; page <= pages; page++) {
            String pageText = Pdfs.page(bytes, page);
            assertTrue(pageText.contains("R1-2026-000012"), "number on page " + page);
            assertTrue(pageText.contains("Página " + page + " de " + pages), "footer on page " + page);
        }
        assertTrue(Pdfs.page(bytes, 2).contains("DESCRIPCIÓN DE LA SOLICITUD (continuación)"));
        // the signatures come after the text, on the last page
        assertTrue(Pdfs.page(bytes, pages).contains("AUTORIZADO POR"));
    }

    @Test
    void a_form_with_only_institution_and_number_prints_blank_fields() {
        // given
        SupportFormData data = new SupportFormData(Letterhead.of("Defensoría del Pueblo"), null, "R1-2026-000001", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);

        // when
        byte[] bytes = pdf.render(data);

        // then
        String text = Pdfs.flat(bytes);
        assertEquals(1, Pdfs.pages(bytes));
        Pdfs.assertShows(text,
                "R1-2026-000001",
                "DGP/ESIN-R-1",
                "TRABAJO REALIZADO Fecha: " + SupportFormPdf.BLANK_DATE,
                "Documento generado por SIGTI");
        assertFalse(Pattern.compile("X \\d\\. ").matcher(text).find(), text);
    }

    @Test
    void characters_the_font_lacks_become_question_marks_and_control_characters_vanish() {
        // given: arrows and signs (in the embedded font), CJK and an emoji (not in it), a tab, a stray control
        // character and a decomposed accent (e + U+0301)
        String description = "Flujo A → B ≤ 3; 中文; 😀 listo;\tcolumna;\u0007 campana; cafe\u0301 fin";

        // when
        byte[] bytes = pdf.render(form(SupportRequestType.ACCESO_SISTEMA, description));

        // then
        String text = Pdfs.flat(bytes);
        assertTrue(text.contains("Flujo A → B ≤ 3; ??; ? listo; columna; campana; café fin"), text);
    }

    @Test
    void absurd_input_still_gives_a_bounded_document_quickly() {
        // given: an institution name of 500 words and a description that is one 60000-letter word
        String token = "x".repeat(60_000);
        SupportFormData data = new SupportFormData(Letterhead.of("Institución " + "muy ".repeat(500) + "larga"), null,
                "R1-2026-000099", null, null, null, null, null, null, null, token, null, null, null, null, null,
                null);

        // when
        byte[] bytes = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> pdf.render(data));

        // then: the header is cut short with "…", and every letter of the word is printed
        String first = Pdfs.page(bytes, 1);
        assertTrue(first.contains("…"), first);
        assertFalse(first.contains("larga"), first);
        assertEquals(token.length(), Pdfs.text(bytes).chars().filter(c -> c == 'x').count());
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
