package org.sigti.procedure.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.StepDefinition;

/** S04.02.00.01 against its manual (procedures.md E4; seed 004, section 6.2.1, whose table wins). */
class S04020001Test {

    private static final ProcedureDefinition E4 = S04020001.FLOW;

    @Test
    void the_45_activities_in_the_manuals_order_with_the_signature_steps_sigti_adds() {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            expected.add(String.valueOf(i));
            switch (i) {
                case 11 -> expected.addAll(List.of("11.F1", "11.F2"));
                case 13 -> expected.add("13.F");
                case 23 -> expected.add("23.F");
                case 24 -> expected.addAll(List.of("24.F1", "24.F2"));
                case 26 -> expected.addAll(List.of("26.F1", "26.F2"));
                case 30 -> expected.add("30.R");
                default -> { }
            }
        }
        assertEquals(expected, E4.steps().stream().map(StepDefinition::code).toList());
        assertEquals("MINDEF (Perú)", E4.institution());
        assertEquals("1", E4.start().code());
        assertEquals(List.of(Roles.DIRECTOR), E4.starters(), "the U.O.'s Director(a)/Jefe(a) files it");
    }

    @Test
    void each_step_is_done_by_whom_the_manual_names() {
        // the system owner: 1 and the owner's signatures
        for (String owner : List.of("1", "11.F2", "24.F1", "26.F2")) {
            assertTrue(step(owner).responsible().isRequester(), owner);
        }
        for (String jefe : List.of("2", "5", "45")) {
            assertPerformer(jefe, Roles.JEFE, "JEFATURA");
        }
        for (String lead : List.of("3", "4", "6", "8", "14", "26.F1", "43", "44")) {
            assertPerformer(lead, Roles.RESPONSABLE, "INNOV");
        }
        // the Responsable del análisis de sistemas (7, 9–12, 16, 13.F) and the Analista programador (11.F1, 13, 15,
        // 17, 26, 27, 42) are both Técnicos of the innovation team
        for (String innovation : List.of("7", "9", "10", "11", "11.F1", "12", "13", "13.F", "15", "16", "17", "26",
                "27", "42")) {
            assertPerformer(innovation, Roles.TECNICO, "INNOV");
        }
        for (String quality : List.of("18", "19", "20", "21", "22", "23", "24", "25")) {
            assertPerformer(quality, Roles.TECNICO, "GOBTI");
        }
        assertPerformer("23.F", Roles.RESPONSABLE, "GOBTI");
        assertPerformer("24.F2", Roles.RESPONSABLE, "GOBTI");
        for (String desk : List.of("28", "31", "34", "40")) {
            assertPerformer(desk, Roles.OPERADOR, "MESA");
        }
        for (String infrastructure : List.of("29", "30", "30.R", "36", "38")) {
            assertPerformer(infrastructure, Roles.TECNICO, "INFRA");
        }
        for (String cyber : List.of("32", "33", "35", "37", "39")) {
            assertPerformer(cyber, Roles.TECNICO, "CIBER");
        }
        assertPerformer("41", Roles.RESPONSABLE, "INFRA");
    }

    @Test
    void viability_complexity_and_the_acta_de_requerimientos_on_the_path_of_the_analysis() {
        assertTargets("3", S04020001.VIABLE, "6");
        assertTargets("3", S04020001.NOT_VIABLE, "4");
        assertTargets("4", "continuar", "5");
        assertTrue(step("5").outcome(S04020001.SEND).orElseThrow().ends(), "5 sends the oficio: END");
        assertTargets("5", S04020001.RETURN, "4");
        assertTargets("8", S04020001.HIGH, "9");
        assertTargets("8", S04020001.LOW, "12");
        assertTargets("9", "continuar", "10");
        assertTargets("10", "continuar", "11");
        assertTargets("11", "continuar", "11.F1");
        assertTargets("11.F1", "continuar", "11.F2");
        assertTargets("11.F2", "continuar", "12");
        assertEquals(List.of("ALTA", "MEDIA", "BAJA"), step("8").field(S04020001.COMPLEXITY.name()).orElseThrow()
                .options().stream().map(o -> o.value()).toList());
        assertEquals(List.of("Alta", "Media", "Baja"), step("8").field(S04020001.COMPLEXITY.name()).orElseThrow()
                .options().stream().map(o -> o.label().in(Locale.forLanguageTag("es"))).toList());
    }

    @Test
    void development_and_its_monitoring_run_in_parallel_and_quality_loops_back_on_defects() {
        assertTargets("14", "continuar", "15", "16");
        assertTargets("15", "continuar", "17");
        assertTargets("16", "continuar", "17");
        assertTrue(step("17").join());
        assertTargets("22", S04020001.DEFECTS, "17");
        assertTargets("22", S04020001.NO_DEFECTS, "23");
        assertTargets("23", "continuar", "23.F");
        assertTargets("23.F", "continuar", "24");
        assertTargets("26", S04020001.CONFORMING, "26.F1");
        assertTargets("26", S04020001.NOT_CONFORMING, "15", "16");
        assertTargets("26.F2", "continuar", "27");
    }

    @Test
    void go_live_rollback_publication_loops_and_closure() {
        assertTargets("27", "continuar", "28");
        assertTargets("28", "continuar", "29");
        assertTargets("29", "continuar", "30");
        assertTargets("30", S04020001.PUBLISH, "31");
        assertTargets("30", S04020001.NO_PUBLICATION, "40");
        assertTargets("30", S04020001.ROLLBACK, "30.R");
        assertTargets("30.R", S04020001.REOPEN, "15", "16");
        assertTargets("32", S04020001.COMPLETE, "35");
        assertTargets("32", S04020001.INCOMPLETE, "33");
        assertTargets("33", "continuar", "34");
        assertTargets("34", "continuar", "32");
        assertTargets("36", S04020001.SATISFACTORY, "39");
        assertTargets("36", S04020001.UNSATISFACTORY, "37");
        assertTargets("37", S04020001.REQUEST_PROBLEM, "38");
        assertTargets("37", S04020001.CONFIGURATION_PROBLEM, "35");
        assertTargets("38", "continuar", "35");
        assertTargets("39", "continuar", "40");
        for (int i = 40; i < 45; i++) {
            assertTargets(String.valueOf(i), "continuar", String.valueOf(i + 1));
        }
        assertTrue(step("45").outcome(S04020001.TAKE_NOTE).orElseThrow().ends());
    }

    @Test
    void the_manual_mails_where_it_says_so() {
        assertEquals(List.of("projectCharter"), templates("6"));
        assertEquals(List.of("defectReport"), templates("22"));
        assertEquals(List.of("qaResults", "presentation"), templates("25"));
        assertEquals(List.of("goLiveRequest"), templates("27"));
        assertEquals(List.of("goLiveDone"), templates("41"));
        assertEquals(List.of("rollback"), templates("30.R"));
    }

    @Test
    void the_backlog_is_one_prioritized_story_a_line() {
        SystemDevelopments developments = new SystemDevelopments();
        developments.checkBacklog("1 | Como jefe quiero aprobar solicitudes\n2 | Como usuario quiero ver mi estado");
        assertThrows(WorkflowException.class, () -> developments.checkBacklog("Como usuario quiero algo"));
        assertThrows(WorkflowException.class, () -> developments.checkBacklog(" "));
        assertTrue(step("30.R").field(S04020001.RESTORED_COPY.name()).orElseThrow().required(),
                "the rollback records the copy restored");
        assertFalse(step("29").field(S04020001.PASS_COPY.name()).orElseThrow().required(),
                "a new system's first release needs no prior copy");
    }

    @Test
    void the_go_live_ticket_is_a_linked_help_desk_case_that_28_and_40_wait_on() {
        assertEquals(HelpDeskTicket.CODE, step("27").opensCase().procedure());
        assertEquals(S04020001.PASS, step("27").opensCase().key());
        assertEquals(S04020001.PASS, step("28").awaitsCase().key());
        assertEquals(HelpDeskTicket.ASSIGN_STEP, step("28").awaitsCase().childStep());
        assertEquals(S04020001.PASS, step("40").awaitsCase().key());
        assertEquals(null, step("40").awaitsCase().childStep(), "40 waits for the ticket to close");
    }

    @Test
    void the_quality_publication_and_training_tickets_are_linked_help_desk_cases_too() {
        assertEquals(S04020001.QA_LINK, step("17").opensCase().key());
        assertEquals(S04020001.PUBLICATION_LINK, step("31").opensCase().key());
        assertEquals(S04020001.TRAINING_LINK, step("42").opensCase().key());
        for (String code : List.of("17", "31", "42")) {
            assertEquals(HelpDeskTicket.CODE, step(code).opensCase().procedure(), code);
            assertTrue(step(code).fields().stream().noneMatch(f -> f.name().startsWith("ticket_")),
                    code + " asks for no ticket number: SIGTI files the ticket");
        }
    }

    @Test
    void development_records_the_code_review_and_the_uat_report_is_signed_by_the_user() {
        assertTrue(step("15").field(S04020001.SONAR.name()).orElseThrow().required());
        assertTrue(step("15").field(S04020001.ZAP.name()).orElseThrow().required());
        assertTargets("24", "continuar", "24.F1");
        assertTargets("24.F1", "continuar", "24.F2");
        assertTargets("24.F2", "continuar", "25");
    }

    @Test
    void the_complexity_chosen_must_be_the_branch_taken() {
        SystemDevelopments developments = new SystemDevelopments();
        Transition high = new Transition(1, "SOL-1", S04020001.CODE, "8", S04020001.HIGH, null, Map.of(), null);
        Transition low = new Transition(1, "SOL-1", S04020001.CODE, "8", S04020001.LOW, null, Map.of(), null);
        developments.checkComplexity(high, "ALTA");
        developments.checkComplexity(high, "MEDIA");
        developments.checkComplexity(low, "BAJA");
        assertThrows(WorkflowException.class, () -> developments.checkComplexity(high, "BAJA"));
        assertThrows(WorkflowException.class, () -> developments.checkComplexity(low, "MEDIA"));
    }

    private static StepDefinition step(String code) {
        return E4.step(code).orElseThrow(() -> new AssertionError("no step " + code));
    }

    private static List<String> templates(String code) {
        return step(code).notifications().stream().map(n -> n.template()).toList();
    }

    private static void assertTargets(String code, String outcome, String... targets) {
        assertEquals(List.of(targets), step(code).outcome(outcome).orElseThrow(
                () -> new AssertionError(code + " has no way out " + outcome)).targets(), code + " → " + outcome);
    }

    private static void assertPerformer(String code, String role, String queue) {
        var who = step(code).responsible();
        assertEquals(role, who.role(), code);
        assertEquals(queue, who.queue(), code);
    }
}
