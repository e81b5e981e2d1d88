package org.sigti.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A maintenance job's times: finished only once started; a second start (work returned) keeps the first. */
class MaintenanceJobTest {

    private static final Instant T0 = Instant.parse("2026-11-21T14:00:00Z");

    @Test
    void a_job_finishes_only_after_it_started_and_keeps_its_first_start() {
        MaintenanceJob job = MaintenanceJob.corrective(7, 8, T0);
        assertNull(job.getPlanYear());
        assertThrows(IllegalStateException.class, () -> job.finish(T0));
        job.start(T0.plusSeconds(10));
        job.start(T0.plusSeconds(20));
        assertEquals(T0.plusSeconds(10), job.getStartedAt());
        job.finish(T0.plusSeconds(30));
        assertEquals(T0.plusSeconds(30), job.getFinishedAt());
    }

    @Test
    void a_preventive_job_belongs_to_its_plan_year() {
        MaintenanceJob job = MaintenanceJob.preventive(7, 8, 2027, T0);
        assertEquals(MaintenanceKind.PREVENTIVE, job.getKind());
        assertEquals(2027, job.getPlanYear());
    }
}
