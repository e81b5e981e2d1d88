package org.sigti.accounts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SemesterCalendarTest {

    private final SemesterCalendar semiannual = SemesterCalendar.parse(SemesterCalendar.DEFAULT);

    @Test
    void the_default_calendar_splits_the_year_on_1_january_and_1_july() {
        assertEquals("2026-1", semiannual.semesterOf(LocalDate.of(2026, 1, 1)));
        assertEquals("2026-1", semiannual.semesterOf(LocalDate.of(2026, 6, 30)));
        assertEquals("2026-2", semiannual.semesterOf(LocalDate.of(2026, 7, 1)));
        assertEquals("2026-2", semiannual.semesterOf(LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2026, 7, 1), semiannual.startOf(LocalDate.of(2026, 11, 21)));
    }

    @Test
    void a_date_before_the_first_start_belongs_to_the_previous_year_s_last_period() {
        SemesterCalendar march = SemesterCalendar.parse("09-15, 03-01");
        assertEquals("03-01,09-15", march.text());
        assertEquals("2025-2", march.semesterOf(LocalDate.of(2026, 2, 28)));
        assertEquals("2026-1", march.semesterOf(LocalDate.of(2026, 3, 1)));
        assertEquals(LocalDate.of(2025, 9, 15), march.startOf(LocalDate.of(2026, 1, 10)));
    }

    @Test
    void bad_calendars_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> SemesterCalendar.parse("13-01"));
        assertThrows(IllegalArgumentException.class, () -> SemesterCalendar.parse("01-01,01-01"));
        assertThrows(IllegalArgumentException.class, () -> SemesterCalendar.parse(" "));
        assertThrows(IllegalArgumentException.class, () -> SemesterCalendar.parse("1 de julio"));
    }
}
