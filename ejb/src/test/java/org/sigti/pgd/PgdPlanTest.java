package org.sigti.pgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PgdPlanTest {

    @Test
    void a_plan_covers_at_least_three_years() {
        assertTrue(PgdPlan.coversMinimum(2027, 2029));
        assertFalse(PgdPlan.coversMinimum(2027, 2028));
        assertThrows(IllegalArgumentException.class, () -> new PgdPlan(1, "MINDEF", 2027, 2028, Instant.now()));
        PgdPlan plan = new PgdPlan(1, "MINDEF", 2027, 2030, Instant.now());
        assertEquals("2027-2030", plan.periodText());
        assertThrows(IllegalArgumentException.class, () -> plan.period(2027, 2027));
        assertEquals(2030, plan.getEndYear(), "a refused period leaves the plan as it was");
    }

    @Test
    void a_project_copied_into_a_new_version_keeps_its_sheet_and_priority_apart_from_the_old() {
        PgdProject old = new PgdProject(10, "INN-01", "Mesa de partes digital", "INNOV", false);
        old.sheet("Digitalizar", "OEI.03", new BigDecimal("1000.00"), 12, "Trámites (%)");
        old.prioritize(2);
        PgdProject copy = old.copyInto(11);
        assertEquals(11, copy.getPortfolioId());
        assertEquals(10, old.getPortfolioId());
        assertEquals(List.of("INN-01", "OEI.03", "2", "12"), List.of(copy.getCode(), copy.getPeiObjective(),
                String.valueOf(copy.getPriority()), String.valueOf(copy.getDurationMonths())));
        copy.prioritize(1);
        assertEquals(2, old.getPriority());
        assertThrows(IllegalArgumentException.class, () -> new PgdPortfolio(1, 0, Instant.now()));
    }

    @Test
    void the_timeline_places_each_bar_by_its_start_and_length() {
        var rows = PgdRows.timeline(List.of(new PgdActivity(1, 1, "Preparación", "Equipo", LocalDate.of(2027, 1, 1),
                25), new PgdActivity(1, 2, "Diagnóstico", "Situación", LocalDate.of(2027, 1, 26), 75),
                new PgdActivity(1, 3, "Cierre", "Publicación", LocalDate.of(2027, 4, 10), 1)));
        assertEquals(0, rows.get(0).offset());
        assertEquals(25, rows.get(0).width());
        assertEquals(25, rows.get(1).offset());
        assertEquals(75, rows.get(1).width());
        assertEquals(95, rows.get(2).offset());
        assertEquals(5, rows.get(2).width(), "even a day shows");
        assertEquals(LocalDate.of(2027, 4, 10), rows.get(1).endsOn());
    }
}
