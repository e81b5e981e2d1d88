package org.sigti.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sigti.maintenance.Semester;

/** Arithmetic of the dashboard's figures, apart from the queries so that it is tested on its own. */
final class Figures {

    /** At most this many semesters are listed (ten years). */
    static final int MAX_SEMESTERS = 20;

    private Figures() {
    }

    /** {@code part} ÷ {@code whole} × 100 with one decimal, or null when {@code whole} is 0. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The semesters (January–June, July–December) that share a day with [from, to], latest first. */
    static List<Semester> semesters(LocalDate from, LocalDate to) {
        List<Semester> result = new ArrayList<>();
        Semester first = Semester.of(from);
        for (Semester s = Semester.of(to); s.compareTo(first) >= 0 && result.size() < MAX_SEMESTERS;
                s = s.previous()) {
            result.add(s);
        }
        return result;
    }

    /** A count read from a native query's row (null: 0). */
    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
