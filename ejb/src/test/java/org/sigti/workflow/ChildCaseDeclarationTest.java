package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.Text;

/** The declaration of linked child cases (⇲ opensCase, awaitsCase), checked when built and when deployed. */
class ChildCaseDeclarationTest {

    private static final Text T = Text.of("Paso", "Step");
    private static final String TICKET = "X-T";
    private static final ProcedureDefinition CHILD = ProcedureDefinition.builder(TICKET, "I", T)
            .startedBySystemOnly()
            .step("0", T).by(Roles.JEFE, "SIGTI").next("1")
            .step("1", T).by(Roles.OPERADOR, "MESA").next("2")
            .step("2", T).by(Roles.OPERADOR, "MESA").end("cerrado", T, "SOLVED").then()
            .build();

    private static ProcedureDefinition parent(String awaitedKey, String childProcedure, String childStep) {
        return ProcedureDefinition.builder("X-P", "I", T)
                .step("0", T).byRequester().next("1")
                .step("1", T).by(Roles.TECNICO, "INNOV").opensCase("PASE", childProcedure).next("2")
                .step("2", T).awaitsCase(awaitedKey, childStep).next("3")
                .step("3", T).by(Roles.TECNICO, "INNOV").end("fin", T, "SOLVED").then()
                .build();
    }

    private static ProcedureFlow flow(ProcedureDefinition def) {
        return new ProcedureFlow() {
            @Override
            public ProcedureDefinition definition() {
                return def;
            }

            @Override
            public void onTransition(Transition transition) {
            }
        };
    }

    @Test
    void a_waiting_step_belongs_to_sigti_and_names_its_link() {
        ProcedureDefinition def = parent("PASE", TICKET, "1");
        var waiting = def.step("2").orElseThrow();
        assertTrue(waiting.responsible().isSigti());
        assertEquals("PASE", waiting.awaits().orElseThrow().key());
        assertEquals(TICKET, def.step("1").orElseThrow().opens().orElseThrow().procedure());
        Procedures.checkLinks(Map.of("X-P", flow(def), TICKET, flow(CHILD)));
    }

    @Test
    void a_step_cannot_await_a_key_no_earlier_step_opens() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parent("QA", TICKET, null));
        assertEquals("X-P step 2 awaits case QA, which no earlier step opens", e.getMessage());
        IllegalStateException later = assertThrows(IllegalStateException.class, () -> ProcedureDefinition
                .builder("X-L", "I", T)
                .step("0", T).byRequester().next("1")
                .step("1", T).awaitsCase("PASE", null).next("2")
                .step("2", T).by(Roles.TECNICO, "INNOV").opensCase("PASE", TICKET)
                    .end("fin", T, "SOLVED").then()
                .build());
        assertEquals("X-L step 1 awaits case PASE, which no earlier step opens", later.getMessage());
    }

    @Test
    void a_waiting_step_has_one_way_out_and_records_nothing() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ProcedureDefinition
                .builder("X-W", "I", T)
                .step("0", T).byRequester().next("1")
                .step("1", T).by(Roles.TECNICO, "INNOV").opensCase("QA", TICKET).next("2")
                .step("2", T).awaitsCase("QA", null).decide("a", T, "3").decide("b", T, "1").then()
                .step("3", T).by(Roles.TECNICO, "INNOV").end("fin", T, "SOLVED").then()
                .build());
        assertTrue(e.getMessage().startsWith("X-W step 2 awaits case QA: it must have one way out"), e::getMessage);
    }

    @Test
    void a_link_to_an_undeclared_procedure_or_step_fails_at_deployment() {
        ProcedureDefinition ticket = CHILD;
        ProcedureDefinition unknown = parent("PASE", "S99.NO", null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Procedures.checkLinks(
                Map.of("X-P", flow(unknown), TICKET, flow(ticket))));
        assertEquals("X-P step 1 opens a case of undeclared procedure S99.NO", e.getMessage());
        ProcedureDefinition noStep = parent("PASE", TICKET, "7");
        IllegalStateException step = assertThrows(IllegalStateException.class, () -> Procedures.checkLinks(
                Map.of("X-P", flow(noStep), TICKET, flow(ticket))));
        assertEquals("X-P step 2 awaits step 7 of " + TICKET + ", which it does not declare",
                step.getMessage());
    }
}
