package org.sigti.sla;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ServiceLevelRulesTest {

    private static HoursEdit hours(DayOfWeek day, String start, String end) {
        return new HoursEdit(day, start == null ? null : LocalTime.parse(start), end == null ? null : LocalTime.parse(end));
    }

    private static ServiceLevelException refused(ServiceLevelProblem problem, Executable edit) {
        ServiceLevelException e = assertThrows(ServiceLevelException.class, edit);
        assertEquals(problem, e.getProblem(), e::getMessage);
        return e;
    }

    @Test
    void targets_are_required_positive_bounded_and_the_response_comes_first() {
        assertDoesNotThrow(() -> ServiceLevelRules.checkTargets(new TargetEdit(Priority.P1, 30, 240)));
        assertDoesNotThrow(() -> ServiceLevelRules.checkTargets(new TargetEdit(Priority.P1, 240, 240)));
        assertAll(
                () -> refused(ServiceLevelProblem.TARGET_REQUIRED,
                        () -> ServiceLevelRules.checkTargets(new TargetEdit(Priority.P2, null, 240))),
                () -> refused(ServiceLevelProblem.TARGET_REQUIRED,
                        () -> ServiceLevelRules.checkTargets(new TargetEdit(null, 30, 240))),
                () -> refused(ServiceLevelProblem.TARGET_NOT_POSITIVE,
                        () -> ServiceLevelRules.checkTargets(new TargetEdit(Priority.P2, 0, 240))),
                () -> refused(ServiceLevelProblem.TARGET_NOT_POSITIVE,
                        () -> ServiceLevelRules.checkTargets(new TargetEdit(Priority.P2, 30, -1))),
                () -> refused(ServiceLevelProblem.TARGET_TOO_LONG,
                        () -> ServiceLevelRules.checkTargets(new TargetEdit(Priority.P5, 30, 1_000_000))));
        ServiceLevelException e = refused(ServiceLevelProblem.RESPONSE_AFTER_RESOLUTION,
                () -> ServiceLevelRules.checkTargets(new TargetEdit(Priority.P3, 300, 240)));
        assertArrayEquals(new Object[] {Priority.P3}, e.getArguments());
    }

    @Test
    void a_week_of_hours_is_grouped_by_day_in_order() {
        Map<DayOfWeek, List<WorkingInterval>> week = ServiceLevelRules.checkHours(List.of(
                hours(DayOfWeek.MONDAY, "14:30", "18:30"), hours(DayOfWeek.MONDAY, "08:30", "12:30"),
                hours(DayOfWeek.SATURDAY, "09:00", "12:00"), hours(DayOfWeek.SUNDAY, "22:00", "00:00"),
                hours(DayOfWeek.TUESDAY, "08:00:59", "12:00:30")));
        assertEquals(Map.of(
                DayOfWeek.MONDAY, List.of(WorkingInterval.of("08:30", "12:30"), WorkingInterval.of("14:30", "18:30")),
                DayOfWeek.TUESDAY, List.of(WorkingInterval.of("08:00", "12:00")),
                DayOfWeek.SATURDAY, List.of(WorkingInterval.of("09:00", "12:00")),
                DayOfWeek.SUNDAY, List.of(WorkingInterval.of("22:00", "00:00"))), week);
    }

    @Test
    void hours_must_be_complete_end_after_start_and_not_overlap() {
        ServiceLevelException incomplete = refused(ServiceLevelProblem.HOURS_INCOMPLETE,
                () -> ServiceLevelRules.checkHours(List.of(hours(DayOfWeek.MONDAY, "08:30", "12:30"),
                        hours(DayOfWeek.MONDAY, "14:30", null))));
        assertArrayEquals(new Object[] {2}, incomplete.getArguments());

        ServiceLevelException backwards = refused(ServiceLevelProblem.HOURS_END_BEFORE_START,
                () -> ServiceLevelRules.checkHours(List.of(hours(DayOfWeek.MONDAY, "08:30", "08:00"))));
        assertArrayEquals(new Object[] {DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(8, 0)},
                backwards.getArguments());
        refused(ServiceLevelProblem.HOURS_END_BEFORE_START,
                () -> ServiceLevelRules.checkHours(List.of(hours(DayOfWeek.MONDAY, "08:30", "08:30"))));

        ServiceLevelException overlap = refused(ServiceLevelProblem.HOURS_OVERLAP,
                () -> ServiceLevelRules.checkHours(List.of(hours(DayOfWeek.FRIDAY, "08:30", "12:30"),
                        hours(DayOfWeek.FRIDAY, "12:00", "16:00"))));
        assertArrayEquals(new Object[] {DayOfWeek.FRIDAY, WorkingInterval.of("08:30", "12:30"),
            WorkingInterval.of("12:00", "16:00")}, overlap.getArguments());
        // touching is not overlapping, and the same times on different days are fine
        assertDoesNotThrow(() -> ServiceLevelRules.checkHours(List.of(hours(DayOfWeek.FRIDAY, "08:00", "12:00"),
                hours(DayOfWeek.FRIDAY, "12:00", "16:00"), hours(DayOfWeek.THURSDAY, "08:00", "16:00"))));

        refused(ServiceLevelProblem.HOURS_NONE, () -> ServiceLevelRules.checkHours(List.of()));
    }

    @Test
    void holidays_have_a_date_and_a_short_name() {
        assertEquals("Día del Mar", ServiceLevelRules.checkHoliday(LocalDate.of(2026, 3, 23), "  Día del Mar "));
        refused(ServiceLevelProblem.HOLIDAY_DATE_REQUIRED, () -> ServiceLevelRules.checkHoliday(null, "Día"));
        refused(ServiceLevelProblem.HOLIDAY_NAME_REQUIRED,
                () -> ServiceLevelRules.checkHoliday(LocalDate.of(2026, 3, 23), "   "));
        refused(ServiceLevelProblem.HOLIDAY_NAME_REQUIRED,
                () -> ServiceLevelRules.checkHoliday(LocalDate.of(2026, 3, 23), null));
        refused(ServiceLevelProblem.HOLIDAY_NAME_TOO_LONG,
                () -> ServiceLevelRules.checkHoliday(LocalDate.of(2026, 3, 23), "x".repeat(101)));
    }

    @Test
    void the_zone_is_a_known_time_zone() {
        assertEquals(ZoneId.of("America/La_Paz"), ServiceLevelRules.checkZone(" America/La_Paz "));
        assertEquals(ZoneId.of("Europe/Madrid"), ServiceLevelRules.checkZone("Europe/Madrid"));
        ServiceLevelException unknown = refused(ServiceLevelProblem.ZONE_UNKNOWN,
                () -> ServiceLevelRules.checkZone("America/Cochabamba"));
        assertArrayEquals(new Object[] {"America/Cochabamba"}, unknown.getArguments());
        refused(ServiceLevelProblem.ZONE_UNKNOWN, () -> ServiceLevelRules.checkZone(""));
        refused(ServiceLevelProblem.ZONE_UNKNOWN, () -> ServiceLevelRules.checkZone(null));
    }
}
