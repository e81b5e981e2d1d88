package org.sigti.dashboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sigti.maintenance.Semester;

/** The dashboard's arithmetic and its filter: percentages, the semesters of a period, days written day first. */
class FiguresTest {

    @Test
    void a_percentage_has_one_decimal_and_none_when_nothing_to_divide_by() {
        assertEquals(new BigDecimal("66.7"), Figures.percent(2, 3));
        assertEquals(new BigDecimal("100.0"), Figures.percent(4, 4));
        assertNull(Figures.percent(0, 0));
    }

    @Test
    void the_semesters_of_a_period_are_listed_latest_first() {
        assertEquals(List.of(new Semester(2026, 2), new Semester(2026, 1), new Semester(2025, 2)),
                Figures.semesters(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 7, 1)));
        assertEquals(List.of(new Semester(2026, 1)),
                Figures.semesters(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)));
        assertEquals(Figures.MAX_SEMESTERS,
                Figures.semesters(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1)).size());
    }

    @Test
    void days_are_read_day_first_and_a_wrong_day_is_no_day() {
        assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), DashboardFilter.day("07/12/2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 3)), DashboardFilter.day(" 3/2/2026 "));
        assertEquals(Optional.empty(), DashboardFilter.day("2026-12-07"));
        assertEquals(Optional.empty(), DashboardFilter.day("31/02/2026"));
        assertEquals(Optional.empty(), DashboardFilter.day("12/31/2026"));
        assertEquals("07/12/2026", DashboardFilter.format(LocalDate.of(2026, 12, 7)));
    }

    @Test
    void a_filter_refuses_a_period_backwards_too_long_or_before_2000() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new DashboardFilter("MINDEF", null, day, day.minusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> new DashboardFilter("MINDEF", null, day, day.plusYears(11)));
        assertThrows(IllegalArgumentException.class,
                () -> new DashboardFilter("MINDEF", null, LocalDate.of(1999, 12, 31), day));
        assertNull(new DashboardFilter("MINDEF", " ", day, day).unit());
        assertEquals("ESTAD", new DashboardFilter("MINDEF", null, day, day).withUnit("ESTAD").unit());
    }

    @Test
    void each_table_charts_columns_it_has_and_marks_its_percentages() {
        for (DashboardTable t : DashboardTable.values()) {
            for (int column : t.chartedColumns()) {
                assertTrue(column >= 0 && column < t.columns().size(), t::name);
            }
        }
        assertArrayEquals(new int[] {2, 5}, DashboardTable.MAINTENANCE.chartedColumns());
        assertTrue(DashboardTable.MAINTENANCE.isPercent(2));
        assertTrue(!DashboardTable.PROCEDURE.isPercent(0));
        assertEquals(Optional.of(DashboardTable.ACCESS_REVIEW), DashboardTable.named("access_review"));
        assertEquals(Optional.empty(), DashboardTable.named("cases"));
    }
}
