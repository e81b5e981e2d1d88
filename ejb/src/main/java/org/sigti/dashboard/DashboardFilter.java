package org.sigti.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Optional;

/**
 * What the dashboard shows: one institution, optionally one unit, and a period of days (both included). Days are
 * written day first ({@code 31/12/2026}) on the screen and in URLs.
 */
public record DashboardFilter(String institution, String unit, LocalDate from, LocalDate to) implements Serializable {

    /** The longest period shown: ten years. */
    public static final int MAX_DAYS = 3_660;
    /** The years a period may fall in (the semesters of the modules start in 2000). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 9998;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public DashboardFilter {
        Objects.requireNonNull(institution, "institution is required.");
        Objects.requireNonNull(from, "from is required.");
        Objects.requireNonNull(to, "to is required.");
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts.");
        }
        if (from.getYear() < FIRST_YEAR || to.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("The period is outside the years SIGTI counts.");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("The period is longer than ten years.");
        }
    }

    /** The same filter for another unit (null: every unit). */
    public DashboardFilter withUnit(String other) {
        return new DashboardFilter(institution, other, from, to);
    }

    /** A day written day first ("7/12/2026" or "07/12/2026"), or empty when it is not one. */
    public static Optional<LocalDate> day(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("/");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(pad(parts[0]) + "/" + pad(parts[1]) + "/" + parts[2], DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A day as the screens write it: {@code 07/12/2026}. */
    public static String format(LocalDate day) {
        return DAY.format(day);
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }
}
