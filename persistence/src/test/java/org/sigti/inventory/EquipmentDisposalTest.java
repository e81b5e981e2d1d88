package org.sigti.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** "Para baja": what an approved dictamen técnico recommending the baja does to a piece of equipment. */
class EquipmentDisposalTest {

    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

    @Test
    void equipment_marked_for_disposal_keeps_who_held_it_and_records_the_case() {
        // given
        Equipment e = new Equipment("SEPREM", EquipmentKind.COMPUTER, "SN-9", "SEP-900", "Dell", "Optiplex", NOW);
        e.assignTo("ana", "Ana", "DAF", 1L, NOW);

        // when
        e.markForDisposal(7L, NOW);

        // then
        assertEquals(EquipmentState.FOR_DISPOSAL, e.getState());
        assertEquals("ana", e.getCustodianUsername());
        assertEquals(7L, e.getLastCaseId());
    }

    @Test
    void equipment_for_disposal_is_retired_by_the_baja_and_a_retired_one_is_not_marked_again() {
        // given
        Equipment e = new Equipment("SEPREM", EquipmentKind.PRINTER, "SN-8", "SEP-800", "HP", "M404", NOW);
        e.assignTo("ana", "Ana", "DAF", 1L, NOW);
        e.markForDisposal(7L, NOW);

        // when
        e.retire(8L, NOW);

        // then
        assertEquals(EquipmentState.RETIRED, e.getState());
        assertNull(e.getCustodianUsername());
        assertThrows(IllegalStateException.class, () -> e.markForDisposal(9L, NOW));
    }

    @Test
    void assigned_equipment_is_not_retired_without_a_dictamen() {
        Equipment e = new Equipment("SEPREM", EquipmentKind.LAPTOP, "SN-7", "SEP-700", "Lenovo", "T14", NOW);
        e.assignTo("ana", "Ana", "DAF", 1L, NOW);
        assertThrows(IllegalStateException.class, () -> e.retire(8L, NOW));
    }
}
