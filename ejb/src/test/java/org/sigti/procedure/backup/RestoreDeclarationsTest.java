package org.sigti.procedure.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
    void the_catalog_keeps_forty_procedures_and_sub_procedures_extend_a_catalogued_code() {
        assertEquals(40, ProcedureCatalog.all().size());
        assertTrue(ProcedureCatalog.find(S04030202.CODE).isPresent());
        for (ProcedureDefinition sub : List.of(new DpgEsinPro5a().definition(), new DpgEsinPro5Seg().definition(),
                S04030202Report.FLOW)) {
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
