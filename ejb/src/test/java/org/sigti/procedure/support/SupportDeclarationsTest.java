package org.sigti.procedure.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sigti.workflow.flow.OutcomeKind;
import org.sigti.workflow.flow.ProcedureDefinition;

/** The six support declarations against the manuals' numbering and flows (procedures.md C9, D1–D3, E11, E17). */
class SupportDeclarationsTest {

    private static final Map<String, ProcedureDefinition> ALL = List.of(UgatAitPr01.FLOW, UgatAitPr02.FLOW,
            UgatAitPr03.FLOW, SepremDi0081.FLOW, S04030402.FLOW, S04030105.FLOW).stream()
            .collect(Collectors.toMap(ProcedureDefinition::code, Function.identity()));

    private static List<String> steps(String code) {
        return ALL.get(code).steps().stream().map(s -> s.code()).toList();
    }

    @Test
    void the_steps_are_numbered_as_in_the_manuals() {
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), steps("UGAT/AIT-PR01"));
        assertEquals(List.of("1", "2", "3", "3.A.1", "3.A.2", "3.B.1", "3.B.2", "3.B.3", "3.B.4", "3.C.1", "3.C.2",
                "3.C.3", "3.C.4", "3.C.5", "4", "5", "6", "7", "8", "9"), steps("UGAT/AIT-PR02"));
        assertEquals(List.of("1", "2", "3", "3.A.1", "3.A.2", "3.A.3", "3.B.1", "3.B.2", "3.B.3", "3.B.4", "3.B.5",
                "3.B.6", "3.B.7", "3.B.8", "4", "5", "6", "7"), steps("UGAT/AIT-PR03"));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "8.F", "9"), steps("SEPREM-DI-008.1"));
        assertEquals(15, steps("S04.03.04.02").stream().filter(s -> s.matches("\\d+")).count());
        assertEquals(14, steps("S04.03.01.05").size());
    }

    @Test
    void pr01_jumps_into_pr02_and_pr03_and_the_supervisor_returns_to_step_3() {
        var pr01 = ALL.get("UGAT/AIT-PR01");
        var toPr02 = pr01.step("3").orElseThrow().outcome("uit").orElseThrow();
        assertEquals(OutcomeKind.JUMP, toPr02.kind());
        assertEquals("UGAT/AIT-PR02", toPr02.targetProcedure());
        assertTrue(ALL.get(toPr02.targetProcedure()).step(toPr02.targets().get(0)).isPresent());
        assertEquals("UGAT/AIT-PR03", pr01.step("4").orElseThrow().outcome("adt").orElseThrow().targetProcedure());
        var back = pr01.step("9").orElseThrow().outcome("devolver").orElseThrow();
        assertEquals(OutcomeKind.LOOP, back.kind());
        assertEquals(List.of("3"), back.targets());
        assertTrue(pr01.step("7").orElseThrow().outcomes().get(0).notifyRequester(), "step 7 notifies the user");
    }

    @Test
    void upat_and_acgii_come_back_through_the_uit() {
        var pr02 = ALL.get("UGAT/AIT-PR02");
        assertEquals(List.of("3.A.2"), pr02.step("3.B.4").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("3.A.2"), pr02.step("3.C.5").orElseThrow().outcomes().get(0).targets());
        assertEquals("UIT", pr02.step("3.A.2").orElseThrow().responsible().queue());
        assertEquals("ACGII", pr02.step("3.C.2").orElseThrow().responsible().queue());
    }

    @Test
    void every_procedure_has_a_loop_back_path_and_an_end() {
        ALL.values().forEach(def -> {
            boolean loop = def.steps().stream().anyMatch(s -> s.observable()
                    || s.outcomes().stream().anyMatch(o -> o.kind() == OutcomeKind.LOOP));
            boolean end = def.steps().stream().anyMatch(s -> s.outcomes().stream().anyMatch(o -> o.ends()))
                    || def.steps().stream().anyMatch(s -> s.outcomes().stream().anyMatch(o -> o.jumps()));
            assertTrue(loop, def.code() + " has no loop-back");
            assertTrue(end, def.code() + " never ends");
        });
    }

    @Test
    void every_step_has_spanish_and_english_titles() {
        ALL.values().forEach(def -> def.steps().forEach(s -> {
            assertFalse(s.title().es().isBlank(), def.code() + " " + s.code());
            assertFalse(s.title().en().isBlank(), def.code() + " " + s.code());
        }));
    }

    @Test
    void the_boleta_is_signed_by_the_user_who_may_refuse_it() {
        var sign = ALL.get("SEPREM-DI-008.1").step("8.F").orElseThrow();
        assertTrue(sign.responsible().isRequester());
        assertEquals(List.of("9"), sign.outcome("conforme").orElseThrow().targets());
        assertEquals(List.of("6"), sign.outcome("no_conforme").orElseThrow().targets());
    }
}
