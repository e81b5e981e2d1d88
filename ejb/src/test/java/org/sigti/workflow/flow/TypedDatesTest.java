package org.sigti.workflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Dates typed day first, as people write them here, or ISO; only real days. */
class TypedDatesTest {

    @Test
    void a_day_typed_day_first_or_iso() {
        assertEquals(Optional.of(LocalDate.of(2027, 1, 5)), TypedDates.date("05/01/2027"));
        assertEquals(Optional.of(LocalDate.of(2027, 1, 5)), TypedDates.date(" 2027-01-05 "));
        for (String bad : new String[] {null, "", "30/02/2027", "2027-02-30", "5/1/27", "01-05-2027", "ayer"}) {
            assertTrue(TypedDates.date(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void a_time_typed_day_first_or_iso_to_the_minute_or_second() {
        LocalDateTime expected = LocalDateTime.of(2027, 1, 5, 14, 30);
        assertEquals(Optional.of(expected), TypedDates.dateTime("05/01/2027 14:30"));
        assertEquals(Optional.of(expected), TypedDates.dateTime("2027-01-05 14:30"));
        assertEquals(Optional.of(expected), TypedDates.dateTime("2027-01-05T14:30"));
        assertEquals(Optional.of(expected.withSecond(9)), TypedDates.dateTime("05/01/2027 14:30:09"));
        for (String bad : new String[] {null, "05/01/2027", "31/04/2027 10:00", "2027-01-05 25:00", "14:30"}) {
            assertTrue(TypedDates.dateTime(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
