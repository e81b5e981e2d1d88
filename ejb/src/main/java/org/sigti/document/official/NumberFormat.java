package org.sigti.document.official;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An institution's numbering format, e.g. {@code {TIPO} N° {N:6}-{AÑO}-{INST}/{UNIDAD}} → {@code OFICIO N°
 * 000001-2026-MINDEF/OGTIE}: {@code {TIPO}} the kind's heading, {@code {N}} the number (zero-padded to the width
 * written as {@code {N:6}}), {@code {AÑO}} the year, {@code {INST}} the institution's code, {@code {UNIDAD}} the
 * issuing unit's code. Anything else is written as it is. {@link #flaw(String)} says why a format the Jefe typed
 * cannot number documents.
 */
public final class NumberFormat {

    /** The widest zero-padded counter: {@code {N:18}} still holds any long. */
    public static final int MAX_WIDTH = 18;

    private static final Pattern NUMBER = Pattern.compile("\\{N(?::(\\d{1,2}))?}");
    private static final Pattern FIELD = Pattern.compile("\\{[^{}]*}");
    private static final Set<String> TEXT_FIELDS = Set.of("{TIPO}", "{AÑO}", "{INST}", "{UNIDAD}");

    /** What makes a format unusable. */
    public enum Flaw {
        /** No {@code {N}}: every document would get the same number. */
        NO_COUNTER,
        /** More than one {@code {N}}. */
        MANY_COUNTERS,
        /** A counter padded to 0 or to more than {@link #MAX_WIDTH} digits. */
        COUNTER_WIDTH,
        /** A field in braces that is none of the above, e.g. {@code {ANO}}; {@link Problem#field()} names it. */
        UNKNOWN_FIELD
    }

    /** A flaw of a format, with the field it concerns (null when none). */
    public record Problem(Flaw flaw, String field) {
    }

    private NumberFormat() {
    }

    /** The first flaw of a format, or empty when it numbers documents: exactly one counter, only known fields. */
    public static Optional<Problem> flaw(String format) {
        int counters = 0;
        Matcher field = FIELD.matcher(format);
        while (field.find()) {
            String text = field.group();
            Matcher counter = NUMBER.matcher(text);
            if (counter.matches()) {
                counters++;
                int width = counter.group(1) == null ? 1 : Integer.parseInt(counter.group(1));
                if (width < 1 || width > MAX_WIDTH) {
                    return Optional.of(new Problem(Flaw.COUNTER_WIDTH, text));
                }
            } else if (!TEXT_FIELDS.contains(text)) {
                return Optional.of(new Problem(Flaw.UNKNOWN_FIELD, text));
            }
        }
        if (counters == 0) {
            return Optional.of(new Problem(Flaw.NO_COUNTER, null));
        }
        return counters > 1 ? Optional.of(new Problem(Flaw.MANY_COUNTERS, null)) : Optional.empty();
    }

    public static String render(String format, String heading, long number, int year, String institution,
            String unit) {
        String text = format.replace("{TIPO}", heading).replace("{AÑO}", String.valueOf(year))
                .replace("{INST}", institution).replace("{UNIDAD}", unit);
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group(1) == null ? String.valueOf(number)
                    : String.format("%0" + Integer.parseInt(m.group(1)) + "d", number);
            m.appendReplacement(out, Matcher.quoteReplacement(digits));
        }
        return m.appendTail(out).toString();
    }
}
