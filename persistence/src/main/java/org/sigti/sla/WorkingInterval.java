package org.sigti.sla;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalTime;

/**
 * One stretch of working time in a day, in the institution's local time: from {@code start} (included) to
 * {@code end} (excluded). An end of {@code 00:00} means midnight at the end of the day, so {@code 00:00-00:00} is
 * the whole day.
 */
public record WorkingInterval(LocalTime start, LocalTime end) implements Comparable<WorkingInterval> {

    private static final long SECONDS_PER_DAY = 24 * 60 * 60;

    public WorkingInterval {
        requireNonNull(start, "Start is required.");
        requireNonNull(end, "End is required.");
        if (!endsAtMidnight(end) && !end.isAfter(start)) {
            throw new IllegalArgumentException("The end " + end + " must come after the start " + start + ".");
        }
    }

    /** Parses {@code HH:mm} times. */
    public static WorkingInterval of(String start, String end) {
        return new WorkingInterval(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Whether an interval from {@code start} to {@code end} would be valid. */
    public static boolean isValid(LocalTime start, LocalTime end) {
        return start != null && end != null && (endsAtMidnight(end) || end.isAfter(start));
    }

    /** Whether the interval runs until midnight. */
    public boolean endsAtMidnight() {
        return endsAtMidnight(end);
    }

    /** The start as seconds since midnight. */
    long startSecond() {
        return start.toSecondOfDay();
    }

    /** The end as seconds since midnight, 86 400 for midnight at the end of the day. */
    long endSecond() {
        return endsAtMidnight() ? SECONDS_PER_DAY : end.toSecondOfDay();
    }

    /** The length on a day without a clock change. */
    public Duration length() {
        return Duration.ofSeconds(endSecond() - startSecond());
    }

    /** Whether the two intervals share some time (touching ends do not). */
    public boolean overlaps(WorkingInterval other) {
        return startSecond() < other.endSecond() && other.startSecond() < endSecond();
    }

    @Override
    public int compareTo(WorkingInterval other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : Long.compare(endSecond(), other.endSecond());
    }

    @Override
    public String toString() {
        return start + "-" + (endsAtMidnight() ? "24:00" : end.toString());
    }

    private static boolean endsAtMidnight(LocalTime end) {
        return LocalTime.MIDNIGHT.equals(end);
    }
}
