package org.sigti.procedure.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.FieldKind;
import org.sigti.workflow.flow.OutcomeKind;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.StepDefinition;

/**
 * SEPREM-DI-004.1's declaration against the Spanish manual (procedures.md C5): its seven activities and their
 * performers, SIGTI's request "0" and the Director's signature "6.F", and the returns SIGTI adds to the two
 * approvals.
 */
class DictamenDeclarationTest {

    private static final ProcedureDefinition C5 = SepremDi0041.FLOW;

    private static StepDefinition step(String code) {
        return C5.step(code).orElseThrow();
    }

    private static String performer(String code) {
        StepDefinition s = step(code);
        return s.responsible().isRequester() ? "requester" : s.responsible().role() + "@" + s.responsible().queue();
    }

    @Test
    void the_steps_are_the_manuals_seven_plus_the_request_and_the_directors_signature() {
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "6.F", "7"), C5.steps().stream()
                .map(StepDefinition::code).toList());
        assertEquals("SEPREM (Guatemala)", C5.institution());
        assertEquals("Emisión de Dictamen Técnico", C5.name().es());
        assertEquals("0", C5.start().code());
    }

    @Test
    void each_step_is_done_by_the_unit_the_manual_names() {
        assertEquals("requester", performer("0"));
        // Asistente de Dirección: receives (1), prepares the traslado (6) and archives (7)
        for (String s : List.of("1", "6", "7")) {
            assertEquals(Roles.OPERADOR + "@DI-ASIST", performer(s), s);
        }
        // Jefe de Infraestructura / Analista: inspects, documents, issues
        for (String s : List.of("2", "3", "4")) {
            assertEquals(Roles.TECNICO + "@DI-INFRA", performer(s), s);
        }
        // Jefe de Infraestructura approves; the Director de Informática signs the traslado
        assertEquals(Roles.RESPONSABLE + "@DI-INFRA", performer("5"));
        assertEquals(Roles.JEFE + "@JEFATURA", performer("6.F"));
    }

    @Test
    void the_flow_runs_straight_as_in_the_manual_with_a_return_at_each_approval() {
        for (String[] arrow : new String[][] {{"0", "1"}, {"1", "2"}, {"2", "3"}, {"3", "4"}, {"4", "5"},
            {"6", "6.F"}}) {
            assertEquals(List.of(arrow[1]), step(arrow[0]).outcomes().get(0).targets(), arrow[0]);
            assertEquals(1, step(arrow[0]).outcomes().size(), arrow[0]);
        }
        assertEquals(List.of("6"), step("5").outcome("aprobar").orElseThrow().targets());
        assertEquals(OutcomeKind.LOOP, step("5").outcome("devolver").orElseThrow().kind());
        assertEquals(List.of("4"), step("5").outcome("devolver").orElseThrow().targets());
        assertEquals(List.of("7"), step("6.F").outcome("firmar").orElseThrow().targets());
        assertEquals(OutcomeKind.LOOP, step("6.F").outcome("devolver").orElseThrow().kind());
        assertEquals(List.of("6"), step("6.F").outcome("devolver").orElseThrow().targets());
        assertTrue(step("7").outcome("archivar").orElseThrow().ends());
    }

    @Test
    void the_inspection_picks_the_equipment_and_the_dictamen_recommends_a_choice_including_baja() {
        assertEquals(FieldKind.CHOICE, step("2").field(SepremDi0041.SUBJECT.name()).orElseThrow().kind());
        assertTrue(step("2").field(SepremDi0041.EQUIPMENT_CODE.name()).isPresent());
        assertTrue(step("3").field(SepremDi0041.CHARACTERISTICS.name()).orElseThrow().required());
        assertTrue(step("3").field(SepremDi0041.CONDITION.name()).orElseThrow().required());
        var recommendation = step("4").field(SepremDi0041.RECOMMENDATION.name()).orElseThrow();
        assertTrue(recommendation.required());
        assertEquals(FieldKind.CHOICE, recommendation.kind());
        assertTrue(recommendation.problemWith(Dictamen.DISPOSAL).isEmpty());
        assertTrue(recommendation.problemWith("REPARACION").isEmpty());
        assertTrue(recommendation.problemWith("COMPRA").isEmpty());
        assertFalse(recommendation.problemWith("REGALAR").isEmpty());
        assertTrue(step("6").field(SepremDi0041.ADDRESSEE.name()).orElseThrow().required());
    }

    @Test
    void the_documents_and_the_disposal_are_bound_to_the_steps_that_produce_them() {
        var bound = C5.bindings().stream().map(b -> b.step() + (b.outcome() == null ? "" : ":" + b.outcome()))
                .toList();
        assertEquals(List.of("2", "3", "4", "5:aprobar", "5:devolver", "6", "6.F:firmar", "6.F:devolver", "7"),
                bound);
    }
}
