package org.sigti.sla;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

    private static final ZoneId LA_PAZ = ZoneId.of("America/La_Paz");

    /** The holidays of V5__service_levels.sql for 2026. */
    static final Set<LocalDate> BOLIVIA_2026 = Set.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-23"),
            LocalDate.parse("2026-02-16"), LocalDate.parse("2026-02-17"), LocalDate.parse("2026-04-03"),
            LocalDate.parse("2026-05-01"), LocalDate.parse("2026-06-04"), LocalDate.parse("2026-06-05"),
            LocalDate.parse("2026-06-22"), LocalDate.parse("2026-08-06"), LocalDate.parse("2026-08-07"),
            LocalDate.parse("2026-11-02"), LocalDate.parse("2026-12-25"));

    /** The default calendar: La Paz, Monday to Friday 08:30-12:30 and 14:30-18:30, Bolivia's 2026 holidays. */
    static final BusinessCalendar LA_PAZ_2026 = new BusinessCalendar(LA_PAZ, BusinessCalendar.defaultHours(),
            BOLIVIA_2026);

    static Instant laPaz(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LA_PAZ).toInstant();
    }

    private static Instant in(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static Map<DayOfWeek, List<WorkingInterval>> everyDay(WorkingInterval... intervals) {
        Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, List.of(intervals));
        }
        return hours;
    }

    private static Map<DayOfWeek, List<WorkingInterval>> weekdays(WorkingInterval... intervals) {
        Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day = DayOfWeek.MONDAY; day != DayOfWeek.SATURDAY; day = day.plus(1)) {
            hours.put(day, List.of(intervals));
        }
        return hours;
    }

    @Nested
    class AddBusinessTime {

        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
            // within the morning, within the afternoon
            "2026-03-02T09:00, PT1H, 2026-03-02T10:00",
            "2026-03-02T15:00, PT2H, 2026-03-02T17:00",
            // over lunch: the morning ends at 12:30, the afternoon starts at 14:30
            "2026-03-02T12:00, PT1H, 2026-03-02T15:00",
            // exactly at the close: the close itself, not the next morning
            "2026-03-06T14:30, PT4H, 2026-03-06T18:30",
            "2026-03-02T08:30, PT8H, 2026-03-02T18:30",
            // Friday afternoon + 4 h goes to Monday
            "2026-03-06T16:00, PT4H, 2026-03-09T10:00",
            "2026-03-06T15:00, PT4H, 2026-03-09T09:00",
            // starting at night, before opening, at lunch, on a Saturday, on a Sunday night
            "2026-03-03T22:00, PT1H, 2026-03-04T09:30",
            "2026-03-04T07:00, PT30M, 2026-03-04T09:00",
            "2026-03-04T13:00, PT1H, 2026-03-04T15:30",
            "2026-03-07T10:00, PT8H, 2026-03-09T18:30",
            "2026-03-08T23:59, PT1M, 2026-03-09T08:31",
            // a start exactly at the close counts from the next opening
            "2026-03-04T18:30, PT30M, 2026-03-05T09:00",
            // seconds are kept
            "2026-03-04T09:00:30, PT1M, 2026-03-04T09:01:30",
            // Corpus Christi (Thu 4 June) and the added Friday 5 June are skipped, then the weekend
            "2026-06-03T17:00, PT4H, 2026-06-08T11:00",
            // Carnaval Monday and Tuesday: Friday 13 Feb 18:00 + 1 h is Wednesday 18 Feb 09:00
            "2026-02-13T18:00, PT1H, 2026-02-18T09:00",
            // starting on a holiday
            "2026-05-01T10:00, PT1H, 2026-05-04T09:30",
            // over the new year: this calendar has only 2026's holidays, so Friday 1 January 2027 is worked
            "2026-12-31T17:30, PT2H, 2027-01-01T09:30",
        })
        void counts_only_working_hours_of_working_days(String start, Duration amount, String expected) {
            assertEquals(laPaz(expected), LA_PAZ_2026.addBusinessTime(laPaz(start), amount));
        }

        @Test
        void zero_is_the_start_itself_even_at_night() {
            Instant night = laPaz("2026-03-04T23:00");
            assertEquals(night, LA_PAZ_2026.addBusinessTime(night, Duration.ZERO));
        }

        @Test
        void a_week_of_business_time_is_a_calendar_week_without_holidays() {
            // Monday 08:30 + 40 h = Friday 18:30
            assertEquals(laPaz("2026-03-06T18:30"), LA_PAZ_2026.addBusinessTime(laPaz("2026-03-02T08:30"),
                    Duration.ofHours(40)));
            // Monday 10:00 + 40 h = next Monday 10:00
            assertEquals(laPaz("2026-03-09T10:00"), LA_PAZ_2026.addBusinessTime(laPaz("2026-03-02T10:00"),
                    Duration.ofHours(40)));
        }

        @Test
        void ten_weeks_without_holidays_end_ten_calendar_weeks_later() {
            BusinessCalendar noHolidays = BusinessCalendar.defaults();
            assertEquals(laPaz("2026-05-08T18:30"), noHolidays.addBusinessTime(laPaz("2026-03-02T08:30"),
                    Duration.ofHours(400)));
            assertEquals(laPaz("2026-05-11T11:00"), noHolidays.addBusinessTime(laPaz("2026-03-02T11:00"),
                    Duration.ofHours(400)));
        }

        @Test
        void ten_weeks_with_holidays_add_one_working_day_per_holiday() {
            // from Monday 2 March 2026, 400 h crosses Viernes Santo (3 April) and 1 May: two more working days
            Instant end = LA_PAZ_2026.addBusinessTime(laPaz("2026-03-02T08:30"), Duration.ofHours(400));
            assertEquals(laPaz("2026-05-12T18:30"), end);
            assertEquals(Duration.ofHours(400), LA_PAZ_2026.businessTimeBetween(laPaz("2026-03-02T08:30"), end));
        }

        @Test
        void years_take_milliseconds() {
            BusinessCalendar calendar = BusinessCalendar.defaults();
            Instant start = laPaz("2026-03-02T08:30");
            Instant end = assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> calendar.addBusinessTime(start, Duration.ofHours(40L * 52 * 100)));
            // 100 years of 52 weeks: a Friday evening, 5200 weeks later
            assertEquals(laPaz("2026-03-02T08:30").atZone(LA_PAZ).plusWeeks(5200).minusDays(3).with(LocalTime.of(18, 30))
                    .toInstant(), end);
        }

        @Test
        void a_negative_amount_is_refused() {
            assertThrows(IllegalArgumentException.class,
                    () -> LA_PAZ_2026.addBusinessTime(laPaz("2026-03-02T08:30"), Duration.ofMinutes(-1)));
        }

        @Test
        void a_calendar_without_hours_cannot_count() {
            BusinessCalendar never = new BusinessCalendar(LA_PAZ, Map.of(), Set.of());
            assertThrows(IllegalStateException.class,
                    () -> never.addBusinessTime(laPaz("2026-03-02T08:30"), Duration.ofMinutes(1)));
            assertEquals(Duration.ZERO, never.businessTimeBetween(laPaz("2026-03-02T08:30"), laPaz("2026-04-02T08:30")));
        }

        @Test
        void add_and_between_agree() {
            Instant start = laPaz("2026-06-03T11:17");
            for (long minutes = 1; minutes < 5000; minutes += 37) {
                Instant end = LA_PAZ_2026.addBusinessTime(start, Duration.ofMinutes(minutes));
                assertEquals(Duration.ofMinutes(minutes), LA_PAZ_2026.businessTimeBetween(start, end));
                // and the end is the first such instant: a second earlier, less time had passed
                assertEquals(Duration.ofMinutes(minutes).minusSeconds(1),
                        LA_PAZ_2026.businessTimeBetween(start, end.minusSeconds(1)));
            }
        }
    }

    @Nested
    class BusinessTimeBetween {

        @ParameterizedTest(name = "{0} .. {1} = {2}")
        @CsvSource({
            "2026-03-02T09:00, 2026-03-02T10:00, PT1H",
            "2026-03-02T12:00, 2026-03-02T15:00, PT1H",
            "2026-03-06T16:00, 2026-03-09T10:00, PT4H",
            "2026-03-07T00:00, 2026-03-08T23:59, PT0S",
            "2026-03-02T00:00, 2026-03-09T00:00, PT40H",
            "2026-03-02T19:00, 2026-03-03T08:30, PT0S",
            // the week of Corpus Christi has three working days
            "2026-06-01T00:00, 2026-06-08T00:00, PT24H",
            // the whole of 2026: 261 weekdays, 13 holidays all on weekdays
            "2026-01-01T00:00, 2027-01-01T00:00, PT1984H",
        })
        void sums_the_working_hours_in_between(String from, String to, Duration expected) {
            assertEquals(expected, LA_PAZ_2026.businessTimeBetween(laPaz(from), laPaz(to)));
        }

        @Test
        void is_negative_backwards_and_zero_for_the_same_instant() {
            Instant a = laPaz("2026-03-06T16:00");
            Instant b = laPaz("2026-03-09T10:00");
            assertEquals(Duration.ofHours(-4), LA_PAZ_2026.businessTimeBetween(b, a));
            assertEquals(Duration.ZERO, LA_PAZ_2026.businessTimeBetween(a, a));
        }
    }

    @Nested
    class IsBusinessTime {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
            "2026-03-02T08:29:59, false",
            "2026-03-02T08:30, true",
            "2026-03-02T12:29:59, true",
            "2026-03-02T12:30, false",
            "2026-03-02T14:30, true",
            "2026-03-02T18:30, false",
            "2026-03-07T10:00, false",
            "2026-04-03T10:00, false",
            "2026-04-02T10:00, true",
        })
        void only_inside_working_intervals_of_working_days(String at, boolean expected) {
            assertEquals(expected, LA_PAZ_2026.isBusinessTime(laPaz(at)));
        }
    }

    @Nested
    class Construction {

        @Test
        void the_default_is_la_paz_eight_hours_a_day_forty_a_week() {
            BusinessCalendar calendar = BusinessCalendar.defaults();
            assertAll(
                    () -> assertEquals(LA_PAZ, calendar.zone()),
                    () -> assertEquals(Duration.ofHours(40), calendar.weeklyBusinessTime()),
                    () -> assertEquals(List.of(WorkingInterval.of("08:30", "12:30"), WorkingInterval.of("14:30", "18:30")),
                            calendar.hours(DayOfWeek.WEDNESDAY)),
                    () -> assertEquals(List.of(), calendar.hours(DayOfWeek.SATURDAY)),
                    () -> assertTrue(calendar.holidays().isEmpty()));
        }

        @Test
        void intervals_are_sorted_and_may_touch_but_not_overlap() {
            BusinessCalendar calendar = new BusinessCalendar(LA_PAZ,
                    Map.of(DayOfWeek.MONDAY, List.of(WorkingInterval.of("12:00", "16:00"), WorkingInterval.of("08:00",
                            "12:00"))), Set.of());
            assertEquals(List.of(WorkingInterval.of("08:00", "12:00"), WorkingInterval.of("12:00", "16:00")),
                    calendar.hours(DayOfWeek.MONDAY));
            assertEquals(laPaz("2026-03-02T14:00"), calendar.addBusinessTime(laPaz("2026-03-02T08:00"),
                    Duration.ofHours(6)));
            IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class,
                    () -> new BusinessCalendar(LA_PAZ, Map.of(DayOfWeek.MONDAY, List.of(WorkingInterval.of("08:00",
                            "12:00"), WorkingInterval.of("11:00", "16:00"))), Set.of()));
            assertTrue(overlap.getMessage().contains("overlap"), overlap::getMessage);
        }

        @Test
        void the_calendar_is_immutable() {
            BusinessCalendar calendar = LA_PAZ_2026;
            assertThrows(UnsupportedOperationException.class, () -> calendar.holidays().add(LocalDate.now()));
            assertThrows(UnsupportedOperationException.class, () -> calendar.hours().put(DayOfWeek.SUNDAY, List.of()));
            assertThrows(UnsupportedOperationException.class,
                    () -> calendar.hours(DayOfWeek.MONDAY).add(WorkingInterval.of("20:00", "21:00")));
        }

        @Test
        void working_days_are_the_days_with_hours_that_are_not_holidays() {
            assertAll(
                    () -> assertTrue(LA_PAZ_2026.isWorkingDay(LocalDate.parse("2026-04-02"))),
                    () -> assertFalse(LA_PAZ_2026.isWorkingDay(LocalDate.parse("2026-04-03"))),
                    () -> assertFalse(LA_PAZ_2026.isWorkingDay(LocalDate.parse("2026-04-04"))));
        }
    }

    @Nested
    class ClockChanges {

        private final ZoneId madrid = ZoneId.of("Europe/Madrid");
        private final ZoneId newYork = ZoneId.of("America/New_York");

        @Test
        void a_day_with_the_spring_change_has_23_hours_and_one_in_autumn_25() {
            BusinessCalendar always = new BusinessCalendar(madrid, everyDay(WorkingInterval.of("00:00", "00:00")),
                    Set.of());
            assertAll(
                    () -> assertEquals(Duration.ofHours(23), always.businessTimeBetween(in(madrid, "2026-03-29T00:00"),
                            in(madrid, "2026-03-30T00:00"))),
                    () -> assertEquals(Duration.ofHours(25), always.businessTimeBetween(in(madrid, "2026-10-25T00:00"),
                            in(madrid, "2026-10-26T00:00"))),
                    // Saturday 00:00 + 48 h of real time is Monday 01:00 on the wall clock
                    () -> assertEquals(in(madrid, "2026-03-30T01:00"),
                            always.addBusinessTime(in(madrid, "2026-03-28T00:00"), Duration.ofHours(48))),
                    () -> assertEquals(Duration.ofDays(365), always.businessTimeBetween(
                            in(madrid, "2026-01-01T00:00"), in(madrid, "2027-01-01T00:00"))));
        }

        @Test
        void an_interval_starting_in_the_gap_starts_at_the_change() {
            // on 29 March 2026 Madrid jumps from 02:00 to 03:00: 02:15-05:00 is 03:00-05:00, two hours
            BusinessCalendar night = new BusinessCalendar(madrid, Map.of(DayOfWeek.SUNDAY,
                    List.of(WorkingInterval.of("02:15", "05:00"))), Set.of());
            assertEquals(Duration.ofHours(2), night.businessTimeBetween(in(madrid, "2026-03-29T00:00"),
                    in(madrid, "2026-03-30T00:00")));
            assertEquals(Duration.ofMinutes(165), night.businessTimeBetween(in(madrid, "2026-03-22T00:00"),
                    in(madrid, "2026-03-23T00:00")));
        }

        @Test
        void office_hours_on_both_sides_of_a_weekend_change_are_unchanged() {
            // New York moves its clocks on Sunday 8 March 2026; the office works 09:00-17:00 local time
            BusinessCalendar office = new BusinessCalendar(newYork, weekdays(WorkingInterval.of("09:00", "17:00")),
                    Set.of());
            assertEquals(in(newYork, "2026-03-09T11:00"),
                    office.addBusinessTime(in(newYork, "2026-03-06T15:00"), Duration.ofHours(4)));
            assertEquals(in(newYork, "2026-03-20T17:00"),
                    office.addBusinessTime(in(newYork, "2026-03-02T09:00"), Duration.ofHours(120)));
            assertEquals(in(newYork, "2026-11-06T17:00"),
                    office.addBusinessTime(in(newYork, "2026-10-26T09:00"), Duration.ofHours(80)));
        }
    }

    /**
     * The calendar against a plain minute-by-minute count of wall-clock working minutes, on random starts and
     * amounts up to three weeks: with holidays (La Paz) and with clock changes (Madrid, with a Sunday night shift
     * over the change).
     */
    @Nested
    class AgainstMinuteByMinute {

        @Test
        void la_paz_with_holidays() {
            compare(LA_PAZ_2026, LocalDateTime.parse("2026-01-01T00:00"), 11);
        }

        @Test
        void madrid_with_clock_changes() {
            ZoneId madrid = ZoneId.of("Europe/Madrid");
            Map<DayOfWeek, List<WorkingInterval>> hours = weekdays(WorkingInterval.of("08:00", "13:00"),
                    WorkingInterval.of("14:00", "18:00"));
            hours.put(DayOfWeek.SUNDAY, List.of(WorkingInterval.of("00:00", "06:00"), WorkingInterval.of("22:00",
                    "00:00")));
            BusinessCalendar calendar = new BusinessCalendar(madrid, hours, Set.of(LocalDate.parse("2026-03-27"),
                    LocalDate.parse("2026-10-12")));
            compare(calendar, LocalDateTime.parse("2026-03-10T00:00"), 13);
            compare(calendar, LocalDateTime.parse("2026-10-05T00:00"), 17);
        }

        private void compare(BusinessCalendar calendar, LocalDateTime from, long seed) {
            Random random = new Random(seed);
            for (int run = 0; run < 40; run++) {
                Instant start = from.plusMinutes(random.nextInt(60 * 24 * 30)).atZone(calendar.zone()).toInstant();
                long minutes = 1 + random.nextInt(60 * 24 * 21 / 4);
                Instant expected = countMinutes(calendar, start, minutes);
                Instant actual = calendar.addBusinessTime(start, Duration.ofMinutes(minutes));
                String what = start.atZone(calendar.zone()) + " + " + minutes + " min";
                assertEquals(expected, actual, what);
                assertEquals(Duration.ofMinutes(minutes), calendar.businessTimeBetween(start, actual), what);
            }
        }

        /** The end of the minute in which the count of wall-clock working minutes reaches {@code minutes}. */
        private Instant countMinutes(BusinessCalendar calendar, Instant start, long minutes) {
            long counted = 0;
            for (Instant t = start; ; t = t.plusSeconds(60)) {
                ZonedDateTime local = t.atZone(calendar.zone());
                if (!calendar.isHoliday(local.toLocalDate()) && inHours(calendar.hours(local.getDayOfWeek()),
                        local.toLocalTime())) {
                    counted++;
                    if (counted == minutes) {
                        return t.plusSeconds(60);
                    }
                }
            }
        }

        private boolean inHours(List<WorkingInterval> intervals, LocalTime time) {
            for (WorkingInterval interval : intervals) {
                if (!time.isBefore(interval.start()) && (interval.endsAtMidnight() || time.isBefore(interval.end()))) {
                    return true;
                }
            }
            return false;
        }
    }
}
