package org.sigti.procedure.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;

/** The three account declarations against the manuals' numbering (procedures.md C1, E7, E8). */
class AccountDeclarationsTest {

    private static List<String> steps(ProcedureDefinition def) {
        return def.steps().stream().map(s -> s.code()).toList();
    }

    @Test
    void steps_are_numbered_as_in_the_manuals() {
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8"), steps(SepremDi0011.FLOW));
        assertEquals(20, steps(S04030101.FLOW).stream().filter(s -> s.matches("\\d+")).count());
        assertTrue(steps(S04030101.FLOW).containsAll(List.of("5.SG", "7.SG")));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "10.F"), steps(S04030102.FLOW));
        assertEquals(List.of("0", "11", "12", "13", "14", "15", "16", "17"), steps(S04030102C.FLOW));
    }

    @Test
    void altas_bajas_and_the_cese_are_filed_by_human_resources_and_the_authorities_only() {
        // SEPREM-DI-001.1: "se realiza exclusivamente a requerimiento de la Dirección de Recursos Humanos o
        // Autoridades"; S04.03.01.02: "la DIPEM o la DIPEC registra en el sistema de Recursos Humanos el cese"
        assertEquals(List.of(Roles.RRHH, Roles.AUTORIDAD), SepremDi0011.FLOW.starters());
        assertEquals(List.of(Roles.RRHH, Roles.AUTORIDAD), S04030102.FLOW.starters());
        assertEquals(List.of(), S04030101.FLOW.starters(), "any employee asks for an account (S04.03.01.01)");
    }

    @Test
    void alta_and_baja_branch_at_step_3_and_the_copy_is_recorded_at_step_7() {
        var c1 = SepremDi0011.FLOW;
        assertEquals(List.of("4"), c1.step("3").orElseThrow().outcome("alta").orElseThrow().targets());
        assertEquals(List.of("6"), c1.step("3").orElseThrow().outcome("baja").orElseThrow().targets());
        assertTrue(c1.step("7").orElseThrow().field(AccountFields.COPY_LOCATION).orElseThrow().required());
        assertTrue(c1.step("8").orElseThrow().outcomes().get(0).ends());
    }

    @Test
    void the_secretario_general_authorization_is_his_own_step_with_the_document() {
        var e7 = S04030101.FLOW;
        for (String step : List.of("5.SG", "7.SG")) {
            var s = e7.step(step).orElseThrow();
            assertEquals(Roles.AUTORIDAD, s.responsible().role());
            assertTrue(s.field(AccountFields.AUTHORIZATION).orElseThrow().required());
        }
        assertEquals(List.of("7.SG"), e7.step("7").orElseThrow().outcome("no_comunes").orElseThrow().targets());
        assertEquals(List.of("9"), e7.step("7.SG").orElseThrow().outcome("cuenta").orElseThrow().targets());
        assertEquals(List.of("11"), e7.step("7.SG").orElseThrow().outcome("vpn").orElseThrow().targets());
    }

    @Test
    void the_cese_alert_starts_the_accounts_and_vpn_branches_at_once_and_both_end_at_the_join() {
        var e8 = S04030102.FLOW;
        assertEquals(List.of("1", "5"), e8.start().outcomes().get(0).targets());
        assertEquals(1, e8.step("1").orElseThrow().outcomes().size(), "step 1 no longer chooses a branch");
        assertEquals(List.of(S04030102.JOIN), e8.step("4").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of(S04030102.JOIN), e8.step("10").orElseThrow().outcomes().get(0).targets());
        var join = e8.step(S04030102.JOIN).orElseThrow();
        assertTrue(join.join());
        assertTrue(join.outcomes().get(0).ends());
        assertTrue(join.hint().es().startsWith("Paso de SIGTI"), "the added step says why");
    }

    @Test
    void vpn_steps_go_to_the_cybersecurity_teams_especialista() {
        for (String step : List.of("6", "7", "8")) {
            assertEquals("CIBER", S04030102.FLOW.step(step).orElseThrow().responsible().queue(), step);
            assertEquals(Roles.TECNICO, S04030102.FLOW.step(step).orElseThrow().responsible().role(), step);
        }
        for (String step : List.of("13", "14", "15", "16")) {
            assertEquals("CIBER", S04030101.FLOW.step(step).orElseThrow().responsible().queue(), step);
        }
        assertEquals("INFRA", S04030101.FLOW.step("11").orElseThrow().responsible().queue(),
                "step 11 is the network professional's");
    }

    @Test
    void steps_11_to_17_have_the_manuals_performers_and_documents() {
        var c = S04030102C.FLOW;
        assertEquals(List.of(Roles.RESPONSABLE, Roles.JEFE, Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO,
                Roles.RESPONSABLE, Roles.JEFE), List.of("11", "12", "13", "14", "15", "16", "17").stream()
                        .map(s -> c.step(s).orElseThrow().responsible().role()).toList());
        assertTrue(c.step("11").orElseThrow().field(S04030102C.OFICIO).orElseThrow().required());
        assertTrue(c.step("13").orElseThrow().field(S04030102C.HR_LIST).orElseThrow().required());
        assertEquals(List.of("15"), c.step("14").orElseThrow().outcome(S04030102C.DIFFERENCES).orElseThrow()
                .targets());
        assertEquals(List.of("16"), c.step("14").orElseThrow().outcome(S04030102C.NO_DIFFERENCES).orElseThrow()
                .targets());
        assertTrue(c.step("15").orElseThrow().field(AccountFields.PST_LOCATION).orElseThrow().required());
        assertEquals("Informe de eliminación de cuentas", c.step("16").orElseThrow().output());
        assertTrue(c.step("17").orElseThrow().outcomes().get(0).ends());
    }

    @Test
    void the_accounts_branch_ends_at_step_4_and_the_pst_is_recorded_at_step_3() {
        var e8 = S04030102.FLOW;
        assertTrue(e8.step("3").orElseThrow().field(AccountFields.PST_LOCATION).orElseThrow().required());
        var four = e8.step("4").orElseThrow();
        assertEquals(1, four.outcomes().size(), "a person's case does not carry the semiannual reconciliation");
        assertTrue(four.hint().es().contains(S04030102C.CODE), "step 4 says where the manual's step 11 went");
    }
}
