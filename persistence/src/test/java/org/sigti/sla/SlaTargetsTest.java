package org.sigti.sla;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class SlaTargetsTest {

    @Test
    void targets_are_positive_and_the_response_comes_first() {
        assertEquals(new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(4)), SlaTargets.ofMinutes(30, 240));
        assertEquals(Duration.ofHours(1), SlaTargets.ofMinutes(60, 60).resolution());
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> SlaTargets.ofMinutes(0, 240)),
                () -> assertThrows(IllegalArgumentException.class, () -> SlaTargets.ofMinutes(-5, 240)),
                () -> assertThrows(IllegalArgumentException.class, () -> SlaTargets.ofMinutes(241, 240)));
    }

    @Test
    void an_entity_keeps_valid_targets_only() {
        SlaTarget target = new SlaTarget(Priority.P3, 240, 1440);
        target.change(120, 600);
        assertEquals(SlaTargets.ofMinutes(120, 600), target.targets());
        assertThrows(IllegalArgumentException.class, () -> target.change(700, 600));
        assertEquals(SlaTargets.ofMinutes(120, 600), target.targets());
    }

    @Test
    void a_working_interval_ends_after_it_starts_or_at_midnight() {
        WorkingInterval night = WorkingInterval.of("22:00", "00:00");
        assertAll(
                () -> assertTrue(night.endsAtMidnight()),
                () -> assertEquals(Duration.ofHours(2), night.length()),
                () -> assertEquals(Duration.ofHours(24), WorkingInterval.of("00:00", "00:00").length()),
                () -> assertEquals("22:00-24:00", night.toString()),
                () -> assertThrows(IllegalArgumentException.class, () -> WorkingInterval.of("12:00", "08:00")),
                () -> assertThrows(IllegalArgumentException.class, () -> WorkingInterval.of("08:00", "08:00")),
                () -> assertFalse(WorkingInterval.isValid(LocalTime.of(9, 0), LocalTime.of(8, 0))),
                () -> assertTrue(WorkingInterval.isValid(LocalTime.of(9, 0), LocalTime.MIDNIGHT)),
                () -> assertTrue(WorkingInterval.of("08:00", "12:00").overlaps(WorkingInterval.of("11:59", "13:00"))),
                () -> assertFalse(WorkingInterval.of("08:00", "12:00").overlaps(WorkingInterval.of("12:00", "13:00"))),
                () -> assertTrue(night.overlaps(WorkingInterval.of("23:00", "23:30"))));
    }

    @Test
    void business_hours_rows_keep_the_interval_in_minutes() {
        assertEquals(WorkingInterval.of("08:30", "12:30"),
                new BusinessHours("AGETIC", java.time.DayOfWeek.MONDAY, WorkingInterval.of("08:30", "12:30")).interval());
        assertEquals(WorkingInterval.of("22:00", "00:00"),
                new BusinessHours("AGETIC", java.time.DayOfWeek.SUNDAY, WorkingInterval.of("22:00", "00:00")).interval());
    }
}
