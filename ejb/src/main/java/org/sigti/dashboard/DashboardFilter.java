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
        problem(from, to).ifPresent(p -> {
            throw new IllegalArgumentException("The period is not one the dashboard shows: " + p);
        });
    }

    /**
     * What is wrong with a period, if anything: {@code backwards} (it ends before it starts), {@code outOfRange}
     * (before 2000), {@code tooLong} (over ten years). The screens tell it with their own words.
     */
    public static Optional<String> problem(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Optional.of("backwards");
        }
        if (from.getYear() < FIRST_YEAR || to.getYear() > LAST_YEAR) {
            return Optional.of("outOfRange");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            return Optional.of("tooLong");
        }
        return Optional.empty();
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
