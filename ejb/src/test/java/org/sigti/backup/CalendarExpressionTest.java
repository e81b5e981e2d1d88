package org.sigti.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class CalendarExpressionTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    private static List<Instant> runs(String expression, String from, String to) {
        return CalendarExpression.parse(expression).between(Instant.parse(from), Instant.parse(to), UTC, 100);
    }

    @Test
    void a_daily_ejb_calendar_runs_once_a_day_at_its_hour() {
        assertEquals(List.of(Instant.parse("2026-03-01T02:30:00Z"), Instant.parse("2026-03-02T02:30:00Z"),
                Instant.parse("2026-03-03T02:30:00Z")),
                runs("minute=30;hour=2", "2026-03-01T00:00:00Z", "2026-03-04T00:00:00Z"));
    }

    @Test
    void days_of_the_week_by_name_or_number_and_sunday_as_seven() {
        // 2 March 2026 is a Monday
        List<Instant> weekdays = runs("hour=22;dayOfWeek=Mon-Fri", "2026-03-01T00:00:00Z", "2026-03-08T00:00:00Z");
        assertEquals(5, weekdays.size());
        assertEquals(Instant.parse("2026-03-02T22:00:00Z"), weekdays.get(0));
        assertEquals(List.of(Instant.parse("2026-03-01T01:00:00Z")),
                runs("0 1 * * 7", "2026-03-01T00:00:00Z", "2026-03-07T00:00:00Z"));
    }

    @Test
    void monthly_and_semiannual_calendars_and_increments() {
        assertEquals(List.of(Instant.parse("2026-01-01T02:00:00Z"), Instant.parse("2026-07-01T02:00:00Z")),
                runs("hour=2;dayOfMonth=1;month=Jan,Jul", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"));
        assertEquals(4, runs("minute=*/15;hour=3", "2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z").size());
    }

    @Test
    void only_runs_inside_the_range_count() {
        assertEquals(List.of(), runs("hour=2", "2026-03-01T02:00:01Z", "2026-03-02T02:00:00Z"));
        assertEquals(1, runs("hour=2", "2026-03-01T02:00:00Z", "2026-03-01T02:00:01Z").size());
    }

    @Test
    void both_day_fields_restricted_match_either_like_cron() {
        // the 1st of March 2026 (a Sunday) and every Monday of the range
        List<Instant> runs = runs("0 0 1 * Mon", "2026-03-01T00:00:00Z", "2026-03-10T00:00:00Z");
        assertEquals(List.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"),
                Instant.parse("2026-03-09T00:00:00Z")), runs);
    }

    @Test
    void a_frequency_stands_in_for_an_unreadable_expression() {
        assertEquals(1, CalendarExpression.ofFrequency("WEEKLY").between(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-08T00:00:00Z"), UTC, 10).size());
        assertEquals(7, CalendarExpression.ofFrequency("DAILY").between(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-08T00:00:00Z"), UTC, 10).size());
    }

    @Test
    void bad_expressions_are_refused_with_what_is_wrong() {
        assertThrows(IllegalArgumentException.class, () -> CalendarExpression.parse("hour=25"));
        assertThrows(IllegalArgumentException.class, () -> CalendarExpression.parse("weekday=Mon"));
        assertThrows(IllegalArgumentException.class, () -> CalendarExpression.parse("1 2 3"));
        assertThrows(IllegalArgumentException.class, () -> CalendarExpression.parse(" "));
    }

    @Test
    void a_copy_number_is_digits_with_an_optional_hash_and_a_date_is_iso() {
        assertEquals(java.util.Optional.of(1234L), Restores.copyNumber(" #1234 "));
        assertEquals(java.util.Optional.empty(), Restores.copyNumber("12a"));
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2026, 3, 1)), Restores.date("2026-03-01"));
        assertEquals(java.util.Optional.empty(), Restores.date("01/03/2026"));
    }
}
