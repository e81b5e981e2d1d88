package org.sigti.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.document.ClosingRecordData.HistoryLine;

class ClosingRecordPdfTest {

    private static final ZoneId LA_PAZ = ZoneId.of("America/La_Paz");
    private static final Instant OPENED = Instant.parse("2026-03-10T12:30:00Z");

    private final ClosingRecordPdf pdf = new ClosingRecordPdf();

    private static ClosingRecordData record(List<HistoryLine> history, String solution) {
        return new ClosingRecordData(Letterhead.of("Agencia de Gobierno Electrónico y Tecnologías de Información y Comunicación"),
                "CIE-2026-000003", "SOL-2026-000123", "UGAT/AIT-PR01",
                "Atención general al usuario respecto a incidentes de soporte técnico", "Néstor Añez Villca",
                "Unidad de Gestión y Asistencia Tecnológica", OPENED, Instant.parse("2026-03-12T15:45:00Z"),
                "Alta", List.of("Mesa de ayuda", "UIT"), solution, "KB-2026-0042", history, "Lucía Ibáñez Rojas",
                Instant.parse("2026-03-12T15:46:00Z"), LA_PAZ);
    }

    private static List<HistoryLine> steps() {
        return List.of(
                new HistoryLine(OPENED, "Néstor Añez Villca", "Usuario", "1", "Reportar el problema",
                        "No puedo ingresar al sistema de correspondencia desde ayer."),
                new HistoryLine(Instant.parse("2026-03-10T14:05:00Z"), "Rocío Mendía", "Operador de Soporte Técnico",
                        "3.A.1", "Derivar a la UIT", "Problema de disponibilidad atendido antes por la UIT."),
                new HistoryLine(Instant.parse("2026-03-12T15:45:00Z"), "Lucía Ibáñez Rojas",
                        "Supervisor de Soporte Técnico", "10", "Cerrar el caso", null));
    }

    @Test
    void the_record_shows_the_case_its_solution_and_its_history_in_the_institution_zone() {
        // when
        byte[] bytes = pdf.render(record(steps(), "Se reinició el servicio de autenticación y se amplió la caché."));

        // then
        String text = Pdfs.flat(bytes);
        assertEquals(1, Pdfs.pages(bytes));
        Pdfs.assertShows(text,
                "CIE-2026-000003",
                "REGISTRO DE CIERRE DEL CASO",
                "UGAT/AIT-PR01",
                "Néstor Añez Villca",
                "Mesa de ayuda » UIT",
                "KB-2026-0042",
                "Se reinició el servicio de autenticación y se amplió la caché.",
                "2 días 3 h 15 min");
        // 12:30 UTC is 08:30 in La Paz (UTC-4)
        Pdfs.assertShows(text,
                "10/03/2026 08:30",
                "10/03/2026 10:05",
                "3.A.1 · Derivar a la UIT",
                "Operador de Soporte Técnico",
                "Problema de disponibilidad atendido antes por la UIT.",
                "Lucía Ibáñez Rojas",
                "HISTORIAL DEL CASO (HORA DE AMERICA/LA_PAZ)");
    }

    @Test
    void a_long_history_continues_on_more_pages_with_its_headings_repeated() {
        // given
        List<HistoryLine> history = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            history.add(new HistoryLine(OPENED.plusSeconds(600L * i), "Técnico Nº " + i, "Técnico", "5",
                    "Resolver", "Comentario " + i + ": " + Pdfs.numberedWords("revisión" + i + "-", 30)));
        }
        // one comment alone longer than a page
        history.add(new HistoryLine(OPENED.plusSeconds(90_000), "Jefe", "Jefe", "9", "Revisar",
                Pdfs.numberedWords("observación", 700)));

        // when
        byte[] bytes = pdf.render(record(history, Pdfs.numberedWords("solución", 300)));

        // then
        int pages = Pdfs.pages(bytes);
        assertTrue(pages >= 3, "pages: " + pages);
        String text = Pdfs.flat(bytes);
        assertTrue(text.contains("revisión40-0030"), "the last short comment");
        for (int i = 1; i <= 700; i++) {
            assertTrue(text.contains(String.format("observación%04d", i)), "word " + i + " of the long comment");
        }
        for (int page = 2; page <= pages; page++) {
            String pageText = Pdfs.page(bytes, page);
            assertTrue(pageText.contains("CIE-2026-000003"), "number on page " + page);
            assertTrue(pageText.contains("COMENTARIO"), "table headings on page " + page);
        }
    }

    @Test
    void a_record_with_only_institution_and_number_renders() {
        // given
        ClosingRecordData data = new ClosingRecordData(Letterhead.of("SEPREM"), "CIE-2026-000001", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);

        // when
        String text = Pdfs.flat(pdf.render(data));

        // then
        Pdfs.assertShows(text,
                "CIE-2026-000001",
                "Sin pasos registrados.",
                "Ninguno",
                "HORA DE Z");
    }

    /**
     * What people type, as the bad-input corpus has it (tests/src/test/resources/bad-input/corpus.tsv): markup, emoji,
     * right-to-left overrides, combining marks, NUL and control characters, a lone surrogate, 10,000 characters. A
     * PDF runs no script, so markup prints as the text it is; and nothing a person typed may keep the record from
     * printing (a 500 on its download).
     */
    @Test
    void what_people_type_prints_as_text_and_never_breaks_the_record() {
        List<String> typed = List.of("<script>window.__sigtiXss=1</script>", "\"><img src=x onerror=alert(1)>",
                "💾🔥👩‍💻🇵🇪", "abc\u202Etxt.exe", "Z\u0351\u036B\u0343A\u036B\u0357L", "a\0b", "a\u0001\u0007\u001Bb",
                "a\uD800b", "a\u200B\u200D\uFEFFb", "a\r\nb\tc", "x".repeat(10_000), "=HYPERLINK(\"http://x\")");
        for (String text : typed) {
            // when
            byte[] bytes = pdf.render(record(List.of(new HistoryLine(OPENED, text, "Usuario", "1", "Reportar",
                    text)), text));

            // then
            assertTrue(Pdfs.pages(bytes) >= 1, text);
        }
        Pdfs.assertShows(Pdfs.flat(pdf.render(record(steps(), "<script>window.__sigtiXss=1</script>"))),
                "<script>window.__sigtiXss=1</script>");
    }

    @Test
    void durations_read_in_days_hours_and_minutes() {
        assertEquals("0 h 5 min", ClosingRecordPdf.duration(OPENED, OPENED.plusSeconds(300)));
        assertEquals("1 día 2 h 0 min", ClosingRecordPdf.duration(OPENED, OPENED.plusSeconds(26 * 3600)));
        assertEquals("", ClosingRecordPdf.duration(OPENED, null));
        assertEquals("", ClosingRecordPdf.duration(OPENED, OPENED.minusSeconds(1)));
    }
}
