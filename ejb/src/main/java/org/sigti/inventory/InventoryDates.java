package org.sigti.inventory;

import java.time.LocalDate;
import java.util.Optional;

import org.sigti.workflow.flow.TypedDates;

/** The dates users type in the inventory (screens, CSV, renewal cases): ISO {@code 2026-12-31} or {@code 31/12/2026}. */
public final class InventoryDates {

    private InventoryDates() {
    }

    /** The date, or empty when the text is not one of the accepted forms (or not a real day). */
    public static Optional<LocalDate> parse(String text) {
        return TypedDates.date(text);
    }
}
