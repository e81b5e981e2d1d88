package org.sigti.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ExpiryWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void an_expiry_is_due_from_today_to_the_end_of_the_window_inclusive() {
        ExpiryWindow w = new ExpiryWindow(TODAY, 30);
        assertTrue(w.isDue(TODAY));
        assertTrue(w.isDue(TODAY.plusDays(30)));
        assertFalse(w.isDue(TODAY.plusDays(31)));
        assertFalse(w.isDue(TODAY.minusDays(1)), "already expired: its case was opened while it was in the window");
        assertFalse(w.isDue(null));
    }

    @Test
    void the_window_is_bounded() {
        assertThrows(IllegalArgumentException.class, () -> new ExpiryWindow(TODAY, -1));
        assertThrows(IllegalArgumentException.class, () -> new ExpiryWindow(TODAY, 366));
    }

    @Test
    void the_sweep_runs_once_a_day_from_the_configured_hour() {
        assertFalse(ExpiryWindow.sweepDue(6, 5, null, TODAY));
        assertTrue(ExpiryWindow.sweepDue(6, 6, TODAY.minusDays(1), TODAY));
        assertTrue(ExpiryWindow.sweepDue(6, 14, TODAY.minusDays(3), TODAY), "a missed day is caught up");
        assertFalse(ExpiryWindow.sweepDue(6, 7, TODAY, TODAY));
    }

    @Test
    void typed_dates_are_iso_or_day_first_and_real() {
        assertEquals(LocalDate.of(2027, 1, 31), InventoryDates.parse("31/01/2027").orElseThrow());
        assertEquals(LocalDate.of(2027, 1, 31), InventoryDates.parse(" 2027-01-31 ").orElseThrow());
        assertTrue(InventoryDates.parse("2027-02-29").isEmpty());
        assertTrue(InventoryDates.parse("01/31/2027").isEmpty());
    }
}
