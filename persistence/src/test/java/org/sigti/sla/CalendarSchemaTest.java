package org.sigti.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigti.kb.TestDatabase;
import org.sigti.unit.Institution;

/**
 * V27 (H2, or the PostgreSQL of -Dsigti.test.jdbc-url): the calendar entities read their rows; Bolivia's seeded
 * holidays belong to both Bolivian institutions, and each of the four institutions has the week of working hours
 * there was before.
 */
class CalendarSchemaTest {

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated("calendar_schema", Holiday.class, HolidayYear.class, BusinessHours.class,
                Institution.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void bolivias_seeded_holidays_are_both_bolivian_institutions_and_no_other() {
        for (String institution : List.of("AGETIC", "DP")) {
            List<Holiday> holidays = read(em -> em.createNamedQuery("Holiday.findBetween", Holiday.class)
                    .setParameter("institution", institution).setParameter("from", LocalDate.of(2026, 1, 1))
                    .setParameter("to", LocalDate.of(2028, 1, 1)).getResultList());
            assertEquals(24, holidays.size(), institution);
            assertEquals(LocalDate.of(2026, 1, 23), holidays.get(1).getDate(), "DS 5521 kept");
            assertEquals("BO", holidays.get(1).getCountry());
            assertEquals(Holiday.Origin.LAW, holidays.get(1).getOrigin());
            assertNotNull(read(em -> em.find(HolidayYear.class, new HolidayYear.Key(institution, 2027))));
        }
        for (String institution : List.of("SEPREM", "MINDEF")) {
            assertEquals(List.of(), read(em -> em.createNamedQuery("Holiday.findYears", Number.class)
                    .setParameter("institution", institution).getResultList()), institution);
        }
    }

    @Test
    void every_institution_keeps_the_week_of_working_hours_there_was() {
        List<BusinessHours> rows = read(em -> em.createNamedQuery("BusinessHours.findAll", BusinessHours.class)
                .getResultList());
        for (String institution : List.of("AGETIC", "DP", "MINDEF", "SEPREM")) {
            List<BusinessHours> week = rows.stream().filter(h -> h.getInstitutionCode().equals(institution)).toList();
            assertEquals(10, week.size(), institution);
            assertEquals(DayOfWeek.MONDAY, week.get(0).day());
            assertEquals(BusinessCalendar.DEFAULT_WORKING_DAY.get(0), week.get(0).interval());
        }
    }

    @Test
    void the_time_zone_is_the_institutions() {
        assertEquals("America/Lima", read(em -> em.find(Institution.class, "MINDEF")).getZone().getId());
        assertEquals("America/La_Paz", read(em -> em.find(Institution.class, "AGETIC")).getZone().getId());
    }

    private static <T> T read(Function<EntityManager, T> query) {
        return db.inTransaction(query);
    }
}
