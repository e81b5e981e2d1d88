package org.sigti.inventory;

import java.io.Serializable;
import java.time.LocalDate;

/** What a person types to register or describe a piece of equipment (also one valid CSV row). */
public record EquipmentDraft(EquipmentKind kind, String serial, String code, String brand, String model,
        String location, LocalDate acquiredOn, LocalDate warrantyUntil, String custodian, String custodianName,
        String custodianUnitCode) implements Serializable {
}
