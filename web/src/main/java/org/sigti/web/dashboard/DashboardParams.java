package org.sigti.web.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sigti.dashboard.DashboardFilter;
import org.sigti.dashboard.DashboardScope;

/**
 * The dashboard's filter read from what the reader typed or the address holds (unit, and days written day first),
 * the same for the page and its chart images: a missing day is the default (the first of January to today), a wrong
 * one is told and replaced by the default. A Responsable's unit is theirs whatever is asked; the service refuses
 * another.
 */
record DashboardParams(DashboardFilter filter, List<Problem> problems) {

    /** A bundle key of what was wrong with the input, and its arguments. */
    record Problem(String key, Object... arguments) {
    }

    static DashboardParams read(DashboardScope scope, String unit, String from, String to, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        LocalDate end = day(to, today, problems);
        LocalDate start = day(from, LocalDate.of(end.getYear(), 1, 1), problems);
        String problem = DashboardFilter.problem(start, end).orElse(null);
        if (problem != null) {
            problems.add(new Problem("dashboard.period." + problem));
            end = today;
            start = LocalDate.of(today.getYear(), 1, 1);
        }
        String chosen = scope.fixedUnit() == null || unit != null && !unit.isBlank() ? unit : scope.fixedUnit();
        return new DashboardParams(new DashboardFilter(scope.institution(), chosen, start, end), problems);
    }

    private static LocalDate day(String text, LocalDate otherwise, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        return DashboardFilter.day(text).orElseGet(() -> {
            problems.add(new Problem("dashboard.badDay", text.strip()));
            return otherwise;
        });
    }
}
