package org.sigti.procedure.pgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;

/** S04.01.00.01 against its manual (procedures.md E1; seed 004, section 6.1.1). */
class PgdFormulationDeclarationTest {

    private static final ProcedureDefinition E1 = S04010001.FLOW;

    @Test
    void the_twenty_four_activities_with_each_coordinators_steps_split_and_the_filing() {
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9.INNOV", "9.INFRA", "9.GOBTI", "10", "11",
                "12", "13", "14.INNOV", "14.INFRA", "14.GOBTI", "15", "16", "17", "18", "19", "20", "21", "22", "23",
                "24"), E1.steps().stream().map(s -> s.code()).toList());
        assertEquals("MINDEF (Perú)", E1.institution());
        assertEquals("Formulación del Plan de Gobierno Digital del MINDEF", E1.name().es());
    }

    @Test
    void each_step_is_done_by_whom_the_manual_names() {
        assertTrue(E1.step("0").orElseThrow().responsible().isRequester(), "the Jefe(a) files the formulation");
        assertEquals(List.of(Roles.JEFE), E1.starters());
        for (String jefe : List.of("1", "3", "6", "7", "11", "12", "16", "19", "22")) {
            assertPerformer(jefe, Roles.JEFE, "JEFATURA");
        }
        for (String assistance : List.of("2", "5", "8", "10", "13", "15", "18", "9.GOBTI", "14.GOBTI")) {
            assertPerformer(assistance, Roles.RESPONSABLE, "GOBTI");
        }
        assertPerformer("9.INNOV", Roles.RESPONSABLE, "INNOV");
        assertPerformer("9.INFRA", Roles.RESPONSABLE, "INFRA");
        assertPerformer("14.INNOV", Roles.RESPONSABLE, "INNOV");
        assertPerformer("14.INFRA", Roles.RESPONSABLE, "INFRA");
        for (String committee : List.of("4", "17", "20")) {
            assertPerformer(committee, Roles.COMITE, "CGD");
        }
        assertPerformer("21", Roles.TECNICO, "GD");
        assertPerformer("23", Roles.AUTORIDAD, "DM");
        assertPerformer("24", Roles.AUTORIDAD, "SG");
    }

    @Test
    void the_coordinators_report_in_parallel_and_are_joined_before_consolidation() {
        assertEquals(List.of("9.INNOV", "9.INFRA", "9.GOBTI"), E1.step("8").orElseThrow().outcome("solicitar")
                .orElseThrow().targets());
        assertEquals(List.of("14.INNOV", "14.INFRA", "14.GOBTI"), E1.step("13").orElseThrow().outcome("solicitar")
                .orElseThrow().targets());
        for (String team : List.of("INNOV", "INFRA", "GOBTI")) {
            assertEquals(List.of("10"), E1.step("9." + team).orElseThrow().outcomes().get(0).targets());
            assertEquals(List.of("15"), E1.step("14." + team).orElseThrow().outcomes().get(0).targets());
        }
        assertTrue(E1.step("10").orElseThrow().join());
        assertTrue(E1.step("15").orElseThrow().join());
    }

    @Test
    void validations_may_return_the_work_and_the_sgs_oficio_ends_the_case() {
        assertEquals(List.of("2"), E1.step("3").orElseThrow().outcome(S04010001.RETURN).orElseThrow().targets());
        assertEquals(List.of("5"), E1.step("6").orElseThrow().outcome(S04010001.RETURN).orElseThrow().targets());
        assertEquals(List.of("18"), E1.step("19").orElseThrow().outcome(S04010001.RETURN).orElseThrow().targets());
        assertTrue(E1.step("24").orElseThrow().outcome(S04010001.SEND).orElseThrow().ends());
        assertEquals(List.of("24"), E1.step("23").orElseThrow().outcome("firmar").orElseThrow().targets());
    }

    @Test
    void the_mails_the_manual_sends_by_institutional_email() {
        assertEquals("pgdStart", E1.step("1").orElseThrow().notifications().get(0).template());
        assertEquals("pgdRisks", E1.step("5").orElseThrow().notifications().get(0).template());
        assertEquals("pgdSituation", E1.step("10").orElseThrow().notifications().get(0).template());
        assertEquals("pgdDraft", E1.step("18").orElseThrow().notifications().get(0).template());
        assertEquals(3, E1.step("8").orElseThrow().notifications().get(0).to().size());
    }

    private static void assertPerformer(String step, String role, String queue) {
        var who = E1.step(step).orElseThrow().responsible();
        assertEquals(role, who.role(), step);
        assertEquals(queue, who.queue(), step);
    }
}
