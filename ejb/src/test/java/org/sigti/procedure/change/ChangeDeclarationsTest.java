package org.sigti.procedure.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;

/** SEPREM-DI-007.1 against its manual (procedures.md C8; seed 002, page 24). */
class ChangeDeclarationsTest {

    private static final ProcedureDefinition C8 = SepremDi0071.FLOW;

    @Test
    void steps_are_numbered_as_in_the_manual_with_sigtis_filing_and_waiver() {
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "6.D"),
                C8.steps().stream().map(s -> s.code()).toList());
    }

    @Test
    void performers_are_those_the_manual_names() {
        assertEquals(Roles.JEFE, C8.step("1").orElseThrow().responsible().role());
        assertEquals(Roles.RESPONSABLE, C8.step("2").orElseThrow().responsible().role());
        assertEquals(Roles.TECNICO, C8.step("3").orElseThrow().responsible().role());
        assertEquals(Roles.TECNICO, C8.step("4").orElseThrow().responsible().role());
        assertEquals(Roles.TECNICO, C8.step("5").orElseThrow().responsible().role());
        assertEquals(Roles.JEFE, C8.step("6").orElseThrow().responsible().role());
        assertEquals(Roles.RESPONSABLE, C8.step("6.D").orElseThrow().responsible().role());
    }

    @Test
    void unsatisfactory_tests_go_back_to_the_changes_and_the_approval_ends_the_case() {
        var tests = C8.step("4").orElseThrow();
        assertEquals(List.of("3"), tests.outcome("no_satisfactorias").orElseThrow().targets());
        assertEquals(List.of("5"), tests.outcome("satisfactorias").orElseThrow().targets());
        var approval = C8.step("6").orElseThrow();
        assertTrue(approval.outcome(SepremDi0071.APPROVE).orElseThrow().ends());
        assertEquals(List.of("6.D"), approval.outcome(SepremDi0071.ASK_WAIVER).orElseThrow().targets());
        assertEquals(List.of("6"), C8.step("6.D").orElseThrow().outcomes().get(0).targets());
    }

    @Test
    void the_change_is_described_before_the_go_live_and_the_waiver_needs_its_reason() {
        assertTrue(C8.step("2").orElseThrow().field(SepremDi0071.SYSTEM.name()).orElseThrow().required());
        assertTrue(C8.step("3").orElseThrow().field(SepremDi0071.VERSION.name()).orElseThrow().required());
        assertTrue(C8.step("5").orElseThrow().field(SepremDi0071.ROLLBACK.name()).orElseThrow().required());
        assertTrue(C8.step("6.D").orElseThrow().field(SepremDi0071.WAIVER_REASON.name()).orElseThrow().required());
    }
}
