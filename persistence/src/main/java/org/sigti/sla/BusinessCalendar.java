package org.sigti.sla;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * When the IT office works: the institution's time zone, the working intervals of each day of the week (several a
 * day, e.g. a morning and an afternoon shift) and the holidays, on which nobody works. Service-level targets are
 * counted in the business time of this calendar. Immutable.
 *
 * <p>Working hours are wall-clock times in the zone. On a day the clock changes (zones with daylight saving time),
 * an interval lasts the real time between its start and end: a start that does not exist that day (in the gap) is
 * the moment of the change, an ambiguous time (in the overlap) is its first occurrence.
 *
 * <p>The computations walk day by day, and jump whole weeks when a week has no holiday and no clock change, so a
 * target of months costs a few dozen steps; never minute by minute.
 */
public final class BusinessCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The zone of the Bolivian institutions SIGTI was written for (UTC-4 all year). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/La_Paz");

    /**
     * The usual schedule of Bolivia's public administration, Monday to Friday: 08:30-12:30 and 14:30-18:30,
     * 8 hours a day, 40 a week.
     */
    public static final List<WorkingInterval> DEFAULT_WORKING_DAY = List.of(WorkingInterval.of("08:30", "12:30"),
            WorkingInterval.of("14:30", "18:30"));

    private static final long DAYS_PER_WEEK = 7;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingInterval>> hours;
    private final NavigableSet<LocalDate> holidays;
    private final Duration weeklyTime;

    /**
     * @param zone     the institution's time zone
     * @param hours    the working intervals of each day; days missing or empty are not worked; the intervals of a
     *                 day may not overlap
     * @param holidays days on which nobody works, whatever the day of the week
     */
    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, ? extends Collection<WorkingInterval>> hours,
            Collection<LocalDate> holidays) {
        this.zone = requireNonNull(zone, "Zone is required.");
        requireNonNull(hours, "Hours are required.");
        Map<DayOfWeek, List<WorkingInterval>> byDay = new EnumMap<>(DayOfWeek.class);
        Duration week = Duration.ZERO;
        for (DayOfWeek day : DayOfWeek.values()) {
            Collection<WorkingInterval> given = hours.get(day);
            List<WorkingInterval> intervals = given == null ? new ArrayList<>() : new ArrayList<>(given);
            intervals.forEach(interval -> requireNonNull(interval, "Interval is required."));
            Collections.sort(intervals);
            for (int i = 1; i < intervals.size(); i++) {
                if (intervals.get(i - 1).overlaps(intervals.get(i))) {
                    throw new IllegalArgumentException("On " + day + " the working intervals " + intervals.get(i - 1)
                            + " and " + intervals.get(i) + " overlap.");
                }
            }
            byDay.put(day, List.copyOf(intervals));
            for (WorkingInterval interval : intervals) {
                week = week.plus(interval.length());
            }
        }
        this.hours = Collections.unmodifiableMap(byDay);
        this.holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(requireNonNull(holidays,
                "Holidays are required.")));
        this.weeklyTime = week;
    }

    /** La Paz, Monday to Friday 08:30-12:30 and 14:30-18:30, no holidays. */
    public static BusinessCalendar defaults() {
        return new BusinessCalendar(DEFAULT_ZONE, defaultHours(), List.of());
    }

    /** Monday to Friday, {@link #DEFAULT_WORKING_DAY}. */
    public static Map<DayOfWeek, List<WorkingInterval>> defaultHours() {
        Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day = DayOfWeek.MONDAY; day != DayOfWeek.SATURDAY; day = day.plus(1)) {
            hours.put(day, DEFAULT_WORKING_DAY);
        }
        return hours;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The working intervals of a day of the week, in order; empty when that day is not worked. */
    public List<WorkingInterval> hours(DayOfWeek day) {
        return hours.get(requireNonNull(day, "Day is required."));
    }

    /** The working intervals of every day of the week. */
    public Map<DayOfWeek, List<WorkingInterval>> hours() {
        return hours;
    }

    /** The holidays, in order. */
    public NavigableSet<LocalDate> holidays() {
        return holidays;
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    /** Whether anybody works on that date: a day of the week with hours that is not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return !hours.get(date.getDayOfWeek()).isEmpty() && !isHoliday(date);
    }

    /** The business time of a week without holidays or clock changes (40 hours by default). */
    public Duration weeklyBusinessTime() {
        return weeklyTime;
    }

    /** Whether the office works at that instant. */
    public boolean isBusinessTime(Instant instant) {
        requireNonNull(instant, "Instant is required.");
        for (Span span : spans(LocalDate.ofInstant(instant, zone))) {
            if (!instant.isBefore(span.start()) && instant.isBefore(span.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The instant at which {@code amount} of business time has passed since {@code start}. Business time only runs
     * inside working intervals, so a start outside them counts from the next one; an amount that ends exactly at
     * the close of an interval gives that close (Friday 14:30 + 4 h = Friday 18:30, not Monday). A zero amount
     * gives {@code start} itself.
     *
     * @throws IllegalArgumentException if the amount is negative
     * @throws IllegalStateException    if the calendar has no working hours at all
     */
    public Instant addBusinessTime(Instant start, Duration amount) {
        requireNonNull(start, "Start is required.");
        requireNonNull(amount, "Amount is required.");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("The amount " + amount + " is negative.");
        }
        if (amount.isZero()) {
            return start;
        }
        requireWorkingTime();
        Duration remaining = amount;
        LocalDate day = LocalDate.ofInstant(start, zone);
        // the first day may be partly over; from the next one on, whole days (and whole weeks) are counted
        for (Span span : spans(day)) {
            Instant from = later(span.start(), start);
            if (from.isBefore(span.end())) {
                Duration available = Duration.between(from, span.end());
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        day = day.plusDays(1);
        while (true) {
            // strictly more than a week left: the end is not in this week, so the week can be taken whole
            if (remaining.compareTo(weeklyTime) > 0 && isPlainWeek(day)) {
                remaining = remaining.minus(weeklyTime);
                day = day.plusDays(DAYS_PER_WEEK);
                continue;
            }
            for (Span span : spans(day)) {
                Duration available = Duration.between(span.start(), span.end());
                if (remaining.compareTo(available) <= 0) {
                    return span.start().plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            day = day.plusDays(1);
        }
    }

    /**
     * The business time between two instants: the part of {@code [from, to)} inside working intervals. Negative when
     * {@code to} is before {@code from}.
     */
    public Duration businessTimeBetween(Instant from, Instant to) {
        requireNonNull(from, "From is required.");
        requireNonNull(to, "To is required.");
        if (to.isBefore(from)) {
            return businessTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate day = LocalDate.ofInstant(from, zone);
        LocalDate last = LocalDate.ofInstant(to, zone);
        boolean first = true;
        while (!day.isAfter(last)) {
            // a whole week inside (from, to) and without surprises counts whole
            if (!first && !day.plusDays(DAYS_PER_WEEK).isAfter(last) && isPlainWeek(day)) {
                total = total.plus(weeklyTime);
                day = day.plusDays(DAYS_PER_WEEK);
                continue;
            }
            for (Span span : spans(day)) {
                Instant start = later(span.start(), from);
                Instant end = span.end().isAfter(to) ? to : span.end();
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
            first = false;
            day = day.plusDays(1);
        }
        return total;
    }

    /** The working intervals of a date as instants: none on holidays, empty ones left out. */
    private List<Span> spans(LocalDate date) {
        if (isHoliday(date)) {
            return List.of();
        }
        List<WorkingInterval> intervals = hours.get(date.getDayOfWeek());
        List<Span> spans = new ArrayList<>(intervals.size());
        for (WorkingInterval interval : intervals) {
            Instant start = instantAt(date, interval.start());
            Instant end = interval.endsAtMidnight() ? instantAt(date.plusDays(1), LocalTime.MIDNIGHT)
                    : instantAt(date, interval.end());
            if (start.isBefore(end)) {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }

    /** A wall-clock time as an instant: in a gap, the moment of the change; in an overlap, the first occurrence. */
    private Instant instantAt(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        ZoneRules rules = zone.getRules();
        if (rules.getValidOffsets(local).isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        return local.atZone(zone).toInstant();
    }

    /** Whether the seven days from {@code day} have no holiday and no clock change: exactly one normal week. */
    private boolean isPlainWeek(LocalDate day) {
        LocalDate end = day.plusDays(DAYS_PER_WEEK);
        if (!holidays.subSet(day, true, end, false).isEmpty()) {
            return false;
        }
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return true;
        }
        // from one day before to one day after: a change near midnight must not slip through
        ZoneOffsetTransition next = rules.nextTransition(day.minusDays(1).atStartOfDay(zone).toInstant());
        return next == null || next.getInstant().isAfter(end.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void requireWorkingTime() {
        if (weeklyTime.isZero()) {
            throw new IllegalStateException("The calendar has no working hours on any day of the week.");
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar other && zone.equals(other.zone) && hours.equals(other.hours)
                && holidays.equals(other.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, hours, holidays);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + hours + ", " + holidays.size() + " holiday(s)]";
    }

    /** A working interval of one date, as instants. */
    private record Span(Instant start, Instant end) {
    }
}
