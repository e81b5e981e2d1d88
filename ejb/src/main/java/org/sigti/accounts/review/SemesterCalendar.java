package org.sigti.accounts.review;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * When the review semesters begin: a sorted list of month-days ({@code 01-01,07-01} by default, the manual's "2 veces
 * al año"). A date belongs to the period begun by the latest start on or before it; periods are named
 * {@code <year>-<n>}, n counting the starts of that year from 1 (a date before the first start of its year belongs to
 * the previous year's last period).
 */
public record SemesterCalendar(List<MonthDay> starts) implements Serializable {

    public static final String DEFAULT = "01-01,07-01";
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    public SemesterCalendar {
        List<MonthDay> sorted = new ArrayList<>(starts);
        sorted.sort(null);
        if (sorted.isEmpty() || sorted.size() > 12 || sorted.stream().distinct().count() != sorted.size()) {
            throw new IllegalArgumentException("between 1 and 12 different semester starts");
        }
        starts = List.copyOf(sorted);
    }

    /** Parses {@code MM-dd,MM-dd}; IllegalArgumentException for anything else. */
    public static SemesterCalendar parse(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            throw new IllegalArgumentException("no semester starts");
        }
        List<MonthDay> starts = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                starts.add(MonthDay.parse(part.strip(), MONTH_DAY));
            } catch (DateTimeException bad) {
                throw new IllegalArgumentException("not a month-day: " + part.strip(), bad);
            }
        }
        return new SemesterCalendar(starts);
    }

    /** The period the date belongs to, e.g. {@code 2026-2}. */
    public String semesterOf(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        for (int i = starts.size() - 1; i >= 0; i--) {
            if (!day.isBefore(starts.get(i))) {
                return date.getYear() + "-" + (i + 1);
            }
        }
        return (date.getYear() - 1) + "-" + starts.size();
    }

    /** The first day of the period the date belongs to. */
    public LocalDate startOf(LocalDate date) {
        String[] parts = semesterOf(date).split("-");
        return starts.get(Integer.parseInt(parts[1]) - 1).atYear(Integer.parseInt(parts[0]));
    }

    public String text() {
        return String.join(",", starts.stream().map(MONTH_DAY::format).toList());
    }
}
