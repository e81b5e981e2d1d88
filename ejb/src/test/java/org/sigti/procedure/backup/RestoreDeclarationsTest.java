package org.sigti.procedure.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sigti.procedure.maintenance.DpgEsinPro5Seg;
import org.sigti.procedure.maintenance.DpgEsinPro5a;
import org.sigti.workflow.catalog.ProcedureCatalog;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.StepDefinition;

/**
 * S04.03.02.02 keeps the manual's numbering 15–22 with SIGTI's approval 18.A, and the semiannual sub-procedures are
 * not new catalog entries: their codes extend a catalogued procedure's code and the catalog stays at 40.
 */
class RestoreDeclarationsTest {

    @Test
    void the_restore_request_is_numbered_as_the_manual_with_the_approval_step() {
        assertEquals(List.of("15", "16", "17", "18", "18.A", "19"), S04030202.FLOW.steps().stream()
                .map(StepDefinition::code).toList());
        assertEquals(List.of("20.S", "20", "21", "22"), S04030202Report.FLOW.steps().stream()
                .map(StepDefinition::code).toList());
        assertTrue(S04030202.FLOW.start().responsible().isRequester());
        assertEquals("Responsable", S04030202.FLOW.step("18.A").orElseThrow().responsible().role());
        assertTrue(S04030202.FLOW.step("16").orElseThrow().hint().es().startsWith("Paso interno 2"));
    }

    @Test
    void step_19_closes_restored_or_not_restored_and_tells_the_requester_either_way() {
        var step = S04030202.FLOW.step("19").orElseThrow();
        assertEquals(List.of("restaurado", "no_restaurado"), step.outcomes().stream().map(o -> o.key()).toList());
        assertTrue(step.outcomes().stream().allMatch(o -> o.ends() && o.notifyRequester()));
        assertEquals("NOT_RESTORED", step.outcome("no_restaurado").orElseThrow().closeOutcome());
    }

    @Test
    void a_restore_names_a_sigti_copy_or_where_which_and_when_the_outside_copy_was_taken() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        // given nothing, the origin and the result are asked
        assertEquals(Map.of("origen_copia", "workflow.field.required", "resultado", "workflow.field.required"),
                S04030202.restoreProblems(Map.of(), today));
        // a SIGTI copy needs its number only
        assertEquals(Map.of("copia", "workflow.field.required"), S04030202.restoreProblems(Map.of(
                "origen_copia", "SIGTI", "resultado", "Restaurada."), today));
        assertEquals(Map.of(), S04030202.restoreProblems(Map.of("origen_copia", "SIGTI", "copia", "12",
                "resultado", "Restaurada."), today));
        // an outside copy needs where, which and a past date
        assertEquals(Map.of("copia_externa_ubicacion", "workflow.field.required", "copia_externa",
                "workflow.field.required", "copia_externa_fecha", "workflow.field.required"),
                S04030202.restoreProblems(Map.of("origen_copia", "EXTERNA", "resultado", "Restaurada."), today));
        Map<String, String> outside = new HashMap<>(Map.of("origen_copia", "EXTERNA", "copia_externa_ubicacion",
                "\\\\nas02\\compartido", "copia_externa", "instantánea semanal", "copia_externa_fecha", "31/11/2026",
                "resultado", "Carpeta restaurada."));
        assertEquals(Map.of("copia_externa_fecha", "restore.date.invalid"), S04030202.restoreProblems(outside, today));
        outside.put("copia_externa_fecha", "2026-12-06");
        assertEquals(Map.of("copia_externa_fecha", "restore.outside.future"),
                S04030202.restoreProblems(outside, today));
        outside.put("copia_externa_fecha", "2026-12-05");
        assertEquals(Map.of(), S04030202.restoreProblems(outside, today));
        outside.put("copia_externa_fecha", "05/12/2026");
        assertEquals(Map.of(), S04030202.restoreProblems(outside, today), "day first, as people write it");
    }

    @Test
    void the_catalog_keeps_forty_procedures_and_sub_procedures_extend_a_catalogued_code() {
        assertEquals(40, ProcedureCatalog.all().size());
        assertTrue(ProcedureCatalog.find(S04030202.CODE).isPresent());
        for (ProcedureDefinition sub : List.of(new DpgEsinPro5a().definition(), new DpgEsinPro5Seg().definition(),
                S04030202Report.FLOW, S04030201Cronograma.FLOW, S04030301Cronograma.FLOW)) {
            assertTrue(ProcedureCatalog.find(sub.code()).isEmpty(), sub::code);
            String parent = sub.code().substring(0, sub.code().lastIndexOf('.'));
            assertTrue(ProcedureCatalog.find(parent).isPresent(), sub::code);
            assertEquals(ProcedureCatalog.find(parent).orElseThrow().institution(), sub.institution(), sub::code);
        }
    }

    @Test
    void only_the_clock_opens_the_semiannual_cases() {
        for (ProcedureDefinition sub : List.of(new DpgEsinPro5a().definition(), new DpgEsinPro5Seg().definition(),
                S04030202Report.FLOW)) {
            assertEquals("SIGTI", sub.start().responsible().role(), sub::code);
        }
    }
}
