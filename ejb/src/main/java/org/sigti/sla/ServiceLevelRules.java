package org.sigti.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The checks on the Jefe's service-level edits, each failing with a {@link ServiceLevelException} that names the
 * problem; plain Java so that they are tested without a server.
 */
public final class ServiceLevelRules {

    /** The longest target: a year of business time at 8 hours a day is far less than this. */
    public static final int MAX_TARGET_MINUTES = 999_999;

    private ServiceLevelRules() {
    }

    /** Checks one priority's targets. */
    public static void checkTargets(TargetEdit edit) {
        Priority priority = edit.priority();
        Integer response = edit.responseMinutes();
        Integer resolution = edit.resolutionMinutes();
        if (priority == null || response == null || resolution == null) {
            throw new ServiceLevelException(ServiceLevelProblem.TARGET_REQUIRED, priority);
        }
        if (response <= 0 || resolution <= 0) {
            throw new ServiceLevelException(ServiceLevelProblem.TARGET_NOT_POSITIVE, priority);
        }
        if (response > MAX_TARGET_MINUTES || resolution > MAX_TARGET_MINUTES) {
            throw new ServiceLevelException(ServiceLevelProblem.TARGET_TOO_LONG, priority, MAX_TARGET_MINUTES);
        }
        if (response > resolution) {
            throw new ServiceLevelException(ServiceLevelProblem.RESPONSE_AFTER_RESOLUTION, priority);
        }
    }

    /**
     * Checks a whole week of working hours and returns it by day, in order, times cut to the minute: every row
     * complete, each ending after it starts (or at midnight), no two of a day overlapping, some working time in the
     * week.
     */
    public static Map<DayOfWeek, List<WorkingInterval>> checkHours(List<HoursEdit> rows) {
        Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < rows.size(); i++) {
            HoursEdit row = rows.get(i);
            if (row == null || row.day() == null || row.start() == null || row.end() == null) {
                throw new ServiceLevelException(ServiceLevelProblem.HOURS_INCOMPLETE, i + 1);
            }
            LocalTime start = row.start().truncatedTo(ChronoUnit.MINUTES);
            LocalTime end = row.end().truncatedTo(ChronoUnit.MINUTES);
            if (!WorkingInterval.isValid(start, end)) {
                throw new ServiceLevelException(ServiceLevelProblem.HOURS_END_BEFORE_START, row.day(), start, end);
            }
            week.computeIfAbsent(row.day(), day -> new ArrayList<>()).add(new WorkingInterval(start, end));
        }
        for (Map.Entry<DayOfWeek, List<WorkingInterval>> day : week.entrySet()) {
            List<WorkingInterval> intervals = day.getValue();
            Collections.sort(intervals);
            for (int i = 1; i < intervals.size(); i++) {
                if (intervals.get(i - 1).overlaps(intervals.get(i))) {
                    throw new ServiceLevelException(ServiceLevelProblem.HOURS_OVERLAP, day.getKey(),
                            intervals.get(i - 1), intervals.get(i));
                }
            }
        }
        if (week.isEmpty()) {
            throw new ServiceLevelException(ServiceLevelProblem.HOURS_NONE);
        }
        return week;
    }

    /** Checks a new holiday and returns its name without surrounding blanks. */
    public static String checkHoliday(LocalDate date, String name) {
        if (date == null) {
            throw new ServiceLevelException(ServiceLevelProblem.HOLIDAY_DATE_REQUIRED);
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new ServiceLevelException(ServiceLevelProblem.HOLIDAY_NAME_REQUIRED);
        }
        if (trimmed.length() > Holiday.NAME_MAXLENGTH) {
            throw new ServiceLevelException(ServiceLevelProblem.HOLIDAY_NAME_TOO_LONG, Holiday.NAME_MAXLENGTH);
        }
        return trimmed;
    }

    /** Parses an IANA time zone such as {@code America/La_Paz}. */
    public static ZoneId checkZone(String zone) {
        String trimmed = zone == null ? "" : zone.strip();
        try {
            if (trimmed.isEmpty() || trimmed.length() > org.sigti.unit.Institution.TIME_ZONE_MAXLENGTH) {
                throw new DateTimeException("empty or too long");
            }
            return ZoneId.of(trimmed);
        } catch (DateTimeException e) {
            throw new ServiceLevelException(ServiceLevelProblem.ZONE_UNKNOWN, trimmed);
        }
    }
}
