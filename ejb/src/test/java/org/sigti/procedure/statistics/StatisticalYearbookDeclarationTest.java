package org.sigti.procedure.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;

/** S04.05.00.01 against its manual (procedures.md E22; seed 004, section 6.5.1). */
class StatisticalYearbookDeclarationTest {

    private static final ProcedureDefinition E22 = S04050001.FLOW;

    @Test
    void the_filing_and_the_thirty_one_activities_in_the_manuals_order() {
        List<String> expected = new ArrayList<>(List.of("0"));
        IntStream.rangeClosed(1, 31).forEach(i -> expected.add(String.valueOf(i)));
        assertEquals(expected, E22.steps().stream().map(s -> s.code()).toList());
        assertEquals("MINDEF (Perú)", E22.institution());
        assertEquals(List.of(Roles.RESPONSABLE, Roles.JEFE), E22.starters());
        assertTrue(E22.step("0").orElseThrow().responsible().isRequester());
    }

    @Test
    void each_step_is_done_by_whom_the_manual_names() {
        for (String coordinator : List.of("1", "3", "8", "9", "13", "14", "16", "19", "21", "23", "25", "28")) {
            assertPerformer(coordinator, Roles.RESPONSABLE, "ESTAD");
        }
        for (String specialist : List.of("15", "18", "20", "27")) {
            assertPerformer(specialist, Roles.TECNICO, "ESTAD");
        }
        for (String jefe : List.of("2", "4", "7", "10", "11", "17", "22", "24", "26", "29", "30")) {
            assertPerformer(jefe, Roles.JEFE, "JEFATURA");
        }
        for (String secretary : List.of("5", "6", "12", "31")) {
            assertPerformer(secretary, Roles.AUTORIDAD, "SG");
        }
    }

    @Test
    void the_monitoring_phase_runs_straight_with_the_jefes_observation_loop_on_the_schedule() {
        for (int i = 0; i <= 17; i++) {
            String step = String.valueOf(i);
            List<String> forward = E22.step(step).orElseThrow().outcomes().stream()
                    .filter(o -> !o.key().equals(S04050001.OBSERVE)).flatMap(o -> o.targets().stream()).toList();
            assertEquals(List.of(String.valueOf(i + 1)), forward, step);
        }
        assertEquals(List.of("9"), targets("10", S04050001.OBSERVE));
        assertEquals(List.of("11"), targets("10", S04050001.AGREED));
        assertEquals(List.of("1"), targets("2", S04050001.OBSERVE));
        assertEquals(List.of("3"), targets("4", S04050001.OBSERVE));
    }

    @Test
    void nineteen_forks_the_content_and_the_cover_branch_which_join_at_twenty_seven() {
        assertEquals(List.of("20", "21"), targets("19", S04050001.PARALLEL));
        assertEquals(List.of("18"), targets("19", S04050001.OBSERVE));
        assertEquals(List.of("27"), E22.step("20").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("22"), E22.step("21").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("23"), targets("22", "firmar"));
        assertEquals(List.of("24"), E22.step("23").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("25"), targets("24", S04050001.APPROVE));
        assertEquals(List.of("23"), targets("24", S04050001.OBSERVE));
        assertEquals(List.of("26"), E22.step("25").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("27"), targets("26", "firmar"));
        assertTrue(E22.step("27").orElseThrow().join(), "27 waits for both branches");
        assertFalse(E22.step("20").orElseThrow().join());
    }

    @Test
    void the_review_loops_and_the_secretarys_approval_end_the_case() {
        assertEquals(List.of("29"), targets("28", S04050001.SEND));
        assertEquals(List.of("27"), targets("28", S04050001.OBSERVE));
        assertEquals(List.of("28"), targets("29", S04050001.OBSERVE));
        assertEquals(List.of("30"), targets("29", S04050001.AGREED));
        assertEquals(List.of("31"), targets("30", S04050001.SEND));
        assertTrue(E22.step("31").orElseThrow().outcome(S04050001.APPROVE).orElseThrow().ends());
    }

    @Test
    void the_mails_the_manual_names() {
        assertEquals("activitiesForReview", E22.step("1").orElseThrow().notifications().get(0).template());
        assertEquals("tablesForReview", E22.step("18").orElseThrow().notifications().get(0).template());
        assertEquals("tablesObserved", E22.step("19").orElseThrow().notifications().get(0).template());
        assertEquals(S04050001.OBSERVE, E22.step("19").orElseThrow().notifications().get(0).outcome());
        assertEquals("yearbookObserved", E22.step("28").orElseThrow().notifications().get(0).template());
        assertEquals("followUpAssigned", E22.step("14").orElseThrow().notifications().get(0).template());
    }

    private static List<String> targets(String step, String outcome) {
        return E22.step(step).orElseThrow().outcome(outcome).orElseThrow().targets();
    }

    private static void assertPerformer(String step, String role, String queue) {
        var who = E22.step(step).orElseThrow().responsible();
        assertEquals(role, who.role(), step);
        assertEquals(queue, who.queue(), step);
    }
}
