package org.sigti.maintenance;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half year, the period of the manuals' semiannual activities: S1 is January–June, S2 July–December, written
 * {@code 2026-S1}. Its instants are the midnights of the institution's zone.
 */
public record Semester(int year, int half) implements Comparable<Semester>, Serializable {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-S([12])");

    public Semester {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("a semester is 1 or 2: " + half);
        }
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    public static Semester of(LocalDate day) {
        return new Semester(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    public static Semester of(Instant instant, ZoneId zone) {
        return of(instant.atZone(zone).toLocalDate());
    }

    /** Reads {@code 2026-S1}; empty when it is not one. */
    public static Optional<Semester> parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.strip());
        return m != null && m.matches() ? Optional.of(new Semester(Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    public String code() {
        return year + "-S" + half;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    public Semester next() {
        return half == 1 ? new Semester(year, 2) : new Semester(year + 1, 1);
    }

    public Semester previous() {
        return half == 2 ? new Semester(year, 1) : new Semester(year - 1, 2);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** The first instant of the semester in the zone. */
    public Instant start(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    /** The first instant after the semester in the zone. */
    public Instant end(ZoneId zone) {
        return next().start(zone);
    }

    @Override
    public int compareTo(Semester other) {
        return Integer.compare(year * 2 + half, other.year * 2 + other.half);
    }

    @Override
    public String toString() {
        return code();
    }
}
