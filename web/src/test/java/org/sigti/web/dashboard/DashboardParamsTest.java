package org.sigti.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sigti.dashboard.DashboardScope;

/** The dashboard's filter as typed: defaults, a wrong day or period told and replaced, a Responsable's own unit. */
class DashboardParamsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final DashboardScope JEFE = new DashboardScope("MINDEF", null, List.of());
    private static final DashboardScope RESPONSABLE = new DashboardScope("MINDEF", "ESTAD", List.of());

    @Test
    void nothing_typed_is_this_year_to_today_every_unit() {
        DashboardParams p = DashboardParams.read(JEFE, null, null, "", TODAY);
        assertEquals(LocalDate.of(2026, 1, 1), p.filter().from());
        assertEquals(TODAY, p.filter().to());
        assertNull(p.filter().unit());
        assertEquals(List.of(), p.problems());
    }

    @Test
    void days_are_read_day_first_and_a_wrong_one_is_told() {
        DashboardParams p = DashboardParams.read(JEFE, "GOBTI", "15/3/2025", "31/12/2025", TODAY);
        assertEquals(LocalDate.of(2025, 3, 15), p.filter().from());
        assertEquals("GOBTI", p.filter().unit());
        DashboardParams wrong = DashboardParams.read(JEFE, null, "2025-03-15", "31/12/2025", TODAY);
        assertEquals(LocalDate.of(2025, 1, 1), wrong.filter().from());
        assertEquals("dashboard.badDay", wrong.problems().get(0).key());
    }

    @Test
    void a_period_backwards_is_told_and_this_year_shown() {
        DashboardParams p = DashboardParams.read(JEFE, null, "31/12/2025", "01/01/2025", TODAY);
        assertEquals("dashboard.period.backwards", p.problems().get(0).key());
        assertEquals(LocalDate.of(2026, 1, 1), p.filter().from());
    }

    @Test
    void a_responsable_sees_their_unit_unless_they_ask_for_another_which_the_service_refuses() {
        assertEquals("ESTAD", DashboardParams.read(RESPONSABLE, "", null, null, TODAY).filter().unit());
        assertEquals("GOBTI", DashboardParams.read(RESPONSABLE, "GOBTI", null, null, TODAY).filter().unit());
    }
}
