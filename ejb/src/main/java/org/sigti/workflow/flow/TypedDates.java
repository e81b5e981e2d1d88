package org.sigti.workflow.flow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The dates and times people type in a step's field, a CSV or a form: day first as they write them here
 * ({@code 05/01/2027}, {@code 05/01/2027 14:30}) or ISO ({@code 2027-01-05}, {@code 2027-01-05 14:30}, as machines
 * and older cases write them). Only real days: {@code 30/02/2027} is no date.
 */
public final class TypedDates {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu[ ]HH:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);

    private TypedDates() {
    }

    /** The day typed, or empty when the text is not one of the accepted forms (or not a real day). */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(LocalDate.parse(t, t.contains("/") ? DAY_FIRST : ISO_DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The day and time typed (to the minute, or the second), or empty when not one of the accepted forms. */
    public static Optional<LocalDateTime> dateTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(LocalDateTime.parse(t, t.contains("/") ? DAY_FIRST_TIME : ISO_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
