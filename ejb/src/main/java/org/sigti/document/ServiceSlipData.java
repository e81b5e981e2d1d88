package org.sigti.document;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What the Boleta de entrega de servicio (SEPREM-DI-008.1, step 8) shows: the service delivered to a user and the
 * user's acceptance. When the user confirmed in SIGTI, the slip says who and when; without a confirmation it prints
 * blank signature lines for a paper signature. Only the letterhead and the number are required.
 *
 * @param letterhead       the institution's letterhead
 * @param number           from {@code DocumentNumbers.next(series, year)}, e.g. BOL-2026-000040
 * @param caseNumber       the case's number
 * @param userName         the user who received the service
 * @param unitName         the user's unit
 * @param serviceDelivered what was done; any length, flows onto further pages
 * @param technicianName   the technician who delivered it
 * @param deliveryDate     the date of delivery
 * @param confirmation     the user's electronic confirmation in SIGTI, or null to print for a paper signature
 * @param generatedAt      when SIGTI produced the document
 * @param zone             the institution's time zone, for every time printed; null means UTC
 */
public record ServiceSlipData(Letterhead letterhead, String number, String caseNumber, String userName,
        String unitName, String serviceDelivered, String technicianName, LocalDate deliveryDate,
        Confirmation confirmation, Instant generatedAt, ZoneId zone) {

    public ServiceSlipData {
        requireNonNull(letterhead, "Letterhead is required.");
        requireNonNull(number, "Number is required.");
        zone = zone == null ? ZoneOffset.UTC : zone;
    }

    /**
     * The user's confirmation, given electronically in SIGTI.
     *
     * @param confirmedBy the full name of who confirmed
     * @param confirmedAt when (UTC)
     */
    public record Confirmation(String confirmedBy, Instant confirmedAt) {

        public Confirmation {
            requireNonNull(confirmedBy, "Who confirmed is required.");
            requireNonNull(confirmedAt, "When it was confirmed is required.");
        }
    }
}
