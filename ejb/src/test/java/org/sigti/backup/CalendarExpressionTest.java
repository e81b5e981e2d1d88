package org.sigti.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CalendarExpressionTest {

    private static final ZoneId LA_PAZ = ZoneId.of("America/La_Paz");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void every_two_seconds_plans_the_even_seconds() {
        CalendarExpression e = CalendarExpression.parse("*/2 * * * * *");
        assertEquals(Optional.of(Instant.parse("2026-01-01T10:00:02Z")), e.next(Instant.parse("2026-01-01T10:00:00Z"),
                UTC));
        assertEquals(Optional.of(Instant.parse("2026-01-01T10:00:00Z")),
                e.latest(Instant.parse("2026-01-01T10:00:01.900Z"), UTC));
        assertEquals(Optional.of(Instant.parse("2026-01-01T10:00:02Z")),
                e.latest(Instant.parse("2026-01-01T10:00:02Z"), UTC));
    }

    @Test
    void daily_at_two_in_la_paz_is_six_utc() {
        CalendarExpression e = CalendarExpression.parse(Cadence.expression(BackupFrequency.DAILY, LocalTime.of(2, 0),
                null, 0, null));
        assertEquals("0 0 2 * * *", e.text());
        assertEquals(Optional.of(Instant.parse("2026-03-05T06:00:00Z")),
                e.latest(Instant.parse("2026-03-05T12:00:00Z"), LA_PAZ));
    }

    @Test
    void weekly_monthly_and_annual_cadences() {
        assertEquals("0 30 22 * * 5", Cadence.expression(BackupFrequency.WEEKLY, LocalTime.of(22, 30),
                DayOfWeek.FRIDAY, 0, null));
        assertEquals("0 30 22 * * 0", Cadence.expression(BackupFrequency.WEEKLY, LocalTime.of(22, 30),
                DayOfWeek.SUNDAY, 0, null));
        assertEquals("0 0 1 15 1,4,7,10 *", Cadence.expression(BackupFrequency.QUARTERLY, LocalTime.of(1, 0), null,
                15, null));
        CalendarExpression annual = CalendarExpression.parse(Cadence.expression(BackupFrequency.ANNUAL,
                LocalTime.of(3, 0), null, 2, Month.FEBRUARY));
        assertEquals(Optional.of(Instant.parse("2027-02-02T03:00:00Z")),
                annual.next(Instant.parse("2026-02-02T03:00:00Z"), UTC));
    }

    @Test
    void day_of_month_and_day_of_week_must_both_match() {
        // Friday the 13th
        CalendarExpression e = CalendarExpression.parse("0 0 0 13 * Fri");
        assertEquals(Optional.of(Instant.parse("2026-02-13T00:00:00Z")), e.next(Instant.parse("2026-01-01T00:00:00Z"),
                UTC));
        assertEquals(Optional.of(Instant.parse("2026-03-13T00:00:00Z")), e.next(Instant.parse("2026-02-13T00:00:00Z"),
                UTC));
    }

    @Test
    void sunday_is_zero_or_seven_and_names_are_read() {
        CalendarExpression seven = CalendarExpression.parse("0 0 9 * Jan-Mar 7");
        CalendarExpression zero = CalendarExpression.parse("0 0 9 * 1-3 sun");
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(seven.next(from, UTC), zero.next(from, UTC));
        assertEquals(Optional.of(Instant.parse("2026-01-04T09:00:00Z")), seven.next(from, UTC));
    }

    @Test
    void recent_lists_the_missed_times_newest_first_capped() {
        CalendarExpression e = CalendarExpression.parse("0 0 * * * *");
        List<Instant> missed = e.recent(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T05:30:00Z"),
                UTC, 3);
        assertEquals(List.of(Instant.parse("2026-01-01T05:00:00Z"), Instant.parse("2026-01-01T04:00:00Z"),
                Instant.parse("2026-01-01T03:00:00Z")), missed);
        assertEquals(5, e.recent(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T05:30:00Z"), UTC,
                31).size(), "the time of the last task itself is not missed");
    }

    @Test
    void an_impossible_date_plans_nothing() {
        assertEquals(Optional.empty(), CalendarExpression.parse("0 0 0 30 2 *").next(Instant.EPOCH, UTC));
    }

    @Test
    void bad_expressions_name_the_attribute() {
        assertEquals("count", assertThrows(CalendarExpression.Invalid.class,
                () -> CalendarExpression.parse("0 0 2 * *")).field());
        assertEquals("hour", assertThrows(CalendarExpression.Invalid.class,
                () -> CalendarExpression.parse("0 0 24 * * *")).field());
        assertEquals("minute", assertThrows(CalendarExpression.Invalid.class,
                () -> CalendarExpression.parse("0 x 2 * * *")).field());
        assertEquals("dayOfMonth", assertThrows(CalendarExpression.Invalid.class,
                () -> CalendarExpression.parse("0 0 2 Last * *")).field());
        assertEquals("dayOfWeek", assertThrows(CalendarExpression.Invalid.class,
                () -> CalendarExpression.parse("0 0 2 * * 5-1")).field());
        assertEquals("second", assertThrows(CalendarExpression.Invalid.class,
                () -> CalendarExpression.parse("*/0 0 2 * * *")).field());
    }

    @Test
    void a_timer_schedule_round_trips() {
        CalendarExpression e = CalendarExpression.parse("*/3 * * * * *");
        assertEquals(e.text(), CalendarExpression.of(e.toScheduleExpression(UTC)).text());
    }
}
