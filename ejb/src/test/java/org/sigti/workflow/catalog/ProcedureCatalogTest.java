package org.sigti.workflow.catalog;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The catalog against procedures.md: the 40 procedures of the five seeds, by code and section. */
class ProcedureCatalogTest {

    private static final List<CatalogEntry> ALL = ProcedureCatalog.all();

    @Test
    void the_catalog_holds_the_forty_procedures_of_the_manuals_once_each() {
        // given the catalog
        // when its codes and sections are counted
        Set<String> codes = new HashSet<>();
        Set<String> sections = new HashSet<>();
        ALL.forEach(e -> {
            codes.add(e.code());
            sections.add(e.section());
        });
        // then there are 40 of each, none repeated
        assertEquals(40, ALL.size());
        assertEquals(40, codes.size(), "codes are unique");
        assertEquals(40, sections.size(), "sections are unique");
    }

    @Test
    void each_seed_contributes_the_count_of_the_source_overview() {
        Map<String, Long> byManual = ALL.stream().collect(groupingBy(e -> e.manual().code(), counting()));
        assertEquals(Map.of("DPG/ESIN-PRO-5", 1L, "UIT/ASS-M01", 2L, "SEPREM-DI-001…008", 11L, "UGAT/AIT-M01", 3L,
                "S04", 23L), byManual);
        Map<String, Long> byInstitution = ALL.stream().collect(groupingBy(CatalogEntry::institution, counting()));
        assertEquals(Map.of(ProcedureCatalog.DP, 1L, ProcedureCatalog.AGETIC, 5L, ProcedureCatalog.SEPREM, 11L,
                ProcedureCatalog.MINDEF, 23L), byInstitution);
    }

    @Test
    void codes_and_names_are_written_as_the_manuals_write_them() {
        assertEquals("Mantenimiento de Sistemas", name("DPG/ESIN-PRO-5"));
        assertEquals("A1", ProcedureCatalog.find("DPG/ESIN-PRO-5").orElseThrow().section());
        assertEquals("B1", ProcedureCatalog.find("UIT/ASS-PR01").orElseThrow().section());
        assertEquals("C2", ProcedureCatalog.find("SEPREM-DI-002.1").orElseThrow().section());
        assertEquals("D1", ProcedureCatalog.find("UGAT/AIT-PR01").orElseThrow().section());
        assertEquals("E23", ProcedureCatalog.find("S04.05.00.02").orElseThrow().section());
        assertEquals("Contención de ataques SPAM y/o PHISHING", name("S04.04.00.02"));
        assertEquals("Soporte técnico a usuarios", name("SEPREM-DI-008.1"));
        assertEquals("Technical support to users", ProcedureCatalog.find("SEPREM-DI-008.1").orElseThrow().name().en());
        assertTrue(ProcedureCatalog.find("SEPREM-DI-004.2").isEmpty(), "the flowchart's [sic] code is not a code");
        assertTrue(ProcedureCatalog.find(null).isEmpty());
    }

    @Test
    void mindef_procedures_are_those_of_the_part_e_inventory_in_its_order() {
        List<String> mindef = ALL.stream().filter(e -> e.institution().equals(ProcedureCatalog.MINDEF))
                .map(CatalogEntry::code).toList();
        assertEquals(List.of("S04.01.00.01", "S04.01.00.02", "S04.01.00.03", "S04.02.00.01", "S04.02.00.02",
                "S04.02.00.03", "S04.03.01.01", "S04.03.01.02", "S04.03.01.03", "S04.03.01.04", "S04.03.01.05",
                "S04.03.02.01", "S04.03.02.02", "S04.03.03.01", "S04.03.03.02", "S04.03.04.01", "S04.03.04.02",
                "S04.03.04.03", "S04.04.00.01", "S04.04.00.02", "S04.04.00.03", "S04.05.00.01", "S04.05.00.02"),
                mindef);
        for (int i = 0; i < mindef.size(); i++) {
            assertEquals("E" + (i + 1), ProcedureCatalog.find(mindef.get(i)).orElseThrow().section());
        }
    }

    @Test
    void every_entry_has_an_institution_of_the_list_and_names_in_both_languages() {
        ALL.forEach(e -> {
            assertTrue(ProcedureCatalog.INSTITUTIONS.contains(e.institution()), e::code);
            assertTrue(!e.name().es().isBlank() && !e.name().en().isBlank(), e::code);
            assertTrue(e.section().matches("[A-E]\\d{1,2}"), e::code);
        });
    }

    private static String name(String code) {
        return ProcedureCatalog.find(code).orElseThrow().name().es();
    }
}
