package org.sigti.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityTest {

    @ParameterizedTest(name = "impact {0} x urgency {1} = {2}")
    @CsvSource({
        "ALTA, ALTA, P1",
        "ALTA, MEDIA, P2",
        "MEDIA, ALTA, P2",
        "ALTA, BAJA, P3",
        "MEDIA, MEDIA, P3",
        "BAJA, ALTA, P3",
        "MEDIA, BAJA, P4",
        "BAJA, MEDIA, P4",
        "BAJA, BAJA, P5"})
    void the_itil_matrix_gives_the_priority(Impact impact, Urgency urgency, Priority expected) {
        assertEquals(expected, Priority.of(impact, urgency));
    }

    @Test
    void every_priority_is_reached_and_the_matrix_is_symmetric() {
        Map<Priority, Integer> cells = new EnumMap<>(Priority.class);
        for (Impact impact : Impact.values()) {
            for (Urgency urgency : Urgency.values()) {
                cells.merge(Priority.of(impact, urgency), 1, Integer::sum);
                assertEquals(Priority.of(impact, urgency),
                        Priority.of(Impact.valueOf(urgency.name()), Urgency.valueOf(impact.name())));
            }
        }
        assertEquals(Map.of(Priority.P1, 1, Priority.P2, 2, Priority.P3, 3, Priority.P4, 2, Priority.P5, 1), cells);
    }

    @Test
    void impact_and_urgency_are_required() {
        assertThrows(NullPointerException.class, () -> Priority.of(null, Urgency.ALTA));
        assertThrows(NullPointerException.class, () -> Priority.of(Impact.ALTA, null));
    }
}
