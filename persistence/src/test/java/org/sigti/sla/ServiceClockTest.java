package org.sigti.sla;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sigti.sla.BusinessCalendarTest.LA_PAZ_2026;
import static org.sigti.sla.BusinessCalendarTest.laPaz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sigti.sla.ServiceClock.Pause;

class ServiceClockTest {

    /** SIGTI's default P1: response 30 min, resolution 4 h. */
    private static final SlaTargets P1 = SlaTargets.ofMinutes(30, 240);
    /** SIGTI's default P2: response 1 h, resolution 8 h. */
    private static final SlaTargets P2 = SlaTargets.ofMinutes(60, 480);
    /** SIGTI's default P5: response 16 h, resolution 80 h. */
    private static final SlaTargets P5 = SlaTargets.ofMinutes(960, 4800);

    private static Pause pause(String from, String to) {
        return new Pause(laPaz(from), to == null ? null : laPaz(to));
    }

    private static ServiceClock clock(String createdAt, SlaTargets targets, Pause... pauses) {
        return new ServiceClock(LA_PAZ_2026, laPaz(createdAt), targets, List.of(pauses));
    }

    @Test
    void without_pauses_the_targets_are_added_in_business_time() {
        ServiceClock clock = clock("2026-03-02T09:00", P1);
        assertAll(
                () -> assertEquals(Optional.of(laPaz("2026-03-02T09:30")), clock.responseDue()),
                () -> assertEquals(Optional.of(laPaz("2026-03-02T15:00")), clock.resolutionDue()));
    }

    @Test
    void a_case_registered_at_night_counts_from_the_next_opening() {
        ServiceClock clock = clock("2026-03-03T22:00", P1);
        assertAll(
                () -> assertEquals(Optional.of(laPaz("2026-03-04T09:00")), clock.responseDue()),
                () -> assertEquals(Optional.of(laPaz("2026-03-04T12:30")), clock.resolutionDue()),
                () -> assertEquals(Duration.ZERO, clock.elapsed(laPaz("2026-03-04T08:00"))));
    }

    @Test
    void a_pause_moves_the_due_instants_by_its_business_time() {
        // waiting on the requester from 09:15 to 15:00: 3 h 15 in the morning and 30 min in the afternoon
        Pause waiting = pause("2026-03-02T09:15", "2026-03-02T15:00");
        ServiceClock clock = clock("2026-03-02T09:00", P2, waiting);
        ServiceClock unpaused = clock("2026-03-02T09:00", P2);
        assertAll(
                () -> assertEquals(Optional.of(laPaz("2026-03-02T10:00")), unpaused.responseDue()),
                () -> assertEquals(Optional.of(laPaz("2026-03-03T09:00")), unpaused.resolutionDue()),
                () -> assertEquals(Optional.of(laPaz("2026-03-02T15:45")), clock.responseDue()),
                () -> assertEquals(Optional.of(laPaz("2026-03-03T14:45")), clock.resolutionDue()),
                // the same as shifting each due instant by the pause
                () -> assertEquals(clock.responseDue().orElseThrow(), ServiceClock.shift(LA_PAZ_2026,
                        unpaused.responseDue().orElseThrow(), waiting.from(), waiting.to())),
                () -> assertEquals(clock.resolutionDue().orElseThrow(), ServiceClock.shift(LA_PAZ_2026,
                        unpaused.resolutionDue().orElseThrow(), waiting.from(), waiting.to())));
    }

    @Test
    void a_pause_outside_working_hours_changes_nothing() {
        ServiceClock clock = clock("2026-03-02T17:00", P2, pause("2026-03-02T19:00", "2026-03-03T08:00"));
        assertEquals(clock("2026-03-02T17:00", P2).resolutionDue(), clock.resolutionDue());
        assertEquals(Optional.of(laPaz("2026-03-02T18:00")), clock.responseDue());
    }

    @Test
    void a_pause_that_begins_after_the_due_instant_does_not_undo_the_breach() {
        // P1 response due 09:30; the case waits from 10:00 to 16:00 (4 h of business time)
        ServiceClock clock = clock("2026-03-02T09:00", P1, pause("2026-03-02T10:00", "2026-03-02T16:00"));
        assertAll(
                () -> assertEquals(Optional.of(laPaz("2026-03-02T09:30")), clock.responseDue()),
                () -> assertTrue(clock.isResponseBreached(laPaz("2026-03-02T09:45"))),
                () -> assertTrue(clock.isResponseBreached(laPaz("2026-03-02T17:00"))),
                // the resolution was not due yet when the wait began: it moves by the 4 h
                () -> assertEquals(Optional.of(laPaz("2026-03-03T09:00")), clock.resolutionDue()),
                () -> assertEquals(laPaz("2026-03-02T09:30"), ServiceClock.shift(LA_PAZ_2026,
                        laPaz("2026-03-02T09:30"), laPaz("2026-03-02T10:00"), laPaz("2026-03-02T16:00"))));
    }

    @Test
    void while_the_case_waits_the_clock_stops_and_nothing_is_due() {
        ServiceClock waiting = clock("2026-03-02T09:00", P2).pause(laPaz("2026-03-02T09:30"));
        assertAll(
                () -> assertTrue(waiting.isPaused()),
                () -> assertEquals(Optional.empty(), waiting.responseDue()),
                () -> assertEquals(Optional.empty(), waiting.resolutionDue()),
                () -> assertFalse(waiting.isResponseBreached(laPaz("2026-03-20T09:00"))),
                () -> assertEquals(Duration.ofMinutes(30), waiting.elapsed(laPaz("2026-03-20T09:00"))),
                () -> assertEquals(Duration.ofMinutes(30), waiting.responseRemaining(laPaz("2026-03-20T09:00"))));
        // the requester answers on Wednesday at 09:30: 30 minutes of response time were left
        ServiceClock resumed = waiting.resume(laPaz("2026-03-04T09:30"));
        assertAll(
                () -> assertFalse(resumed.isPaused()),
                () -> assertEquals(Optional.of(laPaz("2026-03-04T10:00")), resumed.responseDue()),
                () -> assertTrue(resumed.isPausedAt(laPaz("2026-03-03T10:00"))),
                () -> assertFalse(resumed.isPausedAt(laPaz("2026-03-04T09:30"))));
    }

    @Test
    void an_open_pause_after_the_due_instant_leaves_it_in_place() {
        ServiceClock clock = clock("2026-03-02T09:00", P1).pause(laPaz("2026-03-02T10:00"));
        assertEquals(Optional.of(laPaz("2026-03-02T09:30")), clock.responseDue());
        assertTrue(clock.isResponseBreached(laPaz("2026-03-02T11:00")));
        assertEquals(Optional.empty(), clock.resolutionDue());
    }

    @Test
    void overlapping_pauses_count_once_and_time_before_registration_not_at_all() {
        ServiceClock overlapping = clock("2026-03-02T09:00", P2, pause("2026-03-02T10:00", "2026-03-02T12:00"),
                pause("2026-03-02T09:15", "2026-03-02T11:00"));
        assertEquals(List.of(pause("2026-03-02T09:15", "2026-03-02T12:00")), overlapping.pauses());
        assertEquals(Optional.of(laPaz("2026-03-02T14:45")), overlapping.responseDue());

        ServiceClock early = clock("2026-03-02T09:00", P2, pause("2026-03-02T08:00", "2026-03-02T09:30"),
                pause("2026-03-01T08:00", "2026-03-01T09:30"));
        assertEquals(List.of(pause("2026-03-02T09:00", "2026-03-02T09:30")), early.pauses());
        assertEquals(Optional.of(laPaz("2026-03-02T10:30")), early.responseDue());
    }

    @Test
    void breached_only_after_the_due_instant() {
        ServiceClock clock = clock("2026-03-02T09:00", P1);
        Instant due = clock.responseDue().orElseThrow();
        assertAll(
                () -> assertFalse(clock.isResponseBreached(due)),
                () -> assertTrue(clock.isResponseBreached(due.plusSeconds(1))),
                () -> assertEquals(Duration.ZERO, clock.responseRemaining(due)),
                () -> assertEquals(Duration.ofMinutes(-15), clock.responseRemaining(laPaz("2026-03-02T09:45"))),
                () -> assertEquals(Duration.ofMinutes(210), clock.resolutionRemaining(laPaz("2026-03-02T09:30"))),
                () -> assertFalse(clock.isResolutionBreached(laPaz("2026-03-02T15:00"))),
                () -> assertTrue(clock.isResolutionBreached(laPaz("2026-03-02T15:01"))));
    }

    @Test
    void elapsed_time_leaves_out_the_pauses() {
        ServiceClock clock = clock("2026-03-02T09:00", P2, pause("2026-03-02T10:00", "2026-03-02T11:00"));
        assertAll(
                () -> assertEquals(Duration.ZERO, clock.elapsed(laPaz("2026-03-02T08:00"))),
                () -> assertEquals(Duration.ofHours(1), clock.elapsed(laPaz("2026-03-02T10:30"))),
                () -> assertEquals(Duration.ofMinutes(90), clock.elapsed(laPaz("2026-03-02T11:30"))),
                () -> assertEquals(Duration.ofHours(4), clock.elapsed(laPaz("2026-03-02T16:00"))));
    }

    @Test
    void two_weeks_over_a_holiday_and_a_pause() {
        // P5: 80 h = ten working days; Viernes Santo (3 April) and a two-working-day wait add three days
        ServiceClock clock = clock("2026-03-30T09:00", P5);
        assertEquals(Optional.of(laPaz("2026-04-14T09:00")), clock.resolutionDue());
        ServiceClock waiting = clock.pause(laPaz("2026-04-01T08:30")).resume(laPaz("2026-04-06T08:30"));
        assertEquals(Optional.of(laPaz("2026-04-16T09:00")), waiting.resolutionDue());
    }

    @Test
    void pausing_twice_or_resuming_a_running_clock_is_a_mistake() {
        ServiceClock running = clock("2026-03-02T09:00", P1);
        ServiceClock paused = running.pause(laPaz("2026-03-02T10:00"));
        assertThrows(IllegalStateException.class, () -> paused.pause(laPaz("2026-03-02T11:00")));
        assertThrows(IllegalStateException.class, () -> running.resume(laPaz("2026-03-02T11:00")));
        assertThrows(IllegalArgumentException.class, () -> pause("2026-03-02T11:00", "2026-03-02T10:00"));
        assertThrows(IllegalArgumentException.class, () -> paused.resume(laPaz("2026-03-02T09:00")));
    }
}
