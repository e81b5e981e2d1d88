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
    void who_may_file_is_declared_with_the_procedure_and_defaults_to_the_start_step() {
        ProcedureDefinition open = ProcedureDefinition.builder("X-S1", "I", T)
                .step("0", T).byRequester().next("1")
                .step("1", T).by(Roles.OPERADOR, "AIT").end("fin", T, "SOLVED").then()
                .build();
        assertEquals(List.of(), open.starters(), "no declaration: the start step says who files");
        ProcedureDefinition hr = ProcedureDefinition.builder("X-S2", "I", T)
                .startedBy(Roles.RRHH, Roles.AUTORIDAD, Roles.RRHH)
                .step("0", T).byRequester().next("1")
                .step("1", T).by(Roles.OPERADOR, "AIT").end("fin", T, "SOLVED").then()
                .build();
        assertEquals(List.of(Roles.RRHH, Roles.AUTORIDAD), hr.starters());
    }

    @Test
    void a_procedure_only_sigti_opens_names_no_filer() {
        ProcedureDefinition calendar = ProcedureDefinition.builder("X-S7", "I", T).startedBySystemOnly()
                .step("0", T).by(Roles.JEFE, "SIGTI").next("1")
                .step("1", T).by(Roles.OPERADOR, "AIT").end("fin", T, "SOLVED").then()
                .build();
        assertTrue(calendar.startedBySystemOnly());
        assertFalse(ProcedureDefinition.builder("X-S8", "I", T).step("0", T).byRequester().next("1")
                .step("1", T).by(Roles.OPERADOR, "AIT").end("fin", T, "SOLVED").then().build().startedBySystemOnly());
        var both = assertThrows(IllegalStateException.class, () -> ProcedureDefinition.builder("X-S9", "I", T)
                .startedBySystemOnly().startedBy(Roles.RRHH)
                .step("0", T).byRequester().next("1")
                .step("1", T).by(Roles.OPERADOR, "AIT").end("fin", T, "SOLVED").then()
                .build());
        assertTrue(both.getMessage().contains("X-S9: startedBySystemOnly and startedBy exclude each other"),
                both.getMessage());
    }

    @Test
    void an_unknown_role_or_the_auditor_as_filer_fails_at_declaration() {
        var unknown = assertThrows(IllegalStateException.class, () -> ProcedureDefinition.builder("X-S3", "I", T)
                .startedBy("RecursosHumanos"));
        assertTrue(unknown.getMessage().contains("X-S3: startedBy names RecursosHumanos"), unknown.getMessage());
        var auditor = assertThrows(IllegalStateException.class, () -> ProcedureDefinition.builder("X-S4", "I", T)
                .startedBy(Roles.RRHH, Roles.AUDITOR));
        assertTrue(auditor.getMessage().contains("startedBy names Auditor"), auditor.getMessage());
        assertThrows(IllegalStateException.class, () -> ProcedureDefinition.builder("X-S5", "I", T).startedBy());
    }

    @Test
    void filers_are_declared_only_for_a_procedure_the_requester_starts() {
        var e = assertThrows(IllegalStateException.class, () -> ProcedureDefinition.builder("X-S6", "I", T)
                .startedBy(Roles.RRHH)
                .step("1", T).by(Roles.OPERADOR, "AIT").end("fin", T, "SOLVED").then()
                .build());
        assertTrue(e.getMessage().contains("start step 1 is not the requester's"), e.getMessage());
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
