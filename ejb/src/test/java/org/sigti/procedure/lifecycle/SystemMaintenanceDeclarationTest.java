package org.sigti.procedure.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sigti.security.Roles;
import org.sigti.workflow.flow.ProcedureDefinition;

/** S04.02.00.02 against its manual (procedures.md E5; seed 004, section 6.2.2). */
class SystemMaintenanceDeclarationTest {

    private static final ProcedureDefinition E5 = S04020002.FLOW;

    @Test
    void the_38_activities_in_the_manuals_order_with_sigtis_signature_and_rollback_steps() {
        List<String> codes = E5.steps().stream().map(s -> s.code()).toList();
        assertTrue(codes.containsAll(IntStream.rangeClosed(1, 38).mapToObj(String::valueOf).toList()),
                codes::toString);
        assertEquals(38 + List.of("3.P", "3.O", "15.G", "18.C", "18.O", "23.R").size(), codes.size(),
                codes::toString);
        assertEquals("1", E5.start().code());
        assertEquals("MINDEF (Perú)", E5.institution());
        assertEquals("Mantenimiento de sistemas informáticos", E5.name().es());
    }

    @Test
    void each_step_is_done_by_whom_the_manual_names() {
        assertTrue(E5.step("1").orElseThrow().responsible().isRequester(), "the system owner files the oficio");
        assertTrue(E5.step("3.O").orElseThrow().responsible().isRequester());
        assertTrue(E5.step("18.O").orElseThrow().responsible().isRequester());
        assertPerformer(Roles.JEFE, "JEFATURA", "2", "38");
        assertPerformer(Roles.TECNICO, "INNOV", "3", "3.P", "4", "5", "7", "8", "9", "18", "19", "35");
        assertPerformer(Roles.RESPONSABLE, "INNOV", "6", "18.C", "36", "37");
        assertPerformer(Roles.TECNICO, "GOBTI", "10", "11", "12", "13", "14", "15", "16", "17");
        assertPerformer(Roles.RESPONSABLE, "GOBTI", "15.G");
        assertPerformer(Roles.OPERADOR, "MESA", "20", "24", "27", "33");
        assertPerformer(Roles.TECNICO, "INFRA", "21", "22", "23", "23.R", "29", "31");
        assertPerformer(Roles.TECNICO, "CIBER", "25", "26", "28", "30", "32");
        assertPerformer(Roles.RESPONSABLE, "INFRA", "34");
    }

    @Test
    void development_and_its_monitoring_run_in_parallel_and_meet_at_9() {
        assertEquals(List.of("7", "8"), E5.step("6").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("9"), E5.step("7").orElseThrow().outcomes().get(0).targets());
        assertEquals(List.of("9"), E5.step("8").orElseThrow().outcomes().get(0).targets());
        assertTrue(E5.step("9").orElseThrow().join());
    }

    @Test
    void the_branches_and_loops_as_the_manual_writes_them() {
        assertWay("14", "con_defectos", "9");
        assertWay("14", "sin_defectos", "15");
        assertWay("18", "observado", "7");
        assertWay("18", "conforme", "18.C");
        assertWay("23", "publicar", "24");
        assertWay("23", "sin_publicacion", "34");
        assertWay("23", "inconsistencias", "23.R");
        assertEquals(List.of("7"), E5.step("23.R").orElseThrow().outcomes().get(0).targets(),
                "the rollback reopens the development");
        assertWay("25", "completos", "28");
        assertWay("25", "incompletos", "26");
        assertEquals(List.of("27"), E5.step("26").orElseThrow().outcomes().get(0).targets());
        assertWay("27", "enviar", "25");
        assertWay("29", "satisfactorio", "32");
        assertWay("29", "no_satisfactorio", "30");
        assertWay("30", "reformular", "31");
        assertWay("30", "reconfigurar", "28");
        assertWay("31", "enviar", "28");
        assertEquals(List.of("34"), E5.step("33").orElseThrow().outcomes().get(0).targets());
        assertTrue(E5.step("38").orElseThrow().outcome("cerrar").orElseThrow().ends());
    }

    @Test
    void the_manual_mails_where_it_says_correo() {
        assertEquals("presentation", E5.step("18").orElseThrow().notifications().get(0).template());
        assertEquals("releaseRequest", E5.step("19").orElseThrow().notifications().get(0).template());
        assertEquals("releaseDone", E5.step("34").orElseThrow().notifications().get(0).template());
        assertEquals("training", E5.step("35").orElseThrow().notifications().get(0).template());
        assertEquals("rollback", E5.step("23.R").orElseThrow().notifications().get(0).template());
    }

    @Test
    void the_backup_step_names_its_copy_and_the_rollback_the_copy_restored() {
        assertTrue(E5.step("21").orElseThrow().field(S04020002.COPY.name()).isPresent());
        assertTrue(E5.step("23.R").orElseThrow().field(S04020002.RESTORED_COPY.name()).isPresent());
        assertTrue(E5.step("19").orElseThrow().field(S04020002.VERSION.name()).isPresent());
        assertTrue(E5.step("19").orElseThrow().field(S04020002.ARTIFACT.name()).isPresent());
    }

    @Test
    void the_qa_calendar_publication_training_and_inventory_are_the_modules_fields() {
        assertTrue(E5.step("11").orElseThrow().field("interfaces_qa").isPresent(), "the QA window's interfaces");
        for (String step : List.of("24", "27", "31")) {
            for (String field : List.of("ip_privada_servicio", "puertos_servicio", "ip_publica_servicio")) {
                assertTrue(E5.step(step).orElseThrow().field(field).isPresent(), step + " " + field);
            }
        }
        for (String field : List.of("fecha_sesion_capacitacion", "lugar_sesion_capacitacion", "tema_sesion_capacitacion", "capacitador_sesion",
                "asistentes_sesion")) {
            assertTrue(E5.step("35").orElseThrow().field(field).isPresent(), field);
        }
    }

    @Test
    void the_help_desk_tickets_are_linked_cases_the_steps_open_and_await() {
        assertEquals("QA", E5.step("9").orElseThrow().opens().orElseThrow().key());
        assertEquals(HelpDeskTicket.CODE, E5.step("9").orElseThrow().opens().orElseThrow().procedure());
        assertEquals("PASE", E5.step("19").orElseThrow().opens().orElseThrow().key());
        assertEquals("PASE", E5.step("20").orElseThrow().awaits().orElseThrow().key());
        assertEquals(HelpDeskTicket.ASSIGN_STEP, E5.step("20").orElseThrow().awaits().orElseThrow().childStep());
        assertEquals("PUB", E5.step("24").orElseThrow().opens().orElseThrow().key());
        assertEquals("PUB", E5.step("33").orElseThrow().awaits().orElseThrow().key());
        assertTrue(E5.step("33").orElseThrow().awaits().orElseThrow().untilClosed());
        assertEquals("CAP", E5.step("35").orElseThrow().opens().orElseThrow().key());
    }

    private static void assertWay(String step, String key, String target) {
        assertEquals(List.of(target), E5.step(step).orElseThrow().outcome(key).orElseThrow().targets(),
                step + " " + key);
    }

    private static void assertPerformer(String role, String queue, String... steps) {
        for (String step : steps) {
            var who = E5.step(step).orElseThrow().responsible();
            assertEquals(role, who.role(), step);
            assertEquals(queue, who.queue(), step);
        }
    }
}
