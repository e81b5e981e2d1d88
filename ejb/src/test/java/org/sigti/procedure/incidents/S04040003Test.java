package org.sigti.procedure.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.Outcome;
import org.sigti.workflow.flow.Responsible;
import org.sigti.workflow.flow.StepDefinition;

/**
 * S04.04.00.03 as the MINDEF manual writes it: the two entry branches, activity 4's question (targets swapped, see
 * the class), analysis with classification and priority, the vendor escalation, the help desk's closing.
 */
class S04040003Test {

    private static StepDefinition step(String code) {
        return S04040003.FLOW.step(code).orElseThrow();
    }

    private static Map<String, List<String>> targets(String code) {
        Map<String, List<String>> targets = new HashMap<>();
        for (Outcome o : step(code).outcomes()) {
            targets.put(o.key(), o.targets());
        }
        return targets;
    }

    @Test
    void a_unit_reports_through_the_help_desk_and_the_ogtie_enters_at_activity_3() {
        // manual: "Inicio: El reporte es notificado por: OGTIE: Ir a la actividad 3. U.O.: Ir a la actividad 1."
        assertEquals("1", S04040003.FLOW.start().code());
        assertTrue(step("1").responsible().isRequester(), "any employee reports (activity 1)");
        assertEquals(S04040003.REPORTED_BY_UNIT, step("1").outcomes().get(0).key(), "a filing is a unit's report");
        assertEquals(Map.of(S04040003.REPORTED_BY_UNIT, List.of("2"), S04040003.OGTIE_BRANCH, List.of("3")),
                targets("1"));
        // 2 "Continuar con la actividad 4"; 3 → 4
        assertEquals(List.of("4"), step("2").outcomes().get(0).targets());
        assertEquals(List.of("4"), step("3").outcomes().get(0).targets());
    }

    @Test
    void activity_4_asks_for_a_ticket_only_when_the_team_detected_the_incident() {
        assertEquals(Map.of(S04040003.DETECTED_BY_TEAM, List.of("5"), S04040003.REPORTED_BY_UNIT, List.of("7")),
                targets("4"));
        assertEquals(List.of("6"), step("5").outcomes().get(0).targets());
        assertEquals(List.of("7"), step("6").outcomes().get(0).targets());
    }

    @Test
    void each_activity_is_done_by_its_performer() {
        for (String code : List.of("2", "6", "14")) {
            assertEquals(Responsible.of(Roles.OPERADOR, "MESA"), step(code).responsible(), code);
        }
        for (String code : List.of("3", "4", "5", "7", "8", "9", "10", "11", "12", "13")) {
            assertEquals(Responsible.of(Roles.TECNICO, "CIBER"), step(code).responsible(), code);
        }
    }

    @Test
    void the_analysis_classifies_and_prioritizes_and_recovery_escalates_when_not_solved() {
        StepDefinition analysis = step("7");
        for (String field : List.of(S04040003.CLASSIFICATION, "impacto", "urgencia", "analisis")) {
            assertTrue(analysis.field(field).map(FieldDefinition::required).orElse(false), field);
        }
        assertEquals(List.of(S04040003.IMPACT, S04040003.URGENCY), S04040003.FLOW.priorityFields());
        assertEquals(Map.of("resuelto", List.of("12"), "no_resuelto", List.of("11")), targets("10"));
        assertEquals(List.of("12"), step("11").outcomes().get(0).targets());
        assertTrue(step("11").field(S04040003.VENDOR).orElseThrow().required());
    }

    @Test
    void the_post_incident_records_report_lessons_and_article_and_the_help_desk_closes() {
        for (String field : List.of(S04040003.REPORT, S04040003.LESSONS, S04040003.KB_TITLE)) {
            assertTrue(step("12").field(field).map(FieldDefinition::required).orElse(false), field);
        }
        assertEquals(List.of("13"), step("12").outcomes().get(0).targets());
        assertEquals(List.of("14"), step("13").outcomes().get(0).targets());
        Outcome close = step("14").outcomes().get(0);
        assertTrue(close.ends());
        assertEquals("SOLVED", close.closeOutcome());
    }
}
