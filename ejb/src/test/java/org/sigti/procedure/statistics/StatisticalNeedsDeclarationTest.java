package org.sigti.procedure.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;

/** S04.05.00.02 against its manual (procedures.md E23; seed 004, section 6.5.2). */
class StatisticalNeedsDeclarationTest {

    private static final ProcedureDefinition E23 = S04050002.FLOW;

    @Test
    void the_thirteen_activities_with_the_filing_the_start_the_oficios_signature_and_the_wait() {
        assertEquals(List.of("0", "0.I", "1", "2", "3", "4", "5", "6", "6.F", "6.E", "7", "8", "9", "10", "11", "12",
                "13"), E23.steps().stream().map(s -> s.code()).toList());
        assertEquals("MINDEF (Perú)", E23.institution());
        assertEquals(List.of(Roles.DIRECTOR, Roles.RESPONSABLE, Roles.JEFE), E23.starters());
    }

    @Test
    void each_step_is_done_by_whom_the_manual_names() {
        assertTrue(E23.step("0").orElseThrow().responsible().isRequester());
        assertTrue(E23.step("0.I").orElseThrow().responsible().isRequester());
        for (String director : List.of("1", "3")) {
            assertEquals(Roles.DIRECTOR, E23.step(director).orElseThrow().responsible().role(), director);
            assertEquals(S04050002.UNIT.name(), E23.step(director).orElseThrow().responsible().queueField(),
                    director);
        }
        for (String coordinator : List.of("2", "5", "9", "11")) {
            assertPerformer(coordinator, Roles.RESPONSABLE, "ESTAD");
        }
        for (String specialist : List.of("6", "6.E", "7", "8", "10")) {
            assertPerformer(specialist, Roles.TECNICO, "ESTAD");
        }
        for (String jefe : List.of("4", "6.F", "12", "13")) {
            assertPerformer(jefe, Roles.JEFE, "JEFATURA");
        }
    }

    @Test
    void both_entry_branches_lead_to_the_oficio_and_the_information_available_branch_skips_the_request() {
        assertEquals(List.of("1"), targets("0.I", S04050002.FROM_UNIT));
        assertEquals(List.of("2"), targets("0.I", S04050002.FROM_OGTIE));
        assertEquals(List.of("3"), E23.step("1").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("3"), E23.step("2").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("8"), targets("5", S04050002.AVAILABLE));
        assertEquals(List.of("6"), targets("5", S04050002.MISSING));
        assertEquals(List.of("6.F"), targets("6", S04050002.BY_OFICIO));
        assertEquals(List.of("6.E"), targets("6", S04050002.COORDINATE));
        assertEquals(List.of("6.E"), targets("6.F", S04050002.SEND));
        assertEquals(List.of("6"), targets("6.F", S04050002.OBSERVE));
        assertEquals(List.of("7"), E23.step("6.E").orElseThrow().outcomes().get(0).targets());
    }

    @Test
    void the_review_loops_return_to_whom_the_manual_says() {
        assertEquals(List.of("6.E"), targets("7", S04050002.OBSERVE));
        assertEquals(List.of("8"), targets("7", S04050002.AGREED));
        assertEquals(List.of("8"), targets("9", S04050002.OBSERVE));
        assertEquals(List.of("10"), targets("9", S04050002.AGREED));
        assertEquals(List.of("11"), targets("12", S04050002.OBSERVE));
        assertEquals(List.of("13"), targets("12", S04050002.AGREED));
        assertTrue(E23.step("13").orElseThrow().outcome(S04050002.SEND).orElseThrow().ends());
    }

    @Test
    void the_mails_the_manual_names_go_to_the_coordinator_and_the_observations_to_the_specialist() {
        assertEquals("supportRequest", E23.step("1").orElseThrow().notifications().get(0).template());
        assertEquals("tablesForReview", E23.step("8").orElseThrow().notifications().get(0).template());
        assertEquals("documentForReview", E23.step("10").orElseThrow().notifications().get(0).template());
        var observed = E23.step("9").orElseThrow().notifications().get(0);
        assertEquals("tablesObserved", observed.template());
        assertEquals(S04050002.OBSERVE, observed.outcome());
    }

    private static List<String> targets(String step, String outcome) {
        return E23.step(step).orElseThrow().outcome(outcome).orElseThrow().targets();
    }

    private static void assertPerformer(String step, String role, String queue) {
        var who = E23.step(step).orElseThrow().responsible();
        assertEquals(role, who.role(), step);
        assertEquals(queue, who.queue(), step);
    }
}
