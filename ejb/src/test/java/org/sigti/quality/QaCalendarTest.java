package org.sigti.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.sla.BusinessCalendar;
import org.sigti.workflow.WorkflowException;

/** The QA calendar of the MINDEF manual, counted in business days (the window of S04.02.00.01 step 19). */
class QaCalendarTest {

    /** La Paz, Monday to Friday 08:30–12:30 and 14:30–18:30; Friday 11 December 2026 and Christmas are holidays. */
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(BusinessCalendar.DEFAULT_ZONE,
            BusinessCalendar.defaultHours(), List.of(LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 25),
                    LocalDate.of(2027, 1, 1)));

    private static Instant laPaz(String local) {
        return LocalDateTime.parse(local).atZone(BusinessCalendar.DEFAULT_ZONE).toInstant();
    }

    @Test
    void three_interfaces_take_three_business_days_across_the_weekend() {
        // Thursday 17, Friday 18, (weekend), Monday 21
        QaWindow window = QaCalendar.window(CALENDAR, 3, null, laPaz("2026-12-17T10:00"));
        assertEquals(3, window.days());
        assertEquals(LocalDate.of(2026, 12, 17), window.start());
        assertEquals(LocalDate.of(2026, 12, 21), window.due());
        assertEquals(laPaz("2026-12-21T18:30"), window.dueAt());
    }

    @Test
    void six_interfaces_take_four_business_days_skipping_a_holiday_and_the_weekend() {
        // Wednesday 9, Thursday 10, (Friday 11 holiday, weekend), Monday 14, Tuesday 15
        QaWindow window = QaCalendar.window(CALENDAR, 6, null, laPaz("2026-12-09T09:00"));
        assertEquals(4, window.days());
        assertEquals(LocalDate.of(2026, 12, 9), window.start());
        assertEquals(LocalDate.of(2026, 12, 15), window.due());
    }

    @Test
    void ten_interfaces_take_eight_business_days_unless_the_analyst_chooses() {
        // Monday 7 … Thursday 10, (11 holiday), Monday 14 … Thursday 17: eight days
        assertEquals(LocalDate.of(2026, 12, 17),
                QaCalendar.window(CALENDAR, 10, null, laPaz("2026-12-07T09:00")).due());
        // ten days from Monday 21: 21–24, (25 holiday), 28–31, (1 January holiday), Monday 4 January
        QaWindow ten = QaCalendar.window(CALENDAR, 10, 10, laPaz("2026-12-21T09:00"));
        assertEquals(10, ten.days());
        assertEquals(LocalDate.of(2027, 1, 5), ten.due());
    }

    @Test
    void a_plan_made_after_hours_or_on_a_weekend_starts_on_the_next_working_day() {
        assertEquals(LocalDate.of(2026, 12, 8), QaCalendar.window(CALENDAR, 1, null, laPaz("2026-12-07T18:30")).start());
        assertEquals(LocalDate.of(2026, 12, 7), QaCalendar.window(CALENDAR, 1, null, laPaz("2026-12-07T18:29")).start());
        assertEquals(LocalDate.of(2026, 12, 14), QaCalendar.window(CALENDAR, 1, null, laPaz("2026-12-12T10:00")).start());
    }

    @Test
    void the_overlapping_bounds_of_the_manual_belong_to_the_shorter_window() {
        assertEquals(3, QaCalendar.days(1, null));
        assertEquals(3, QaCalendar.days(4, null));
        assertEquals(4, QaCalendar.days(5, null));
        assertEquals(4, QaCalendar.days(8, null));
        assertEquals(8, QaCalendar.days(9, null));
        assertEquals(9, QaCalendar.days(12, 9));
        assertEquals(4, QaCalendar.days(6, 4));
    }

    @Test
    void a_window_the_manual_does_not_allow_is_refused() {
        assertEquals("quality.interfaces.invalid",
                assertThrows(WorkflowException.class, () -> QaCalendar.days(0, null)).messageKey());
        assertEquals("quality.days.invalid",
                assertThrows(WorkflowException.class, () -> QaCalendar.days(6, 8)).messageKey());
        assertEquals("quality.days.invalid",
                assertThrows(WorkflowException.class, () -> QaCalendar.days(10, 7)).messageKey());
    }
}
