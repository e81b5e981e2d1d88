package org.sigti.sla;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The service-level clock of one case: it starts when the case is registered, runs in the business time of the
 * calendar, and stops while the case waits on the requester (the pauses). From it come the due instants of the
 * response and of the resolution, and whether they were breached at a given instant. Immutable: {@link #pause} and
 * {@link #resume} give a new clock.
 *
 * <p>A target is met while the clock has counted no more than the target; the due instant is the first instant at
 * which the clock reaches it. A pause that begins before the due instant moves it later by the business time of the
 * pause; a pause that begins after it changes nothing (a breach stays a breach). While a pause that began before the
 * due instant is still open, there is no due instant: the clock is stopped.
 */
public final class ServiceClock implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BusinessCalendar calendar;
    private final Instant createdAt;
    private final SlaTargets targets;
    /** In order, not overlapping, not before {@link #createdAt}; only the last may be open. */
    private final List<Pause> pauses;

    /**
     * @param calendar  the business calendar the targets are counted on
     * @param createdAt when the case was registered: the clock starts here
     * @param targets   the targets of the case's priority
     * @param pauses    the times the case waited on the requester, in any order; overlapping ones count once, the
     *                  part of a pause before {@code createdAt} is ignored
     */
    public ServiceClock(BusinessCalendar calendar, Instant createdAt, SlaTargets targets, List<Pause> pauses) {
        this.calendar = requireNonNull(calendar, "Calendar is required.");
        this.createdAt = requireNonNull(createdAt, "Creation time is required.");
        this.targets = requireNonNull(targets, "Targets are required.");
        this.pauses = normalized(createdAt, requireNonNull(pauses, "Pauses are required."));
    }

    /** A clock without pauses. */
    public static ServiceClock start(BusinessCalendar calendar, Instant createdAt, SlaTargets targets) {
        return new ServiceClock(calendar, createdAt, targets, List.of());
    }

    /**
     * A due instant moved by a pause: later by the business time between {@code pausedFrom} and {@code pausedTo},
     * or unchanged when the pause began at or after the due instant.
     */
    public static Instant shift(BusinessCalendar calendar, Instant due, Instant pausedFrom, Instant pausedTo) {
        requireNonNull(calendar, "Calendar is required.");
        requireNonNull(due, "Due instant is required.");
        Pause pause = new Pause(pausedFrom, requireNonNull(pausedTo, "End of the pause is required."));
        if (!pause.from().isBefore(due)) {
            return due;
        }
        return calendar.addBusinessTime(due, calendar.businessTimeBetween(pause.from(), pause.to()));
    }

    /** This clock stopped at {@code from}, waiting on the requester. */
    public ServiceClock pause(Instant from) {
        if (isPaused()) {
            throw new IllegalStateException("The clock is already paused since " + last().from() + ".");
        }
        List<Pause> more = new ArrayList<>(pauses);
        more.add(new Pause(from, null));
        return new ServiceClock(calendar, createdAt, targets, more);
    }

    /** This clock running again from {@code to}, the requester having answered. */
    public ServiceClock resume(Instant to) {
        if (!isPaused()) {
            throw new IllegalStateException("The clock is not paused.");
        }
        List<Pause> closed = new ArrayList<>(pauses.subList(0, pauses.size() - 1));
        closed.add(new Pause(last().from(), to));
        return new ServiceClock(calendar, createdAt, targets, closed);
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public SlaTargets targets() {
        return targets;
    }

    /** The pauses, in order and merged; the last one may be open. */
    public List<Pause> pauses() {
        return pauses;
    }

    /** Whether the clock is stopped now, by a pause that has not ended. */
    public boolean isPaused() {
        return !pauses.isEmpty() && last().isOpen();
    }

    /** Whether the clock was stopped at that instant. */
    public boolean isPausedAt(Instant at) {
        requireNonNull(at, "Instant is required.");
        return pauses.stream().anyMatch(pause -> pause.contains(at));
    }

    /** The business time the clock has counted from registration until {@code at}, pauses left out. */
    public Duration elapsed(Instant at) {
        requireNonNull(at, "Instant is required.");
        if (!at.isAfter(createdAt)) {
            return Duration.ZERO;
        }
        Duration elapsed = calendar.businessTimeBetween(createdAt, at);
        for (Pause pause : pauses) {
            if (!pause.from().isBefore(at)) {
                break;
            }
            Instant end = pause.isOpen() || pause.to().isAfter(at) ? at : pause.to();
            elapsed = elapsed.minus(calendar.businessTimeBetween(pause.from(), end));
        }
        return elapsed;
    }

    /** When the first response is due; empty while the clock is stopped before reaching it. */
    public Optional<Instant> responseDue() {
        return due(targets.response());
    }

    /** When the resolution is due; empty while the clock is stopped before reaching it. */
    public Optional<Instant> resolutionDue() {
        return due(targets.resolution());
    }

    /** Whether the response target was breached at {@code at} (now, or when the first response was given). */
    public boolean isResponseBreached(Instant at) {
        return isBreached(targets.response(), at);
    }

    /** Whether the resolution target was breached at {@code at} (now, or when the case was resolved). */
    public boolean isResolutionBreached(Instant at) {
        return isBreached(targets.resolution(), at);
    }

    /** The business time left for the response at {@code at}; negative once overdue. */
    public Duration responseRemaining(Instant at) {
        return targets.response().minus(elapsed(at));
    }

    /** The business time left for the resolution at {@code at}; negative once overdue. */
    public Duration resolutionRemaining(Instant at) {
        return targets.resolution().minus(elapsed(at));
    }

    /** The first instant at which the clock has counted {@code target}; empty while stopped before that. */
    public Optional<Instant> due(Duration target) {
        requireNonNull(target, "Target is required.");
        Instant cursor = createdAt;
        Duration remaining = target;
        for (Pause pause : pauses) {
            Instant due = calendar.addBusinessTime(cursor, remaining);
            if (!pause.from().isBefore(due)) {
                return Optional.of(due);
            }
            remaining = remaining.minus(calendar.businessTimeBetween(cursor, pause.from()));
            if (pause.isOpen()) {
                return Optional.empty();
            }
            cursor = pause.to();
        }
        return Optional.of(calendar.addBusinessTime(cursor, remaining));
    }

    /** Whether {@code at} is past the due instant of {@code target}. Never while the clock is stopped before it. */
    public boolean isBreached(Duration target, Instant at) {
        requireNonNull(at, "Instant is required.");
        return due(target).map(at::isAfter).orElse(false);
    }

    private Pause last() {
        return pauses.get(pauses.size() - 1);
    }

    private static List<Pause> normalized(Instant createdAt, List<Pause> pauses) {
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.forEach(pause -> requireNonNull(pause, "Pause is required."));
        sorted.sort(Comparator.comparing(Pause::from));
        List<Pause> merged = new ArrayList<>();
        for (Pause pause : sorted) {
            if (!pause.isOpen() && !pause.to().isAfter(createdAt)) {
                continue;
            }
            Pause clipped = pause.from().isBefore(createdAt) ? new Pause(createdAt, pause.to()) : pause;
            Pause previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && (previous.isOpen() || !clipped.from().isAfter(previous.to()))) {
                merged.set(merged.size() - 1, new Pause(previous.from(), later(previous, clipped)));
            } else if (!clipped.from().equals(clipped.to())) {
                merged.add(clipped);
            }
        }
        return List.copyOf(merged);
    }

    /** The end of two overlapping pauses together: open if either is. */
    private static Instant later(Pause a, Pause b) {
        if (a.isOpen() || b.isOpen()) {
            return null;
        }
        return a.to().isAfter(b.to()) ? a.to() : b.to();
    }

    @Override
    public String toString() {
        return "ServiceClock[created " + createdAt + ", " + targets + ", pauses " + pauses + "]";
    }

    /**
     * A time the case waited on the requester.
     *
     * @param from when the wait began
     * @param to   when it ended, or null while the case still waits
     */
    public record Pause(Instant from, Instant to) implements Serializable {

        public Pause {
            requireNonNull(from, "Start of the pause is required.");
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("The pause ends at " + to + ", before it begins at " + from + ".");
            }
        }

        /** A pause that has not ended. */
        public static Pause since(Instant from) {
            return new Pause(from, null);
        }

        public boolean isOpen() {
            return to == null;
        }

        /** Whether the case was waiting at that instant (the start included, the end excluded). */
        public boolean contains(Instant instant) {
            return !instant.isBefore(from) && (to == null || instant.isBefore(to));
        }
    }
}
