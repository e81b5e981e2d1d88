package org.sigti.procedure.pgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;

/** S04.01.00.02 against its manual (procedures.md E2; seed 004, section 6.1.2). */
class PgdFollowUpDeclarationTest {

    private static final ProcedureDefinition E2 = S04010002.FLOW;

    @Test
    void the_ten_activities_with_each_coordinators_steps_split_and_the_opening() {
        assertEquals(List.of("0", "1", "2.INNOV", "2.INFRA", "2.GOBTI", "3", "4", "5", "6", "7.INNOV", "7.INFRA",
                "7.GOBTI", "8", "9", "10"), E2.steps().stream().map(s -> s.code()).toList());
        assertEquals("MINDEF (Perú)", E2.institution());
        assertEquals("Seguimiento de la implementación del Plan de Gobierno Digital del MINDEF", E2.name().es());
    }

    @Test
    void each_step_is_done_by_whom_the_manual_names() {
        assertTrue(E2.step("0").orElseThrow().responsible().isRequester(), "the Jefe(a) files it by hand");
        assertEquals(List.of(Roles.JEFE), E2.starters());
        assertFalse(E2.startedBySystemOnly(), "the clock opens it, and the Jefe(a) may file it too");
        for (String assistance : List.of("1", "3", "6", "8", "2.GOBTI", "7.GOBTI")) {
            assertPerformer(assistance, Roles.RESPONSABLE, "GOBTI");
        }
        for (String step : List.of("2", "7")) {
            assertPerformer(step + ".INNOV", Roles.RESPONSABLE, "INNOV");
            assertPerformer(step + ".INFRA", Roles.RESPONSABLE, "INFRA");
        }
        assertPerformer("4", Roles.JEFE, "JEFATURA");
        assertPerformer("9", Roles.JEFE, "JEFATURA");
        assertPerformer("5", Roles.COMITE, "CGD");
        assertPerformer("10", Roles.COMITE, "CGD");
    }

    @Test
    void the_coordinators_report_and_update_in_parallel_and_are_joined() {
        assertEquals(List.of("2.INNOV", "2.INFRA", "2.GOBTI"), E2.step("1").orElseThrow().outcome("solicitar")
                .orElseThrow().targets());
        assertEquals(List.of("7.INNOV", "7.INFRA", "7.GOBTI"), E2.step("6").orElseThrow().outcome("solicitar")
                .orElseThrow().targets());
        for (String team : List.of("INNOV", "INFRA", "GOBTI")) {
            assertEquals(List.of("3"), E2.step("2." + team).orElseThrow().outcomes().get(0).targets());
            assertEquals(List.of("8"), E2.step("7." + team).orElseThrow().outcomes().get(0).targets());
        }
        assertTrue(E2.step("3").orElseThrow().join());
        assertTrue(E2.step("8").orElseThrow().join());
    }

    @Test
    void the_cgds_decision_at_5_goes_to_6_or_ends_and_10_ends() {
        assertEquals(List.of("6"), E2.step("5").orElseThrow().outcome(S04010002.UPDATE).orElseThrow().targets(),
                "the manual's «Si: Ir a la actividad 7» is read as 6, the request 7 answers");
        assertTrue(E2.step("5").orElseThrow().outcome(S04010002.NO_CHANGE).orElseThrow().ends());
        assertTrue(E2.step("10").orElseThrow().outcome(S04010002.NOTE).orElseThrow().ends());
        assertEquals(List.of("3"), E2.step("4").orElseThrow().outcome(S04010002.RETURN).orElseThrow().targets());
        assertEquals(List.of("5"), E2.step("4").orElseThrow().outcome(S04010002.SEND).orElseThrow().targets());
        assertEquals(List.of("10"), E2.step("9").orElseThrow().outcome(S04010002.SEND).orElseThrow().targets());
    }

    @Test
    void the_mails_the_manual_sends_by_institutional_email() {
        assertEquals(3, E2.step("1").orElseThrow().notifications().get(0).to().size());
        assertEquals("pgdProgressRequest", E2.step("1").orElseThrow().notifications().get(0).template());
        assertEquals("pgdFollowReport", E2.step("3").orElseThrow().notifications().get(0).template());
        assertEquals("pgdUpdateRequest", E2.step("6").orElseThrow().notifications().get(0).template());
        assertEquals("pgdUpdatedPortfolio", E2.step("8").orElseThrow().notifications().get(0).template());
    }

    private static void assertPerformer(String step, String role, String queue) {
        var who = E2.step(step).orElseThrow().responsible();
        assertEquals(role, who.role(), step);
        assertEquals(queue, who.queue(), step);
    }
}
