package org.sigti.backup;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.ScheduleExpression;

/**
 * An EJB calendar expression "second minute hour dayOfMonth month dayOfWeek" (the attributes of
 * {@link ScheduleExpression}, in that order), and the instants it plans in a time zone. Each attribute is {@code *},
 * a value, a range {@code a-b}, an increment {@code x/n} or {@code *}/n, or a list of those separated by commas;
 * months and days of the week may be written as English three-letter names (Jan, Mon), Sunday is 0 or 7. As in
 * EJB (and unlike cron) a day must match both dayOfMonth and dayOfWeek. The forms this class does not read (Last,
 * 1st Mon, negative days) are refused, so a schedule SIGTI accepts is one whose planned times SIGTI can compute.
 */
public final class CalendarExpression {

    /** The attribute names, in the order they are written. */
    public static final List<String> FIELDS = List.of("second", "minute", "hour", "dayOfMonth", "month", "dayOfWeek");
    private static final int[] MIN = {0, 0, 0, 1, 1, 0};
    private static final int[] MAX = {59, 59, 23, 31, 12, 7};
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");
    /** How far a search for the next or previous planned time goes (an expression like 30 Feb never plans one). */
    private static final int SEARCH_DAYS = 5 * 366;

    /** An expression SIGTI cannot read: which attribute (one of {@link #FIELDS}, or "count" for their number). */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;

        Invalid(String field, String detail) {
            super("invalid calendar expression attribute " + field + ": " + detail);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final String text;
    private final BitSet[] allowed = new BitSet[6];
    private final int[] seconds;
    private final int[] minutes;
    private final int[] hours;

    private CalendarExpression(String text) {
        this.text = text;
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 6) {
            throw new Invalid("count", "6 attributes expected, " + parts.length + " given");
        }
        for (int i = 0; i < 6; i++) {
            allowed[i] = parseField(i, parts[i]);
        }
        if (allowed[5].get(7)) {
            allowed[5].set(0);
        }
        seconds = allowed[0].stream().toArray();
        minutes = allowed[1].stream().toArray();
        hours = allowed[2].stream().toArray();
    }

    public static CalendarExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Invalid("count", "empty");
        }
        return new CalendarExpression(text.strip().replaceAll("\\s+", " "));
    }

    /** The expression of a timer's schedule. */
    public static CalendarExpression of(ScheduleExpression s) {
        return parse(String.join(" ", s.getSecond(), s.getMinute(), s.getHour(), s.getDayOfMonth(), s.getMonth(),
                s.getDayOfWeek()));
    }

    /** The same calendar as a {@link ScheduleExpression} for the timer service, in a time zone. */
    public ScheduleExpression toScheduleExpression(ZoneId zone) {
        String[] p = text.split(" ");
        return new ScheduleExpression().second(p[0]).minute(p[1]).hour(p[2]).dayOfMonth(p[3]).month(p[4])
                .dayOfWeek(p[5]).timezone(zone.getId());
    }

    public String text() {
        return text;
    }

    /** The attribute at {@code index} of {@link #FIELDS}, as written. */
    public String attribute(int index) {
        return text.split(" ")[index];
    }

    private static BitSet parseField(int index, String value) {
        String field = FIELDS.get(index);
        BitSet set = new BitSet();
        for (String item : value.toLowerCase(Locale.ROOT).split(",", -1)) {
            if (item.isEmpty()) {
                throw new Invalid(field, "empty list item");
            }
            int start;
            int end;
            int step = 1;
            String range = item;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                range = item.substring(0, slash);
                step = number(field, item.substring(slash + 1));
                if (step <= 0 || index > 2) {
                    // EJB allows increments in second, minute and hour only
                    throw new Invalid(field, "increment not allowed: " + item);
                }
            }
            if (range.equals("*")) {
                start = MIN[index];
                end = index == 5 ? 6 : MAX[index];
            } else if (range.contains("-")) {
                String[] bounds = range.split("-", -1);
                if (bounds.length != 2) {
                    throw new Invalid(field, "bad range: " + item);
                }
                start = value(index, bounds[0]);
                end = value(index, bounds[1]);
                if (start > end) {
                    throw new Invalid(field, "range out of order: " + item);
                }
            } else {
                start = value(index, range);
                end = slash >= 0 ? MAX[index] : start;
            }
            for (int v = start; v <= end; v += step) {
                set.set(v);
            }
        }
        return set;
    }

    private static int value(int index, String token) {
        String field = FIELDS.get(index);
        int v;
        if (index == 4 && MONTHS.contains(token)) {
            v = MONTHS.indexOf(token) + 1;
        } else if (index == 5 && DAYS.contains(token)) {
            v = DAYS.indexOf(token);
        } else {
            v = number(field, token);
        }
        if (v < MIN[index] || v > MAX[index]) {
            throw new Invalid(field, "out of range: " + token);
        }
        return v;
    }

    private static int number(String field, String token) {
        if (!token.matches("\\d{1,2}")) {
            throw new Invalid(field, "not a number: " + token);
        }
        return Integer.parseInt(token);
    }

    private boolean dayMatches(LocalDate d) {
        int dow = d.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : d.getDayOfWeek().getValue();
        return allowed[4].get(d.getMonthValue()) && allowed[3].get(d.getDayOfMonth()) && allowed[5].get(dow);
    }

    /** The first planned instant strictly after {@code after}, if any within five years. */
    public Optional<Instant> next(Instant after, ZoneId zone) {
        ZonedDateTime from = after.atZone(zone);
        LocalDate day = from.toLocalDate();
        for (int i = 0; i <= SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (!dayMatches(day)) {
                continue;
            }
            for (int h : hours) {
                for (int m : minutes) {
                    for (int s : seconds) {
                        Instant at = instant(day, h, m, s, zone);
                        if (at.isAfter(after)) {
                            return Optional.of(at);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The last planned instant at or before {@code atOrBefore}, if any within five years. */
    public Optional<Instant> latest(Instant atOrBefore, ZoneId zone) {
        ZonedDateTime to = atOrBefore.atZone(zone);
        LocalDate day = to.toLocalDate();
        for (int i = 0; i <= SEARCH_DAYS; i++, day = day.minusDays(1)) {
            if (!dayMatches(day)) {
                continue;
            }
            for (int hi = hours.length - 1; hi >= 0; hi--) {
                for (int mi = minutes.length - 1; mi >= 0; mi--) {
                    for (int si = seconds.length - 1; si >= 0; si--) {
                        Instant at = instant(day, hours[hi], minutes[mi], seconds[si], zone);
                        if (!at.isAfter(atOrBefore)) {
                            return Optional.of(at);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The planned instants in {@code (after, atOrBefore]}, most recent first, at most {@code max} of them: the
     * times a catch-up looks at.
     */
    public List<Instant> recent(Instant after, Instant atOrBefore, ZoneId zone, int max) {
        List<Instant> found = new ArrayList<>();
        Instant cursor = atOrBefore;
        while (found.size() < max) {
            Optional<Instant> at = latest(cursor, zone);
            if (at.isEmpty() || !at.get().isAfter(after)) {
                break;
            }
            found.add(at.get());
            cursor = at.get().minusNanos(1);
        }
        return found;
    }

    private static Instant instant(LocalDate day, int h, int m, int s, ZoneId zone) {
        // a time in a daylight-saving gap is planned at the first instant after the gap, as ZonedDateTime resolves it
        return ZonedDateTime.of(LocalDateTime.of(day, LocalTime.of(h, m, s)), zone).toInstant();
    }

    @Override
    public String toString() {
        return text;
    }
}
