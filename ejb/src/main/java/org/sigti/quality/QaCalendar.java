package org.sigti.quality;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.sla.BusinessCalendar;
import org.sigti.sla.ServiceLevelCache;
import org.sigti.sla.WorkingInterval;
import org.sigti.workflow.WorkflowException;

/**
 * The QA calendar of the MINDEF manual (S04.02.00.01 step 19, S04.02.00.02 step 11): "para pruebas de 1 a 4
 * interfaces: 3 días de control de calidad, de 4 a 8 interfaces: 4 días, y de 8 a más: 8 o 10 días", counted in
 * business days of the institution's business calendar (its working days and holidays).
 *
 * <p>The manual's ranges overlap at 4 and 8. SIGTI reads them in the manual's order and the first range that names a
 * number wins: <b>1–4 interfaces: 3 days; 5–8: 4 days; 9 or more: 8, 9 or 10 days</b>, as the QA analyst chooses
 * ("8 o 10"; 9 lies between and is allowed), 8 when the analyst does not choose. A choice of days is refused for
 * fewer than 9 interfaces: the manual fixes those windows.
 *
 * <p>The window starts on the day the plan is made when that is a working day and its working hours are not over,
 * otherwise on the next working day; that start counts as the first day. The due date is the last day of the window,
 * and the window ends at the close of that day's working hours.
 */
@ApplicationScoped
public class QaCalendar {

    /** The fewest interfaces for which the analyst chooses the window (8, 9 or 10 days). */
    public static final int CHOSEN_FROM = 9;
    /** The days of the window for 9 or more interfaces when the analyst does not choose. */
    public static final int DEFAULT_LONG_WINDOW = 8;
    /** The days the analyst may choose for 9 or more interfaces. */
    public static final List<Integer> LONG_WINDOWS = List.of(8, 9, 10);

    private static final int SAFETY_DAYS = 3660;

    @EJB
    ServiceLevelCache serviceLevels;

    /** The window for the institution, the default length for 9 or more interfaces. */
    public QaWindow window(String institution, int interfaces, Instant from) {
        return window(institution, interfaces, null, from);
    }

    /**
     * The window for the institution, on its business calendar.
     *
     * @param days null, or for 9 or more interfaces 8, 9 or 10
     * @throws WorkflowException {@code quality.interfaces.invalid} or {@code quality.days.invalid}
     */
    public QaWindow window(String institution, int interfaces, Integer days, Instant from) {
        return window(serviceLevels.calendar(requireNonNull(institution, "Institution is required.")), interfaces,
                days, from);
    }

    /** The window on a given business calendar (see the class comment). */
    public static QaWindow window(BusinessCalendar calendar, int interfaces, Integer days, Instant from) {
        requireNonNull(calendar, "Calendar is required.");
        requireNonNull(from, "Start instant is required.");
        int length = days(interfaces, days);
        LocalDate day = LocalDate.ofInstant(from, calendar.zone());
        if (!calendar.isWorkingDay(day) || !from.isBefore(close(calendar, day))) {
            day = nextWorkingDay(calendar, day);
        }
        LocalDate start = day;
        for (int counted = 1; counted < length; counted++) {
            day = nextWorkingDay(calendar, day);
        }
        return new QaWindow(interfaces, length, start, day, close(calendar, day));
    }

    /**
     * The length of the window in business days.
     *
     * @throws WorkflowException {@code quality.interfaces.invalid} when fewer than one interface,
     *                           {@code quality.days.invalid} when days are given and not allowed
     */
    public static int days(int interfaces, Integer days) {
        if (interfaces < 1) {
            throw new WorkflowException("quality.interfaces.invalid", String.valueOf(interfaces));
        }
        if (interfaces < CHOSEN_FROM) {
            if (days != null && days != fixedDays(interfaces)) {
                throw new WorkflowException("quality.days.invalid", String.valueOf(days), String.valueOf(interfaces));
            }
            return fixedDays(interfaces);
        }
        if (days == null) {
            return DEFAULT_LONG_WINDOW;
        }
        if (!LONG_WINDOWS.contains(days)) {
            throw new WorkflowException("quality.days.invalid", String.valueOf(days), String.valueOf(interfaces));
        }
        return days;
    }

    private static int fixedDays(int interfaces) {
        return interfaces <= 4 ? 3 : 4;
    }

    private static LocalDate nextWorkingDay(BusinessCalendar calendar, LocalDate day) {
        LocalDate next = day.plusDays(1);
        for (int i = 0; !calendar.isWorkingDay(next); i++) {
            if (i > SAFETY_DAYS) {
                throw new IllegalStateException("The calendar has no working day in ten years.");
            }
            next = next.plusDays(1);
        }
        return next;
    }

    /** The instant the last working interval of a working day ends (the next midnight when it runs to the end). */
    private static Instant close(BusinessCalendar calendar, LocalDate day) {
        List<WorkingInterval> hours = calendar.hours(day.getDayOfWeek());
        WorkingInterval last = hours.get(hours.size() - 1);
        return last.endsAtMidnight() ? day.plusDays(1).atStartOfDay(calendar.zone()).toInstant()
                : day.atTime(last.end()).atZone(calendar.zone()).toInstant();
    }
}
