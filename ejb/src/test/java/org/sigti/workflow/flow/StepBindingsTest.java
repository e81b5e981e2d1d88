package org.sigti.workflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Transition;

/** Hooks bound to steps: what runs when, and the declaration's checks that fail the deployment. */
class StepBindingsTest {

    private static final Text T = Text.of("t", "t");
    private static final FieldDefinition NOTE = FieldDefinition.text("nota", T, false);
    private static final FieldDefinition OTHER = FieldDefinition.text("otro", T, false);
    private static final FieldDefinition IMPACT = FieldDefinition.text("impacto", T, false);
    private static final FieldDefinition URGENCY = FieldDefinition.text("urgencia", T, false);

    /** A procedure's EJB as the hooks see it: it writes down what ran. */
    static final class Recorder {
        final List<String> ran = new ArrayList<>();

        void first(Transition t) {
            ran.add("first:" + t.value(NOTE));
        }

        void approved(Transition t) {
            ran.add("approved");
        }

        void ended(Transition t) {
            ran.add("ended:" + t.fromStep());
        }

        void readsOther(Transition t) {
            ran.add(t.value(OTHER));
        }
    }

    private static ProcedureDefinition.Builder<Recorder> base(String code) {
        return ProcedureDefinition.builder(Recorder.class, code, "Inst", T)
                .step("1", T).byRequester().field(NOTE).onComplete(Recorder::first, NOTE).next("2")
                .step("2", T).by("Jefe", "JEFATURA")
                    .decide("aprobar", T, "3")
                    .end("rechazar", T, "REJECTED").on("aprobar", Recorder::approved).then()
                .step("3", T).by("Jefe", "JEFATURA").end("cerrar", T, "SOLVED").then()
                .onEnd(Recorder::ended);
    }

    private static Transition move(String code, String step, String outcome, Map<String, String> fields) {
        return new Transition(1L, "SOL-1", code, step, outcome, null, fields,
                new Actor("ana", "Ana", null, List.of("Jefe"), "JEFATURA"));
    }

    @Test
    void hooks_run_for_their_step_and_way_out_only() {
        ProcedureDefinition def = base("X-1").build();
        Recorder bean = new Recorder();
        def.run(bean, move("X-1", "1", "continuar", Map.of("nota", "hola")));
        def.run(bean, move("X-1", "2", "rechazar", Map.of()));
        def.run(bean, move("X-1", "2", "aprobar", Map.of()));
        def.run(bean, move("X-1", "3", "cerrar", Map.of()));
        assertEquals(List.of("first:hola", "ended:2", "approved", "ended:3"), bean.ran);
    }

    @Test
    void a_move_of_another_procedure_runs_nothing() {
        Recorder bean = new Recorder();
        base("X-2").build().run(bean, move("Y-9", "1", "continuar", Map.of("nota", "x")));
        assertTrue(bean.ran.isEmpty());
    }

    @Test
    void a_hook_on_an_undeclared_step_fails_the_declaration() {
        var e = assertThrows(IllegalStateException.class, () -> base("X-3")
                .onComplete(Recorder::approved, List.of("2.A")).build());
        assertEquals("X-3: a hook is bound to unknown step 2.A", e.getMessage());
    }

    @Test
    void a_hook_on_an_undeclared_way_out_fails_the_declaration() {
        var e = assertThrows(IllegalStateException.class, () -> base("X-4").on("2", "aprobado", Recorder::approved)
                .build());
        assertEquals("X-4 step 2: a hook is bound to unknown way out aprobado", e.getMessage());
    }

    @Test
    void a_hook_reading_an_undeclared_field_fails_the_declaration() {
        var e = assertThrows(IllegalStateException.class, () -> base("X-5")
                .onComplete(Recorder::readsOther, List.of("3"), OTHER).build());
        assertEquals("X-5 step 3: a hook reads undeclared field otro", e.getMessage());
    }

    @Test
    void reading_an_undeclared_field_at_run_time_fails() {
        ProcedureDefinition def = base("X-6").onComplete(Recorder::readsOther, List.of("3")).build();
        var e = assertThrows(IllegalStateException.class, () -> def.run(new Recorder(),
                move("X-6", "3", "cerrar", Map.of())));
        assertEquals("X-6 step 3 reads undeclared field otro", e.getMessage());
    }

    @Test
    void kernel_fields_must_be_declared() {
        var e = assertThrows(IllegalStateException.class, () -> base("X-7").priorityFrom(IMPACT, URGENCY).build());
        assertEquals("X-7: the kernel reads undeclared field impacto", e.getMessage());
        ProcedureDefinition ok = ProcedureDefinition.builder(Recorder.class, "X-8", "Inst", T)
                .step("1", T).byRequester().field(IMPACT).field(URGENCY).field(NOTE).next("2")
                .step("2", T).by("Jefe", "JEFATURA").end("cerrar", T, "SOLVED").then()
                .priorityFrom(IMPACT, URGENCY).solutionIn(NOTE).build();
        assertEquals(List.of(IMPACT, URGENCY), ok.priorityFields());
        assertEquals(NOTE, ok.solutionField().orElseThrow());
    }

    @Test
    void hooks_need_the_procedure_class() {
        var e = assertThrows(IllegalStateException.class, () -> {
            ProcedureDefinition.Builder<Object> b = ProcedureDefinition.builder("X-9", "Inst", T);
            b.step("1", T).byRequester().onComplete((p, t) -> { }).end("fin", T, "SOLVED").then().build();
        });
        assertEquals("X-9: hooks are bound but no procedure class is declared", e.getMessage());
    }
}
