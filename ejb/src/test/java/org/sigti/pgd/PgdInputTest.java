package org.sigti.pgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.pgd.PgdStatus.Decision;
import org.sigti.workflow.WorkflowException;

class PgdInputTest {

    @Test
    void a_schedule_is_read_one_activity_a_line_blank_lines_skipped() {
        var rows = PgdInput.activities("cronograma", "Preparación | Conformar equipo | 2027-01-04 | 10\n\n"
                + " Diagnóstico|Situación actual|2027-01-18|20 ");
        assertEquals(2, rows.size());
        assertEquals(new PgdInput.ActivityLine("Diagnóstico", "Situación actual", LocalDate.of(2027, 1, 18), 20),
                rows.get(1));
    }

    @Test
    void a_bad_line_is_refused_with_its_number_against_its_field() {
        WorkflowException e = assertThrows(WorkflowException.class, () -> PgdInput.activities("cronograma",
                "Preparación | Conformar equipo | 2027-01-04 | 10\nDiagnóstico | Situación | 18/01/2027 | 20"));
        assertEquals("pgd.input.line", e.messageKey());
        assertEquals(List.of("2"), e.arguments());
        assertEquals(Map.of("cronograma", "pgd.input.activity"), e.fieldProblems());
        assertThrows(WorkflowException.class, () -> PgdInput.risks("r", "Solo | dos"));
        assertThrows(WorkflowException.class, () -> PgdInput.activities("c", "A | B | 2027-01-04 | 0"));
        assertEquals("pgd.input.empty", assertThrows(WorkflowException.class,
                () -> PgdInput.statuses("s", " \n ")).messageKey());
    }

    @Test
    void decisions_are_the_manuals_three_whatever_their_accents_or_case() {
        var rows = PgdInput.decisions("d", "Ventanilla | Continúa\nIntranet | reemplazado\nERP | DESESTIMADO");
        assertEquals(List.of(Decision.CONTINUA, Decision.REEMPLAZADO, Decision.DESESTIMADO),
                rows.stream().map(PgdInput.DecisionLine::decision).toList());
        assertThrows(WorkflowException.class, () -> PgdInput.decisions("d", "ERP | quizás"));
    }

    @Test
    void a_project_sheet_has_its_seven_cells_and_a_budget_in_soles() {
        var sheet = PgdInput.sheets("f", "INN-01 | Mesa de partes digital | Digitalizar trámites | OEI.03 |"
                + " 1,250,000.50 | 18 | Trámites digitales (%)").get(0);
        assertEquals(new BigDecimal("1250000.50"), sheet.budget());
        assertEquals(18, sheet.durationMonths());
        assertThrows(WorkflowException.class, () -> PgdInput.sheets("f", "X | Y | Z | W | -5 | 18 | I"));
        assertThrows(WorkflowException.class, () -> PgdInput.sheets("f", "X | Y | Z | W | 5 | 18"));
    }

    @Test
    void a_progress_report_gives_a_whole_percentage_from_0_to_100_per_project() {
        var rows = PgdInput.progress("avance", "INN-01 | 45 | Piloto | Retraso\nINF-01 | 30 % | Equipos | Presupuesto\n"
                + "GOB-01 | 0 | Ninguno | Sin inicio\nGOB-02 | 100% | Concluido | Ninguna");
        assertEquals(List.of(45, 30, 0, 100), rows.stream().map(PgdInput.ProgressLine::percent).toList());
        assertEquals(new PgdInput.ProgressLine("INN-01", 45, "Piloto", "Retraso"), rows.get(0));
        for (String bad : List.of("X | 101 | a | b", "X | -1 | a | b", "X | 4.5 | a | b", "X | | a | b",
                "X | 50 | a", "X | 50 | | b")) {
            WorkflowException e = assertThrows(WorkflowException.class, () -> PgdInput.progress("avance", bad), bad);
            assertEquals(Map.of("avance", "pgd.input.progress"), e.fieldProblems(), bad);
        }
    }

    @Test
    void a_year_has_four_digits() {
        assertEquals(2027, PgdInput.year("p", " 2027 "));
        WorkflowException e = assertThrows(WorkflowException.class, () -> PgdInput.year("p", "27"));
        assertTrue(e.fieldProblems().containsKey("p"));
    }
}
