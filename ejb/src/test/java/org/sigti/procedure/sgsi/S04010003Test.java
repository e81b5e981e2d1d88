package org.sigti.procedure.sgsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.Outcome;
import org.sigti.workflow.flow.Responsible;
import org.sigti.workflow.flow.StepDefinition;

/** S04.01.00.03 as the manual writes it: who does each of the 13 steps, the ↺ of step 5 and its two branches. */
class S04010003Test {

    private static final List<String> TEAMS = List.of("INFRA", "INNOV", "CIBER", "ESTAD");

    @Test
    void anyone_files_and_the_especialista_routes_to_the_team_s_review_or_the_unexpected_event() {
        assertTrue(S04010003.FLOW.start().responsible().isRequester(), "any MINDEF person files (step 6's people)");
        assertTrue(S04010003.FLOW.starters().isEmpty());
        StepDefinition route = step(S04010003.ROUTE);
        assertEquals(Responsible.of(Roles.RESPONSABLE, "SGSI"), route.responsible());
        assertEquals(Map.of("revision", List.of("1"), "evento", List.of("6")), targets(route));
    }

    @Test
    void the_coordinator_of_the_chosen_team_does_1_4_7_11_and_13() {
        for (String s : List.of("1", "4", "7", "11", "13")) {
            assertEquals(Responsible.chosen(Roles.RESPONSABLE, S04010003.TEAM, TEAMS), step(s).responsible(), s);
        }
    }

    @Test
    void the_especialista_does_2_3_5_8_and_10_and_the_jefe_9_and_12() {
        for (String s : List.of("2", "3", "5", "8", "10")) {
            assertEquals(Responsible.of(Roles.RESPONSABLE, "SGSI"), step(s).responsible(), s);
        }
        for (String s : List.of("9", "12")) {
            assertEquals(Responsible.of(Roles.JEFE, "JEFATURA"), step(s).responsible(), s);
        }
        assertTrue(step("6").responsible().isRequester(), "6: personal que labora en el MINDEF");
    }

    @Test
    void step_5_returns_to_the_owner_or_goes_to_the_event_or_to_the_acceptance() {
        assertEquals(Map.of("observar", List.of("4"), "evento", List.of("6"), "aceptar", List.of("10")),
                targets(step("5")));
        assertEquals(List.of("7"), step("6").outcomes().get(0).targets());
        assertEquals(List.of("8"), step("7").outcomes().get(0).targets());
        assertEquals(List.of("9"), step("8").outcomes().get(0).targets());
        assertTrue(step("9").outcomes().get(0).ends(), "9: Fin de procedimiento");
        assertEquals(Map.of("aprobar", List.of("13")), targets(step("12")));
        assertTrue(step("13").outcomes().get(0).ends(), "13: Fin de procedimiento");
    }

    @Test
    void the_jefe_distributes_by_memorandum_interno() {
        assertEquals("Memorándum interno", step("12").output());
    }

    private static StepDefinition step(String code) {
        return S04010003.FLOW.step(code).orElseThrow();
    }

    private static Map<String, List<String>> targets(StepDefinition step) {
        Map<String, List<String>> targets = new HashMap<>();
        for (Outcome o : step.outcomes()) {
            targets.put(o.key(), o.targets());
        }
        return targets;
    }
}
