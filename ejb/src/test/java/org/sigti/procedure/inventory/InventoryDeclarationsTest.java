package org.sigti.procedure.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;

/** The declarations of SEPREM-DI-002.1, S04.03.04.01 and S04.03.03.02 against the manuals (procedures.md C2, E16, E15). */
class InventoryDeclarationsTest {

    private static List<String> steps(ProcedureDefinition def) {
        return def.steps().stream().map(s -> s.code()).toList();
    }

    @Test
    void steps_are_numbered_as_in_the_manuals() {
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "5.F", "6"), steps(SepremDi0021.FLOW));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"),
                steps(S04030401.FLOW));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"),
                steps(S04030302.FLOW));
    }

    @Test
    void the_user_signs_the_license_form_in_sigti_or_sends_it_back_to_delivery() {
        var c2 = SepremDi0021.FLOW;
        var sign = c2.step("5.F").orElseThrow();
        assertEquals(List.of("6"), sign.outcome("conforme").orElseThrow().targets());
        assertEquals(List.of("5"), sign.outcome("no_conforme").orElseThrow().targets());
        assertTrue(c2.step("1").orElseThrow().field(SepremDi0021.PLATFORM).orElseThrow().required());
        assertEquals(Roles.TECNICO, c2.step("5").orElseThrow().responsible().role());
    }

    @Test
    void the_certificate_devices_are_named_at_step_8_and_separation_leads_to_the_return() {
        var e16 = S04030401.FLOW;
        assertTrue(e16.step("8").orElseThrow().field(S04030401.CARD).orElseThrow().required());
        assertTrue(e16.step("8").orElseThrow().field(S04030401.READER).orElseThrow().required());
        assertEquals(List.of("11"), e16.step("10").orElseThrow().outcome("cese").orElseThrow().targets());
        assertTrue(e16.step("10").orElseThrow().outcome("cerrar").orElseThrow().ends());
        assertEquals(List.of("3"), e16.step("2").orElseThrow().outcome("no_cumple").orElseThrow().targets());
    }

    @Test
    void the_phone_branches_on_stock_at_step_6_and_is_named_at_step_13() {
        var e15 = S04030302.FLOW;
        assertEquals(List.of("9"), e15.step("6").orElseThrow().outcome("disponible").orElseThrow().targets());
        assertEquals(List.of("7"), e15.step("6").orElseThrow().outcome("sin_stock").orElseThrow().targets());
        assertTrue(e15.step("8").orElseThrow().outcomes().get(0).ends());
        assertTrue(e15.step("13").orElseThrow().field(S04030302.PHONE).orElseThrow().required());
    }
}
