package org.sigti.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.document.Letterhead;
import org.sigti.document.Pdfs;

/** The Acta de capacitación prints the session and every attendee with their unit, DNI or e-mail and signature. */
class AttendanceRecordPdfTest {

    @Test
    void the_acta_prints_the_session_and_each_attendee() {
        TrainingSession session = new TrainingSession(LocalDate.of(2026, 12, 4), "Sala de capacitación de la OGTIE",
                "Uso del módulo de trámite", "SISGED", "Rosa Condori Vargas", List.of(
                        new Attendee("Ana Torres Ríos", "Dirección General de Administración", "41234567", true),
                        new Attendee("Luis Paredes Soto", "OGTIE", "lparedes@mindef.gob.pe", false)));

        String text = Pdfs.text(new AttendanceRecordPdf().render(new AttendanceRecordPdf.Data(
                Letterhead.of("Ministerio de Defensa"), "Formato N°17", "S04.02.00.01", "MINDEF-2026-000123",
                session, "Sistema de gestión documental", Instant.parse("2026-12-04T20:00:00Z"),
                ZoneId.of("America/Lima"))));

        for (String expected : List.of("ACTA DE CAPACITACIÓN", "Formato N°17", "S04.02.00.01", "MINDEF-2026-000123",
                "Sala de capacitación de la OGTIE", "Uso del módulo de trámite", "Sistema de gestión documental",
                "Rosa Condori Vargas", "Ana Torres Ríos", "41234567", "Luis Paredes Soto", "lparedes@mindef.gob.pe",
                "Sí", "No")) {
            assertTrue(text.contains(expected), () -> expected + " not in:\n" + text);
        }
    }
}
