package org.sigti.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LicensePoolTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void a_pool_gives_seats_until_its_total_and_takes_them_back() {
        LicensePool pool = new LicensePool("AGETIC", "m365", "Microsoft 365", LicenseType.PER_USER, 1, NOW);
        assertEquals("M365", pool.getCode());
        assertTrue(pool.hasFreeSeat(LocalDate.of(2026, 3, 1)));
        pool.take();
        assertFalse(pool.hasFreeSeat(LocalDate.of(2026, 3, 1)));
        assertThrows(IllegalStateException.class, pool::take);
        pool.giveBack();
        assertEquals(0, pool.getSeatsUsed());
    }

    @Test
    void an_expired_pool_has_no_free_seat() {
        LicensePool pool = new LicensePool("AGETIC", "A", "Antivirus", LicenseType.SUBSCRIPTION, 5, NOW);
        pool.renew(LocalDate.of(2026, 2, 28), null, NOW);
        assertFalse(pool.hasFreeSeat(LocalDate.of(2026, 3, 1)));
        assertTrue(pool.hasFreeSeat(LocalDate.of(2026, 2, 28)));
    }

    @Test
    void equipment_is_assigned_only_from_stock() {
        Equipment e = new Equipment("AGETIC", EquipmentKind.LAPTOP, " sn-1 ", "dti-001", "HP", "840", NOW);
        assertEquals("DTI-001", e.getPatrimonialCode());
        e.assignTo("ana", "Ana", "RRHH", null, NOW);
        assertEquals(EquipmentState.ASSIGNED, e.getState());
        assertThrows(IllegalStateException.class, () -> e.assignTo("bea", "Bea", "DAF", null, NOW));
        e.returnToStock(null, NOW);
        assertEquals(null, e.getCustodianUsername());
        assertEquals(EquipmentState.IN_STOCK, e.getState());
    }
}
