package org.sigti.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.committee.CommitteeMember.Role;
import org.sigti.committee.CommitteeMember.Seat;
import org.sigti.committee.CommitteeViews.AttendanceLine;
import org.sigti.committee.CommitteeViews.DocumentLine;
import org.sigti.committee.CommitteeViews.MemberLine;
import org.sigti.committee.SessionDocument.Outcome;

class ActaTextTest {

    private static final MemberLine PRESIDENT = new MemberLine(1, "comite.mindef", "Liliana Zegarra Ruiz",
            Role.PRESIDENTE, Seat.TITULAR);
    private static final MemberLine ALTERNATE = new MemberLine(3, "comite3.mindef", "Silvia Huamán Torres",
            Role.MIEMBRO, Seat.ALTERNO);

    @Test
    void the_acta_lists_agenda_attendance_agreements_and_approvals_in_paragraphs() {
        String body = ActaText.body("Comité de Gobierno Digital del MINDEF", 3, "2026-12-07",
                "Oficio N° 001-2026", List.of("Cronograma de trabajo", "Varios"),
                List.of(new AttendanceLine(PRESIDENT, true, false), new AttendanceLine(ALTERNATE, false, false)),
                List.of("Aprobar el cronograma"),
                List.of(new DocumentLine(9, "Cronograma", "v2", null, Outcome.APPROVED, null)));

        String[] paragraphs = body.split("\n\n");
        assertEquals(6, paragraphs.length, body);
        assertEquals("AGENDA\n1. Cronograma de trabajo\n2. Varios", paragraphs[1]);
        assertEquals("ASISTENCIA\nPresentes: Liliana Zegarra Ruiz (presidente, titular).\n"
                + "Ausentes: Silvia Huamán Torres (miembro, alterno).", paragraphs[2]);
        assertEquals("ACUERDOS\n1. Aprobar el cronograma", paragraphs[3]);
        assertTrue(paragraphs[4].contains("Cronograma v2 aprobado en la sesión 3."), paragraphs[4]);
        assertTrue(paragraphs[0].contains("convocada mediante Oficio N° 001-2026"), paragraphs[0]);
    }

    @Test
    void a_member_signs_in_their_role_and_seat() {
        assertEquals("Presidente(a) del CGD", ActaText.capacity(PRESIDENT, "CGD"));
        assertEquals("Miembro alterno(a) del CGD", ActaText.capacity(ALTERNATE, "CGD"));
    }

    @Test
    void lines_drop_blanks_and_spaces() {
        assertEquals(List.of("a", "b"), SessionDesk.lines(" a \n\n b\r\n"));
        assertEquals(List.of(), SessionDesk.lines(null));
    }
}
