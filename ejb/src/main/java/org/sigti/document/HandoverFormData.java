package org.sigti.document;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * What a form of delivery signed by the user shows: SEPREM-DI-002.1's Formulario de control y aceptación del
 * licenciamiento o servicio, S04.03.04.01's Acta de entrega de dispositivos and S04.03.03.02's Acta de entrega de
 * equipos telefónicos – OGTIE. When the user confirmed in SIGTI it says who and when; without a confirmation it
 * prints blank signature lines. The kind of document that uses this form gives its wording. Only the wording, the
 * letterhead and the number are required.
 *
 * @param wording       the document's own texts (title, procedure, what is delivered, the user's statement)
 * @param letterhead    the institution's letterhead
 * @param number        from {@code DocumentNumbers.next(series, year)}, e.g. FCL-2026-000007
 * @param caseNumber    the case's number
 * @param holderName    the user who receives
 * @param unitName      the user's unit
 * @param items         what is delivered, one line each (a license and its platform, a device and its codes)
 * @param deliveredBy   who delivers (the technician)
 * @param deliveryDate  the date of delivery, or null before it
 * @param confirmation  the user's electronic confirmation in SIGTI, or null to print for a paper signature
 * @param generatedAt   when SIGTI produced the document
 * @param zone          the institution's time zone, for every time printed; null means UTC
 */
public record HandoverFormData(Wording wording, Letterhead letterhead, String number, String caseNumber,
        String holderName, String unitName, List<Item> items, String deliveredBy, LocalDate deliveryDate,
        ServiceSlipData.Confirmation confirmation, Instant generatedAt, ZoneId zone) {

    public HandoverFormData {
        requireNonNull(wording, "Wording is required.");
        requireNonNull(letterhead, "Letterhead is required.");
        requireNonNull(number, "Number is required.");
        items = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
        zone = zone == null ? ZoneOffset.UTC : zone;
    }

    /**
     * The texts that make one form of delivery differ from another.
     *
     * @param title      the document's name, e.g. "Acta de entrega de dispositivos"
     * @param subtitle   the procedure it belongs to, e.g. "Procedimiento S04.03.04.01 ...", or null
     * @param itemsTitle the heading of what is delivered, e.g. "Dispositivos asignados"
     * @param statement  what the user declares above a paper signature
     */
    public record Wording(String title, String subtitle, String itemsTitle, String statement) {

        public Wording {
            requireNonNull(title, "Title is required.");
            requireNonNull(itemsTitle, "Items title is required.");
            requireNonNull(statement, "Statement is required.");
        }
    }

    /**
     * One thing delivered.
     *
     * @param code        its code (the pool's code, the patrimonial code)
     * @param description what it is
     */
    public record Item(String code, String description) {
    }
}
