package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.OutcomeKind;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

class ProcedureDefinitionTest {

    private static final Text T = Text.of("Paso", "Step");

    @Test
    void a_declaration_keeps_the_manual_numbering_and_the_shape_of_each_way_out() {
        ProcedureDefinition def = ProcedureDefinition.builder("X-1", "Inst", T)
                .step("1", T).byRequester().next("2")
                .step("2", T).by(Roles.OPERADOR, "AIT").observable()
                    .decide("a", T, "3.A.1").loop("b", T, "1").end("c", T, "SOLVED").then()
                .step("3.A.1", T).by(Roles.TECNICO, "UIT").fork("f", T, "4", "5").then()
                .step("4", T).by(Roles.TECNICO, "UIT").next("6")
                .step("5", T).by(Roles.TECNICO, "UPAT").next("6")
                .step("6", T).by(Roles.RESPONSABLE, "AIT").join().end("fin", T, "SOLVED").then()
                .build();
        assertEquals(List.of("1", "2", "3.A.1", "4", "5", "6"), def.steps().stream().map(s -> s.code()).toList());
        assertEquals("1", def.start().code());
        assertTrue(def.start().responsible().isRequester());
        var two = def.step("2").orElseThrow();
        assertTrue(two.observable());
        assertEquals(OutcomeKind.LOOP, two.outcome("b").orElseThrow().kind());
        assertTrue(two.outcome("c").orElseThrow().ends());
        assertEquals(List.of("4", "5"), def.step("3.A.1").orElseThrow().outcome("f").orElseThrow().targets());
        assertTrue(def.step("6").orElseThrow().join());
    }

    @Test
    void a_step_number_that_does_not_exist_fails_at_declaration() {
        var e = assertThrows(IllegalStateException.class, () -> ProcedureDefinition.builder("X-2", "I", T)
                .step("1", T).byRequester().next("3").build());
        assertTrue(e.getMessage().contains("unknown step 3"), e.getMessage());
    }

    @Test
    void a_step_without_a_way_out_or_without_a_responsible_fails() {
        assertThrows(IllegalStateException.class, () -> ProcedureDefinition.builder("X-3", "I", T)
                .step("1", T).byRequester().then().build());
        assertThrows(IllegalStateException.class, () -> ProcedureDefinition.builder("X-4", "I", T)
                .step("1", T).next("1").build());
        assertThrows(IllegalStateException.class, () -> ProcedureDefinition.builder("X-5", "I", T)
                .step("1", T).byRequester().next("1").step("1", T).byRequester().next("1").build());
    }

    @Test
    void fields_refuse_bad_values_with_a_message_key() {
        FieldDefinition hours = FieldDefinition.hours("h", T, true);
        assertEquals("workflow.field.required", hours.problemWith("  ").orElseThrow());
        assertEquals("workflow.field.hours", hours.problemWith("-2").orElseThrow());
        assertEquals("workflow.field.hours", hours.problemWith("dos").orElseThrow());
        assertEquals("workflow.field.hours", hours.problemWith("1.555").orElseThrow());
        assertFalse(hours.problemWith("2,5").isPresent());
        FieldDefinition choice = FieldDefinition.choice("c", T, false,
                List.of(new FieldDefinition.Option("ALTA", T)));
        assertFalse(choice.problemWith(null).isPresent());
        assertEquals("workflow.field.choice", choice.problemWith("URGENTE").orElseThrow());
        assertEquals("workflow.field.tooLong", FieldDefinition.text("t", T, false).problemWith("x".repeat(201))
                .orElseThrow());
    }
}
