package org.sigti.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SemesterTest {

    private static final ZoneId LA_PAZ = ZoneId.of("America/La_Paz");

    @Test
    void january_to_june_is_the_first_semester_and_july_to_december_the_second() {
        assertEquals(new Semester(2026, 1), Semester.of(LocalDate.of(2026, 1, 1)));
        assertEquals(new Semester(2026, 1), Semester.of(LocalDate.of(2026, 6, 30)));
        assertEquals(new Semester(2026, 2), Semester.of(LocalDate.of(2026, 7, 1)));
        assertEquals(new Semester(2026, 2), Semester.of(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void a_semester_has_its_first_and_last_day_and_neighbours_across_years() {
        Semester second = new Semester(2026, 2);
        assertEquals(LocalDate.of(2026, 7, 1), second.firstDay());
        assertEquals(LocalDate.of(2026, 12, 31), second.lastDay());
        assertEquals(new Semester(2027, 1), second.next());
        assertEquals(new Semester(2025, 2), new Semester(2026, 1).previous());
        assertEquals(LocalDate.of(2026, 6, 30), new Semester(2026, 1).lastDay());
        assertTrue(second.contains(LocalDate.of(2026, 9, 15)));
        assertFalse(second.contains(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void its_instants_are_the_midnights_of_the_institution_zone() {
        Semester first = new Semester(2026, 1);
        // La Paz is UTC-4: midnight of 1 January there is 04:00 UTC
        assertEquals(Instant.parse("2026-01-01T04:00:00Z"), first.start(LA_PAZ));
        assertEquals(Instant.parse("2026-07-01T04:00:00Z"), first.end(LA_PAZ));
        // 02:00 UTC on 1 July is still 30 June in La Paz
        assertEquals(first, Semester.of(Instant.parse("2026-07-01T02:00:00Z"), LA_PAZ));
        assertEquals(first.next(), Semester.of(Instant.parse("2026-07-01T04:00:00Z"), LA_PAZ));
    }

    @Test
    void it_is_written_and_read_as_year_dash_s_and_half() {
        assertEquals("2026-S2", new Semester(2026, 2).code());
        assertEquals(Optional.of(new Semester(2031, 1)), Semester.parse(" 2031-S1 "));
        assertEquals(Optional.empty(), Semester.parse("2026-S3"));
        assertEquals(Optional.empty(), Semester.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new Semester(2026, 0));
    }

    @Test
    void semesters_order_by_time() {
        assertTrue(new Semester(2025, 2).compareTo(new Semester(2026, 1)) < 0);
        assertTrue(new Semester(2026, 2).compareTo(new Semester(2026, 1)) > 0);
    }

    @Test
    void compliance_is_executed_over_planned_with_one_decimal() {
        assertEquals("66.7", new Compliance("2026-S1", 3, 2, 0, 0).percent().toPlainString());
        assertEquals("100.0", new Compliance("2026-S1", 10, 10, 0, 0).percent().toPlainString());
        assertEquals(null, new Compliance("2026-S1", 0, 0, 0, 0).percent());
    }

    @Test
    void the_evolutive_indicator_is_executed_over_approved_and_the_manuals_ratio_is_shown_as_written() {
        Compliance c = new Compliance("2026-S2", 0, 0, 0, 0, 4, 3);
        assertEquals("75.0", c.evolutivePercent().toPlainString());
        assertEquals("133.3", c.evolutiveAsWritten().toPlainString());
        assertEquals(null, new Compliance("2026-S2", 0, 0, 0, 0, 2, 0).evolutiveAsWritten());
        assertEquals(null, new Compliance("2026-S2", 0, 0, 0, 0).evolutivePercent());
    }

    @Test
    void the_timer_calendar_defaults_to_the_first_of_january_and_july() {
        var calendar = SemesterPlanTimer.calendar("month=1,7;dayOfMonth=1;hour=6");
        assertEquals("1,7", calendar.getMonth());
        assertEquals("1", calendar.getDayOfMonth());
        assertEquals("6", calendar.getHour());
        assertThrows(IllegalArgumentException.class, () -> SemesterPlanTimer.calendar("weekday=1"));
    }
}
