package org.sigti.backup;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;

/**
 * The calendar expression of a frequency of the manuals, at a time of day: the day of the week for WEEKLY, the day of
 * the month for MONTHLY, QUARTERLY (January, April, July, October) and SEMIANNUAL (January, July), the day and month
 * for ANNUAL. CUSTOM has no cadence: its expression is written by hand.
 */
public final class Cadence {

    private Cadence() {
    }

    public static String expression(BackupFrequency frequency, LocalTime time, DayOfWeek weekday, int dayOfMonth,
            Month month) {
        String at = time.getSecond() + " " + time.getMinute() + " " + time.getHour() + " ";
        return switch (frequency) {
            case DAILY -> at + "* * *";
            case WEEKLY -> at + "* * " + (weekday.getValue() % 7);
            case MONTHLY -> at + dayOfMonth + " * *";
            case QUARTERLY -> at + dayOfMonth + " 1,4,7,10 *";
            case SEMIANNUAL -> at + dayOfMonth + " 1,7 *";
            case ANNUAL -> at + dayOfMonth + " " + month.getValue() + " *";
            case CUSTOM -> throw new IllegalArgumentException("CUSTOM has no cadence");
        };
    }
}
