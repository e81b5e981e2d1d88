package org.sigti.procedure.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.Notification;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Recipient;

/** SEPREM-DI-003.1 and 003.2 against the manual (seed 002, pages 14 and 16; procedures.md C3, C4). */
class DevelopmentDeclarationsTest {

    private static List<String> steps(ProcedureDefinition def) {
        return def.steps().stream().map(s -> s.code()).toList();
    }

    private static String performer(ProcedureDefinition def, String step) {
        var r = def.step(step).orElseThrow().responsible();
        return r.role() + " " + r.queue();
    }

    private static List<String> targets(ProcedureDefinition def, String step, String outcome) {
        return def.step(step).orElseThrow().outcome(outcome).orElseThrow().targets();
    }

    @Test
    void new_systems_run_the_manuals_ten_activities_with_the_director_deciding_on_the_design() {
        var c3 = SepremDi0031.FLOW;
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), steps(c3));
        // the Director(a) de Informática receives, obtains the resources, approves the design and the go-live
        for (String step : List.of("1", "3", "6", "9")) {
            assertEquals(Roles.JEFE + " JEFATURA", performer(c3, step), step);
        }
        // the Jefe de Desarrollo (a Responsable) analyses, proposes and validates; the Analista (Técnico) codes
        for (String step : List.of("2", "4", "5", "8")) {
            assertEquals(Roles.RESPONSABLE + " DI-DESARROLLO", performer(c3, step), step);
        }
        assertEquals(Roles.TECNICO + " DI-DESARROLLO", performer(c3, "7"));
        assertEquals(List.of("7"), targets(c3, "6", "satisfactorio"));
        assertEquals(List.of("4"), targets(c3, "6", "no_satisfactorio"));
        assertEquals(List.of("9"), targets(c3, "8", "satisfactorias"));
        assertEquals(List.of("7"), targets(c3, "8", "no_satisfactorias"));
        assertTrue(c3.step("9").orElseThrow().outcome("aprobar").orElseThrow().ends());
        // the feasibility analysis names human and financial resources
        assertTrue(c3.step("2").orElseThrow().field(SepremDi0031.HUMAN).orElseThrow().required());
        assertTrue(c3.step("2").orElseThrow().field(SepremDi0031.FINANCIAL).orElseThrow().required());
        assertEquals(List.of(new Notification("newSystemApproved", null, List.of(Recipient.requester()))),
                c3.step("9").orElseThrow().notifications());
    }

    @Test
    void improvements_loop_on_the_proposal_and_the_tests_and_end_out_of_scope_when_replacing_is_cheaper() {
        var c4 = SepremDi0032.FLOW;
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "6.D"), steps(c4));
        assertEquals(Roles.JEFE + " JEFATURA", performer(c4, "1"));
        assertEquals(Roles.TECNICO + " DI-DESARROLLO", performer(c4, "2"));
        assertEquals(Roles.RESPONSABLE + " DI-DESARROLLO", performer(c4, "3"));
        assertEquals(Roles.TECNICO + " DI-DESARROLLO", performer(c4, "4"));
        assertEquals(Roles.RESPONSABLE + " DI-DESARROLLO", performer(c4, "5"));
        assertEquals(Roles.JEFE + " JEFATURA", performer(c4, "6"));
        // 6.D, SIGTI's: without a copy taken since the case opened, the Jefe de Desarrollo (never the approver)
        // waives it with its reason and the case returns to the Director
        assertEquals(Roles.RESPONSABLE + " DI-DESARROLLO", performer(c4, "6.D"));
        assertEquals(List.of("6.D"), targets(c4, "6", "sin_copia"));
        assertTrue(c4.step("6").orElseThrow().outcome("aprobar").orElseThrow().ends());
        assertTrue(c4.step("6.D").orElseThrow().field(SepremDi0032.WAIVER_REASON.name()).orElseThrow().required());
        assertTrue(c4.step("5").orElseThrow().field(SepremDi0032.ROLLBACK.name()).orElseThrow().required());
        assertEquals(List.of("4"), targets(c4, "3", "satisfactorio"));
        assertEquals(List.of("2"), targets(c4, "3", "no_satisfactorio"));
        assertTrue(c4.step("3").orElseThrow().outcome("fuera_de_alcance").orElseThrow().ends());
        assertEquals(List.of("6"), targets(c4, "5", "satisfactorias"));
        assertEquals(List.of("4"), targets(c4, "5", "no_satisfactorias"));
        assertTrue(c4.step("3").orElseThrow().field(SepremDi0032.SCOPE).orElseThrow().required());
        assertTrue(c4.step("3").orElseThrow().field(SepremDi0032.SCOPE_REASON).orElseThrow().required());
        assertEquals(List.of(new Notification("improvementInProduction", "aprobar", List.of(Recipient.requester()))),
                c4.step("6").orElseThrow().notifications());
    }

    @Test
    void the_way_out_of_step_3_must_agree_with_the_scope_decided() {
        var bean = new SepremDi0032();
        // an improvement dearer than replacing cannot be developed, a cheaper one cannot be closed as out of scope
        WorkflowException beyond = assertThrows(WorkflowException.class,
                () -> bean.scopeAgrees(move("satisfactorio", SepremDi0032.BEYOND)));
        assertEquals("procedures.improvement.beyondScope", beyond.messageKey());
        assertEquals(Map.of(SepremDi0032.SCOPE, "procedures.improvement.beyondScope.field"), beyond.fieldProblems());
        WorkflowException within = assertThrows(WorkflowException.class,
                () -> bean.scopeAgrees(move("fuera_de_alcance", SepremDi0032.WITHIN)));
        assertEquals("procedures.improvement.withinScope", within.messageKey());
        // the agreeing ways out, and the loop back whatever the estimate, go on
        bean.scopeAgrees(move("satisfactorio", SepremDi0032.WITHIN));
        bean.scopeAgrees(move("fuera_de_alcance", SepremDi0032.BEYOND));
        bean.scopeAgrees(move("no_satisfactorio", SepremDi0032.BEYOND));
    }

    private static Transition move(String outcome, String scope) {
        return new Transition(1L, "SOL-2026-000001", SepremDi0032.CODE, "3", outcome, null,
                Map.of(SepremDi0032.SCOPE, scope, SepremDi0032.SCOPE_REASON, "Estimación"),
                new Actor("responsable.di-desarrollo", "Jefe de Desarrollo", null, List.of(Roles.RESPONSABLE), "DI-DESARROLLO"));
    }
}
