package org.sigti.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The year's plan of S04.03.04.03: each step once and in the manual's order; the report's figures frozen. */
class AnnualPlanTest {

    private static final Instant T0 = Instant.parse("2026-01-05T14:00:00Z");
    private static final AnnualPlan.Figures FIGURES = new AnnualPlan.Figures(10, 7, 3, 2, 9, 4);

    @Test
    void the_steps_go_in_the_manuals_order_each_once() {
        AnnualPlan plan = AnnualPlan.drafted("AGETIC", "S04.03.04.03", 2026, "coordinador", T0);
        assertThrows(IllegalStateException.class, () -> plan.review("soporte", T0), "3 before 2");
        assertThrows(IllegalStateException.class, () -> plan.report("soporte", FIGURES, T0), "14 before 3");
        assertThrows(IllegalStateException.class, () -> plan.receive("coordinador", T0), "15 before 14");
        plan.acknowledge("jefe", T0.plusSeconds(1));
        assertThrows(IllegalStateException.class, () -> plan.acknowledge("jefe", T0), "2 twice");
        plan.review("soporte", T0.plusSeconds(2));
        assertNull(plan.getFigures());
        plan.report("soporte", FIGURES, T0.plusSeconds(3));
        assertThrows(IllegalStateException.class, () -> plan.report("soporte", new AnnualPlan.Figures(0, 0, 0, 0, 0,
                0), T0), "14 twice");
        plan.receive("coordinador", T0.plusSeconds(4));
        assertEquals(FIGURES, plan.getFigures());
        assertEquals("jefe", plan.getAcknowledgedBy());
        assertEquals(T0.plusSeconds(4), plan.getReceivedAt());
    }

    @Test
    void a_scheduled_preventive_job_has_a_month_of_the_cronograma() {
        MaintenanceJob job = MaintenanceJob.scheduled(7, 8, 2026, 3, T0);
        assertEquals(3, job.getPlanMonth());
        assertEquals(2026, job.getPlanYear());
        assertThrows(IllegalArgumentException.class, () -> MaintenanceJob.scheduled(7, 8, 2026, 13, T0));
    }
}
