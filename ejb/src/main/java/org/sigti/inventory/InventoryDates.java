package org.sigti.inventory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The dates users type in the inventory (screens, CSV, renewal cases): ISO {@code 2026-12-31} or {@code 31/12/2026}. */
public final class InventoryDates {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private InventoryDates() {
    }

    /** The date, or empty when the text is not one of the accepted forms (or not a real day). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(t.contains("/") ? LocalDate.parse(t, DAY_FIRST)
                    : LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
