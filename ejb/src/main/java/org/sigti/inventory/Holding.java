package org.sigti.inventory;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something a person holds: a license seat or a piece of equipment (the baja screen lists them before releasing).
 *
 * @param kind        {@code SEAT} or {@code EQUIPMENT}
 * @param id          the seat's or the equipment's id
 * @param code        the pool's code or the patrimonial code
 * @param description the product, or kind, brand and model
 * @param platform    the platform the seat licenses, or null
 * @param since       when it was assigned (seats), or when custody last changed (equipment)
 * @param caseId      the case that assigned it, or null
 */
public record Holding(String kind, long id, String code, String description, String platform, Instant since,
        Long caseId) implements Serializable {

    public static final String SEAT = "SEAT";
    public static final String EQUIPMENT = "EQUIPMENT";
}
