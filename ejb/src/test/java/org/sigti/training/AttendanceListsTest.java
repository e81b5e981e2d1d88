package org.sigti.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.workflow.WorkflowException;

/** The attendance list as typed in the step, one attendee a line. */
class AttendanceListsTest {

    @Test
    void each_line_is_an_attendee_with_name_unit_dni_or_email_and_signature() {
        List<Attendee> list = AttendanceLists.attendees("Ana Torres Ríos | Dirección General de Administración | 41234567 | sí\n"
                + "\n  Luis Paredes; OGTIE; lparedes@mindef.gob.pe; no\nMaría Quispe | DIGEDOC | 07654321");
        assertEquals(List.of(new Attendee("Ana Torres Ríos", "Dirección General de Administración", "41234567", true),
                new Attendee("Luis Paredes", "OGTIE", "lparedes@mindef.gob.pe", false),
                new Attendee("María Quispe", "DIGEDOC", "07654321", false)), list);
    }

    @Test
    void a_line_without_a_valid_dni_or_email_is_refused_with_its_number() {
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> AttendanceLists.attendees("Ana Torres | DGA | 41234567 | sí\nLuis Paredes | OGTIE | 1234"));
        assertEquals("training.attendees.line", e.messageKey());
        assertEquals(List.of("2"), e.arguments());
        assertThrows(WorkflowException.class, () -> AttendanceLists.attendees("Ana Torres | 41234567"));
        assertThrows(WorkflowException.class, () -> AttendanceLists.attendees("Ana | DGA | 41234567 | quizás"));
    }

    @Test
    void dates_are_typed_as_iso_dates() {
        assertEquals(LocalDate.of(2026, 12, 4), AttendanceLists.date(" 2026-12-04 "));
        assertNull(AttendanceLists.date("04/12/2026"));
        assertNull(AttendanceLists.date(""));
    }
}
