package org.sigti.procedure.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sigti.backup.BackupFrequency;
import org.sigti.security.Roles;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.Outcome;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.StepDefinition;

/** S04.03.01.04 as the manual writes it: performers, the ↺ loops, the analysis branch, the annual report. */
class S04030104Test {

    private static final String AD_ROWS = "Seguridad; AD; Diaria; C:\\Windows\\System32\\winevt\\Logs; Security.evtx;"
            + " \\\\backup01\\logs\\AD; 2027-01-04\nAplicacion; AD; Semanal; C:\\Windows\\System32\\winevt\\Logs;"
            + " Application.evtx; \\\\backup01\\logs\\AD; 2027-01-05\nSistema; ad; mensual;"
            + " C:\\Windows\\System32\\winevt\\Logs; System.evtx; \\\\backup01\\logs\\AD; 2027-01-06";

    @Test
    void the_profesional_the_coordinator_and_the_jefe_do_the_steps_the_manual_gives_them() {
        for (String step : List.of("0", "1", "2", "4", "5", "6", "8")) {
            assertEquals(Roles.TECNICO, role(S04030104.FLOW, step), step);
            assertEquals("INFRA", S04030104.FLOW.step(step).orElseThrow().responsible().queue(), step);
        }
        for (String step : List.of("3", "9")) {
            assertEquals(Roles.RESPONSABLE, role(S04030104.FLOW, step), step);
        }
        for (String step : List.of("7", "10")) {
            assertEquals(Roles.JEFE, role(S04030104.FLOW, step), step);
        }
    }

    @Test
    void the_coordinator_signs_or_sends_the_cronograma_back_and_the_analysis_is_a_branch() {
        assertEquals(Map.of("firmar", List.of("4"), "observar", List.of("2")), targets(S04030104.FLOW, "3"));
        assertEquals(Map.of("solicitar_analisis", List.of("8"), "sin_analisis", List.of()),
                targets(S04030104.FLOW, "7"));
        assertEquals(Map.of("enviar_jefe", List.of("10"), "enviar_especialista", List.of("10")),
                targets(S04030104.FLOW, "9"));
        assertEquals(List.of("7"), S04030104.FLOW.step("6").orElseThrow().outcomes().get(0).targets());
    }

    @Test
    void the_annual_report_is_written_reviewed_with_observations_and_noted() {
        assertEquals(Roles.TECNICO, role(S04030104Report.FLOW, "11"));
        assertEquals(Roles.RESPONSABLE, role(S04030104Report.FLOW, "12"));
        assertEquals(Roles.JEFE, role(S04030104Report.FLOW, "13"));
        assertEquals(Map.of("validar", List.of("13"), "devolver", List.of("11")),
                targets(S04030104Report.FLOW, "12"));
        assertEquals("11.S", S04030104Report.FLOW.start().code());
    }

    @Test
    void a_log_backup_run_is_opened_by_the_backup_schedules() {
        assertEquals(true, S04030104Run.FLOW.openedBy(org.sigti.backup.BackupSchedules.OPENER));
        assertEquals(Roles.TECNICO, role(S04030104Run.FLOW, "5.R"));
    }

    @Test
    void the_cronograma_has_the_three_logs_of_each_critical_system_with_the_manual_s_columns() {
        LogReviewCronograma c = LogReviewCronograma.parse(AD_ROWS, Set.of("AD"));
        assertEquals(3, c.rows().size());
        LogReviewCronograma.Row first = c.rows().get(0);
        assertEquals(List.of("Seguridad", "AD", "Diaria", "C:\\Windows\\System32\\winevt\\Logs", "Security.evtx",
                "\\\\backup01\\logs\\AD", "2027-01-04"), first.cells());
        assertEquals(BackupFrequency.DAILY, first.frequency());
        assertEquals("Aplicación", c.rows().get(1).log());
        assertEquals(BackupFrequency.MONTHLY, c.rows().get(2).frequency());
        assertEquals(LocalDate.of(2027, 1, 6), c.rows().get(2).date());
    }

    @Test
    void a_bad_cronograma_is_refused_naming_its_line() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("Seguridad; AD; Diaria; C:\\Logs; Security.evtx; \\\\bk", "logs.cronograma.columns");
        bad.put("Auditoría; AD; Diaria; C:\\Logs; a.evtx; \\\\bk; 2027-01-04", "logs.cronograma.log");
        bad.put("Seguridad; OWA; Diaria; C:\\Logs; a.evtx; \\\\bk; 2027-01-04", "logs.cronograma.system");
        bad.put("Seguridad; AD; Cada hora; C:\\Logs; a.evtx; \\\\bk; 2027-01-04", "logs.cronograma.frequency");
        bad.put("Seguridad; AD; Diaria; C:\\Logs; a.evtx; \\\\bk; 31/04/2027", "logs.cronograma.date");
        bad.put("Seguridad; AD; Diaria; C:\\Logs; a.evtx; \\\\bk; 2027-01-04", "logs.cronograma.missing");
        bad.put("", "logs.cronograma.empty");
        bad.put(AD_ROWS + "\nSeguridad; AD; Diaria; C:\\Logs; a.evtx; \\\\bk; 2027-01-04", "logs.cronograma.duplicate");
        bad.forEach((text, key) -> assertEquals(key, assertThrows(WorkflowException.class,
                () -> LogReviewCronograma.parse(text, Set.of("AD"))).messageKey(), text));
    }

    private static String role(ProcedureDefinition flow, String step) {
        return flow.step(step).orElseThrow().responsible().role();
    }

    private static Map<String, List<String>> targets(ProcedureDefinition flow, String step) {
        StepDefinition s = flow.step(step).orElseThrow();
        Map<String, List<String>> targets = new LinkedHashMap<>();
        for (Outcome o : s.outcomes()) {
            targets.put(o.key(), o.targets());
        }
        return targets;
    }
}
