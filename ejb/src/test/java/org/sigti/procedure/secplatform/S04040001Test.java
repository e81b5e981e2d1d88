package org.sigti.procedure.secplatform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.Outcome;
import org.sigti.workflow.flow.Responsible;
import org.sigti.workflow.flow.StepDefinition;

/** S04.04.00.01 as the MINDEF manual writes it: performers, the activity decision of step 4, the two loops. */
class S04040001Test {

    @Test
    void the_coordinator_assigns_the_administrators_and_the_specialist_creates_profiles_and_users() {
        // manual: 1 "Asignar responsables" Responsable de la coordinación del equipo de ciberseguridad
        assertEquals(Responsible.of(Roles.RESPONSABLE, "CIBER"), S04040001.FLOW.step("1").orElseThrow().responsible());
        // manual: 2-7, 10, 11, 13, 14 Técnico Informático Especialista
        for (String step : List.of("2", "3", "4", "5", "6", "7", "10", "11", "13", "14", S04040001.SIGN_OUT)) {
            assertEquals(Responsible.of(Roles.TECNICO, "CIBER"), S04040001.FLOW.step(step).orElseThrow()
                    .responsible(), step);
        }
        for (String step : List.of("8", "12", "15")) {
            assertEquals(Responsible.of(Roles.RESPONSABLE, "CIBER"), S04040001.FLOW.step(step).orElseThrow()
                    .responsible(), step);
        }
        for (String step : List.of("9", "16")) {
            assertEquals(Responsible.of(Roles.JEFE, "JEFATURA"), S04040001.FLOW.step(step).orElseThrow()
                    .responsible(), step);
        }
        assertEquals(List.of("2"), S04040001.FLOW.step("1").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("4"), S04040001.FLOW.step("3").orElseThrow().outcomes().get(0).targets());
    }

    @Test
    void step_4_leads_to_the_five_activities_of_the_manual() {
        assertEquals(Map.of("reglas", List.of("5"), "registros", List.of("6"), "back_up", List.of("10"),
                "mantenimiento_ogtie", List.of("13"), "mantenimiento_contratista", List.of("14")),
                targets(S04040001.FLOW.step("4").orElseThrow()));
    }

    @Test
    void the_logs_branch_reports_only_when_needed_and_ends_with_the_jefe_taking_note() {
        Map<String, List<String>> six = targets(S04040001.FLOW.step("6").orElseThrow());
        assertEquals(List.of("7"), six.get("reportes"));
        assertTrue(S04040001.FLOW.step("6").orElseThrow().outcomes().stream()
                .anyMatch(o -> o.key().equals("sin_reportes") && o.ends()));
        assertEquals(List.of("8"), S04040001.FLOW.step("7").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("9"), S04040001.FLOW.step("8").orElseThrow().outcomes().get(0).targets());
        assertTrue(S04040001.FLOW.step("9").orElseThrow().outcomes().get(0).ends());
        assertTrue(S04040001.FLOW.step("5").orElseThrow().outcomes().get(0).ends());
        assertTrue(S04040001.FLOW.step("13").orElseThrow().outcomes().get(0).ends());
    }

    @Test
    void the_backup_report_s_observations_return_to_the_specialist() {
        for (var flow : List.of(S04040001.FLOW, S04040001M.FLOW)) {
            assertEquals(List.of("11"), flow.step("10").orElseThrow().outcomes().get(0).targets());
            assertEquals(List.of("12"), flow.step("11").orElseThrow().outcomes().get(0).targets());
            assertEquals(List.of("11"), targets(flow.step("12").orElseThrow()).get(PlatformProcedure.OBSERVE));
            assertTrue(flow.step("12").orElseThrow().outcomes().stream()
                    .anyMatch(o -> o.key().equals(PlatformProcedure.TAKE_NOTE) && o.ends()));
        }
    }

    @Test
    void the_monthly_case_is_opened_by_sigti_only_and_waits_at_step_10() {
        assertTrue(S04040001M.FLOW.startedBySystemOnly());
        assertEquals(List.of("10"), S04040001M.FLOW.start().outcomes().get(0).targets());
    }

    @Test
    void the_contractor_signs_out_before_the_conformity_which_the_jefe_remits_to_the_dirab() {
        assertEquals(List.of(S04040001.SIGN_OUT), S04040001.FLOW.step("14").orElseThrow().outcomes().get(0)
                .targets());
        assertEquals(List.of("15"), S04040001.FLOW.step(S04040001.SIGN_OUT).orElseThrow().outcomes().get(0)
                .targets());
        assertEquals(List.of("16"), S04040001.FLOW.step("15").orElseThrow().outcomes().get(0).targets());
        Outcome remit = S04040001.FLOW.step("16").orElseThrow().outcomes().get(0);
        assertEquals("remitir_dirab", remit.key());
        assertTrue(remit.ends());
    }

    @Test
    void a_schedule_is_a_date_and_a_time() {
        assertEquals(LocalDateTime.of(2026, 12, 1, 9, 30), S04040001.schedule("2026-12-01 09:30"));
        for (String bad : List.of("mañana", "2026-13-01 09:30")) {
            assertEquals("secplatform.schedule.format", assertThrows(WorkflowException.class,
                    () -> S04040001.schedule(bad)).messageKey(), bad);
        }
    }

    private static Map<String, List<String>> targets(StepDefinition step) {
        Map<String, List<String>> targets = new LinkedHashMap<>();
        for (Outcome o : step.outcomes()) {
            targets.put(o.key(), o.targets());
        }
        return targets;
    }
}
