package org.sigti.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The national holidays of each country, pinned to the calendars the governments published for 2026 and 2027. */
class NationalHolidaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
        "2038, 2038-04-25", "2285, 2285-03-22"})
    void the_computus_gives_easter_sunday(int year, LocalDate easter) {
        assertEquals(easter, NationalHolidays.easter(year));
    }

    @Test
    void bolivia_2026_moves_sunday_21_june_to_monday_and_counts_carnaval_from_easter() {
        assertEquals(List.of("2026-01-01", "2026-01-22", "2026-02-16", "2026-02-17", "2026-04-03", "2026-05-01",
                "2026-06-04", "2026-06-22", "2026-08-06", "2026-11-02", "2026-12-25"), dates("BO", 2026));
        assertEquals("Año Nuevo Andino Amazónico y Chaqueño (trasladado al lunes)", name("BO", "2026-06-22"));
        assertEquals("Día del Estado Plurinacional", name("BO", "2026-01-22"));
    }

    @Test
    void bolivia_2027_is_the_list_v5_seeded() {
        assertEquals(List.of("2027-01-01", "2027-01-22", "2027-02-08", "2027-02-09", "2027-03-26", "2027-05-01",
                "2027-05-27", "2027-06-21", "2027-08-06", "2027-11-02", "2027-12-25"), dates("BO", 2027));
    }

    @Test
    void peru_2026_has_san_pedro_y_san_pablo_the_2023_battles_and_holy_thursday() {
        assertEquals(List.of("2026-01-01", "2026-04-02", "2026-04-03", "2026-05-01", "2026-06-07", "2026-06-29",
                "2026-07-23", "2026-07-28", "2026-07-29", "2026-08-06", "2026-08-30", "2026-10-08", "2026-11-01",
                "2026-12-08", "2026-12-09", "2026-12-25"), dates("PE", 2026));
        assertEquals("San Pedro y San Pablo", name("PE", "2026-06-29"));
        assertEquals("Inmaculada Concepción", name("PE", "2026-12-08"));
    }

    @Test
    void peru_2027_keeps_weekend_holidays_where_they_fall() {
        List<String> dates = dates("PE", 2027);
        assertTrue(dates.containsAll(List.of("2027-03-25", "2027-03-26", "2027-06-29", "2027-08-30", "2027-12-08")),
                dates::toString);
        // 7 June 2027 is a Monday, 1 May a Saturday: no transfer in Peru
        assertTrue(dates.contains("2027-05-01"), dates::toString);
        assertEquals(16, dates.size());
    }

    @Test
    void guatemala_2026_has_the_three_holy_days_and_30_june_on_the_monday_before() {
        assertEquals(List.of("2026-01-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-05-01", "2026-06-29",
                "2026-09-15", "2026-10-20", "2026-11-01", "2026-12-25"), dates("GT", 2026));
        assertEquals("Día de la Revolución de 1944", name("GT", "2026-10-20"));
        assertEquals("Día de la Independencia", name("GT", "2026-09-15"));
    }

    @Test
    void guatemala_2027_moves_wednesday_30_june_to_monday_28() {
        assertEquals(List.of("2027-01-01", "2027-03-25", "2027-03-26", "2027-03-27", "2027-05-01", "2027-06-28",
                "2027-09-15", "2027-10-20", "2027-11-01", "2027-12-25"), dates("GT", 2027));
    }

    @ParameterizedTest(name = "30 June {0} is taken on {1}")
    @CsvSource({"2025, 2025-06-30", "2026, 2026-06-29", "2027, 2027-06-28", "2028, 2028-07-03",
        "2029, 2029-07-02", "2030, 2030-07-01", "2024, 2024-07-01"})
    void guatemala_army_day_goes_to_the_nearest_monday_decreto_19_2018_says(int year, LocalDate taken) {
        assertTrue(NationalHolidays.of("GT", year).stream().anyMatch(d -> d.date().equals(taken)
                && d.name().startsWith("Día del Ejército")));
    }

    @Test
    void a_holiday_of_one_country_is_not_one_of_another() {
        // 29 June 2027: Peru's San Pedro y San Pablo, a working Tuesday in Bolivia
        assertTrue(dates("PE", 2027).contains("2027-06-29"));
        assertFalse(dates("BO", 2027).contains("2027-06-29"));
        assertFalse(dates("GT", 2027).contains("2027-06-29"));
    }

    @Test
    void a_calendar_on_perus_holidays_is_due_a_day_later_than_one_on_bolivias() {
        BusinessCalendar lima = calendar("America/Lima", "PE");
        BusinessCalendar laPaz = calendar("America/La_Paz", "BO");
        // Monday 28 June 2027, 10:00 local: one business day (8 h) later
        Duration day = Duration.ofHours(8);
        assertEquals(LocalDateTime.of(2027, 6, 29, 10, 0), laPaz.addBusinessTime(
                LocalDate.of(2027, 6, 28).atTime(10, 0).atZone(laPaz.zone()).toInstant(), day)
                .atZone(laPaz.zone()).toLocalDateTime());
        assertEquals(LocalDateTime.of(2027, 6, 30, 10, 0), lima.addBusinessTime(
                LocalDate.of(2027, 6, 28).atTime(10, 0).atZone(lima.zone()).toInstant(), day)
                .atZone(lima.zone()).toLocalDateTime());
    }

    @Test
    void an_unknown_country_is_refused_naming_those_known() {
        var e = assertThrows(IllegalArgumentException.class, () -> NationalHolidays.of("AR", 2026));
        assertTrue(e.getMessage().contains("AR"), e::getMessage);
    }

    private static BusinessCalendar calendar(String zone, String country) {
        return new BusinessCalendar(ZoneId.of(zone), BusinessCalendar.defaultHours(),
                NationalHolidays.of(country, 2027).stream().map(NationalHolidays.Day::date).toList());
    }

    private static List<String> dates(String country, int year) {
        return NationalHolidays.of(country, year).stream().map(d -> d.date().toString()).toList();
    }

    private static String name(String country, String date) {
        LocalDate day = LocalDate.parse(date);
        return NationalHolidays.of(country, day.getYear()).stream().filter(d -> d.date().equals(day)).findFirst()
                .orElseThrow().name();
    }
}
