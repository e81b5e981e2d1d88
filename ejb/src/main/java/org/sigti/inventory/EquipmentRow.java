package org.sigti.inventory;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of the equipment list. */
public record EquipmentRow(long id, long version, EquipmentKind kind, String serial, String code, String brand,
        String model, String location, String custodianUsername, String custodianName, String custodianUnitCode,
        EquipmentState state, LocalDate warrantyUntil, LocalDate acquiredOn) implements Serializable {
}
