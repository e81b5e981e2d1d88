package org.sigti.backup;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A calendar of planned runs in the attributes of an EJB {@code ScheduleExpression}
 * ({@code "minute=30;hour=2;dayOfWeek=Mon-Fri"}; absent attributes take the EJB defaults: second, minute and hour 0,
 * every day) or as a five-field cron line ({@code "30 2 * * 1-5"}). Values are {@code *}, numbers, lists, ranges and
 * {@code *&#47;n} / {@code a-b/n} increments; months and days of the week also by English three-letter names; Sunday
 * is 0 or 7. When both the day of the month and the day of the week are restricted, a day matches either (as cron
 * does). Immutable; {@link #between} lists the runs of a range, for calendars that show only what is visible.
 */
public final class CalendarExpression {

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");

    private final BitSet seconds;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;

    private CalendarExpression(Map<String, String> attributes) {
        seconds = field(attributes.getOrDefault("second", "0"), 0, 59, null);
        minutes = field(attributes.getOrDefault("minute", "0"), 0, 59, null);
        hours = field(attributes.getOrDefault("hour", "0"), 0, 23, null);
        String dom = attributes.getOrDefault("dayofmonth", "*");
        String dow = attributes.getOrDefault("dayofweek", "*");
        daysOfMonth = field(dom, 1, 31, null);
        months = field(attributes.getOrDefault("month", "*"), 1, 12, MONTHS);
        BitSet week = field(dow, 0, 7, DAYS);
        if (week.get(7)) {
            week.set(0);
        }
        daysOfWeek = week;
        anyDayOfMonth = "*".equals(dom.strip());
        anyDayOfWeek = "*".equals(dow.strip());
    }

    /**
     * Parses an expression; throws {@link IllegalArgumentException} (with what is wrong) when it is not one.
     */
    public static CalendarExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty calendar expression");
        }
        Map<String, String> attributes = new java.util.HashMap<>();
        if (text.contains("=")) {
            for (String part : text.split("[;,]\\s*(?=[A-Za-z]+\\s*=)")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("not attribute=value: " + part);
                }
                String key = kv[0].strip().toLowerCase(Locale.ROOT);
                if (!List.of("second", "minute", "hour", "dayofmonth", "month", "dayofweek", "year", "timezone")
                        .contains(key)) {
                    throw new IllegalArgumentException("unknown attribute " + kv[0]);
                }
                attributes.put(key, kv[1].strip().replaceFirst(";$", ""));
            }
        } else {
            String[] f = text.strip().split("\\s+");
            if (f.length != 5) {
                throw new IllegalArgumentException("a cron line has five fields: " + text);
            }
            attributes.putAll(Map.of("minute", f[0], "hour", f[1], "dayofmonth", f[2], "month", f[3],
                    "dayofweek", f[4]));
        }
        return new CalendarExpression(attributes);
    }

    /** The usual calendar of a schedule's frequency, for schedules without a valid expression (at 02:00). */
    public static CalendarExpression ofFrequency(String frequency) {
        String expression = switch (frequency == null ? "" : frequency) {
            case "WEEKLY" -> "hour=2;dayOfWeek=Mon";
            case "MONTHLY" -> "hour=2;dayOfMonth=1";
            case "QUARTERLY" -> "hour=2;dayOfMonth=1;month=1,4,7,10";
            case "SEMIANNUAL" -> "hour=2;dayOfMonth=1;month=1,7";
            case "ANNUAL" -> "hour=2;dayOfMonth=1;month=1";
            default -> "hour=2";
        };
        return parse(expression);
    }

    /** The runs in [from, to), in the zone's wall time, oldest first, at most {@code max}. */
    public List<Instant> between(Instant from, Instant to, ZoneId zone, int max) {
        List<Instant> runs = new ArrayList<>();
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (; !day.isAfter(last) && runs.size() < max; day = day.plusDays(1)) {
            if (!matches(day)) {
                continue;
            }
            for (int h = hours.nextSetBit(0); h >= 0 && runs.size() < max; h = hours.nextSetBit(h + 1)) {
                for (int m = minutes.nextSetBit(0); m >= 0 && runs.size() < max; m = minutes.nextSetBit(m + 1)) {
                    for (int s = seconds.nextSetBit(0); s >= 0 && runs.size() < max; s = seconds.nextSetBit(s + 1)) {
                        Instant run = ZonedDateTime.of(day, LocalTime.of(h, m, s), zone).toInstant();
                        if (!run.isBefore(from) && run.isBefore(to)) {
                            runs.add(run);
                        }
                    }
                }
            }
        }
        return runs;
    }

    boolean matches(LocalDate day) {
        if (!months.get(day.getMonthValue())) {
            return false;
        }
        boolean dom = daysOfMonth.get(day.getDayOfMonth());
        boolean dow = daysOfWeek.get(day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : day.getDayOfWeek().getValue());
        if (anyDayOfMonth && anyDayOfWeek) {
            return true;
        }
        if (anyDayOfMonth) {
            return dow;
        }
        if (anyDayOfWeek) {
            return dom;
        }
        return dom || dow;
    }

    private static BitSet field(String text, int min, int max, List<String> names) {
        BitSet set = new BitSet(max + 1);
        for (String part : text.strip().split(",")) {
            String range = part.strip();
            int step = 1;
            int slash = range.indexOf('/');
            if (slash >= 0) {
                step = number(range.substring(slash + 1), 1, max, null);
                range = range.substring(0, slash);
            }
            int lo;
            int hi;
            if ("*".equals(range)) {
                lo = min;
                hi = max;
            } else if (range.indexOf('-') > 0) {
                lo = number(range.substring(0, range.indexOf('-')), min, max, names);
                hi = number(range.substring(range.indexOf('-') + 1), min, max, names);
            } else {
                lo = number(range, min, max, names);
                hi = slash >= 0 ? max : lo;
            }
            if (hi < lo) {
                throw new IllegalArgumentException("empty range " + part);
            }
            for (int v = lo; v <= hi; v += step) {
                set.set(v);
            }
        }
        return set;
    }

    private static int number(String text, int min, int max, List<String> names) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int value;
        if (names != null && names.contains(t)) {
            value = names.indexOf(t) + (names == MONTHS ? 1 : 0);
        } else {
            try {
                value = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: " + text, e);
            }
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(text + " is outside " + min + "-" + max);
        }
        return value;
    }
}
