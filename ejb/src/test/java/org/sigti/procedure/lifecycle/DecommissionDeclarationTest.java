package org.sigti.procedure.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;

/** S04.02.00.03 against its manual (procedures.md E6; seed 004, section 6.2.3). */
class DecommissionDeclarationTest {

    private static final ProcedureDefinition E6 = S04020003.FLOW;

    @Test
    void the_nine_activities_with_both_coordinators_steps_split_and_the_filing() {
        assertEquals(List.of("0", "1", "2", "3", "4", "5.INFRA", "5.INNOV", "6", "7", "8.INFRA", "8.INNOV", "9"),
                E6.steps().stream().map(s -> s.code()).toList());
        assertEquals("MINDEF (Perú)", E6.institution());
    }

    @Test
    void each_step_is_done_by_whom_the_manual_names() {
        assertTrue(E6.step("0").orElseThrow().responsible().isRequester());
        assertPerformer("1", Roles.RESPONSABLE, "INNOV");
        assertPerformer("2", Roles.JEFE, "JEFATURA");
        assertEquals(Roles.DIRECTOR, E6.step("3").orElseThrow().responsible().role());
        assertEquals(S04020003.UNIT.name(), E6.step("3").orElseThrow().responsible().queueField());
        assertPerformer("4", Roles.JEFE, "JEFATURA");
        assertPerformer("5.INFRA", Roles.RESPONSABLE, "INFRA");
        assertPerformer("5.INNOV", Roles.RESPONSABLE, "INNOV");
        assertPerformer("6", Roles.TECNICO, "INFRA");
        assertPerformer("7", Roles.TECNICO, "INNOV");
        assertPerformer("8.INFRA", Roles.RESPONSABLE, "INFRA");
        assertPerformer("8.INNOV", Roles.RESPONSABLE, "INNOV");
        assertPerformer("9", Roles.JEFE, "JEFATURA");
    }

    @Test
    void the_two_branches_run_in_parallel_and_meet_at_the_jefes_reply() {
        assertEquals(List.of("5.INNOV", "5.INFRA"), E6.step("4").orElseThrow().outcome("derivar").orElseThrow()
                .targets());
        assertEquals(List.of("6"), E6.step("5.INFRA").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("8.INFRA"), E6.step("6").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("7"), E6.step("5.INNOV").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("8.INNOV"), E6.step("7").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("9"), E6.step("8.INFRA").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("9"), E6.step("8.INNOV").orElseThrow().outcomes().get(0).targets());
        assertTrue(E6.step("9").orElseThrow().join());
        assertTrue(E6.step("9").orElseThrow().outcome("notificar").orElseThrow().ends());
        // the Jefe(a) may return the draft of step 1
        assertEquals(List.of("1"), E6.step("2").orElseThrow().outcome(S04020003.RETURN).orElseThrow().targets());
        assertEquals(List.of("3"), E6.step("2").orElseThrow().outcome(S04020003.SEND).orElseThrow().targets());
    }

    @Test
    void only_the_manuals_three_reasons_and_each_coordinator_mails_the_jefe() {
        var reason = E6.step("3").orElseThrow().field(S04020003.REASON.name()).orElseThrow();
        assertEquals(List.of("Fin de su vida útil", "Obsolescencia tecnológica", "Problemas de seguridad o legalidad"),
                reason.options().stream().map(o -> o.label().in(Locale.forLanguageTag("es"))).toList());
        assertEquals("Obsolescencia tecnológica", S04020003.reason("OBSOLESCENCIA", Locale.forLanguageTag("es")));
        for (String report : List.of("8.INFRA", "8.INNOV")) {
            var mails = E6.step(report).orElseThrow().notifications();
            assertEquals(1, mails.size(), report);
            assertEquals("decommissionReport", mails.get(0).template(), report);
        }
    }

    private static void assertPerformer(String step, String role, String queue) {
        var who = E6.step(step).orElseThrow().responsible();
        assertEquals(role, who.role(), step);
        assertEquals(queue, who.queue(), step);
    }
}
