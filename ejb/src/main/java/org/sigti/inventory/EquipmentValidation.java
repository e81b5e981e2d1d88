package org.sigti.inventory;

import java.util.LinkedHashMap;
import java.util.Map;

/** The checks of one equipment draft that need no database: field → message key. */
final class EquipmentValidation {

    private EquipmentValidation() {
    }

    static Map<String, String> problems(EquipmentDraft d) {
        Map<String, String> p = new LinkedHashMap<>();
        if (d.kind() == null) {
            p.put("kind", "inventory.kind.required");
        }
        text(p, "code", d.code(), Equipment.CODE_MAXLENGTH, true);
        text(p, "serial", d.serial(), Equipment.SERIAL_MAXLENGTH, true);
        text(p, "brand", d.brand(), Equipment.BRAND_MAXLENGTH, true);
        text(p, "model", d.model(), Equipment.MODEL_MAXLENGTH, true);
        text(p, "location", d.location(), Equipment.LOCATION_MAXLENGTH, false);
        text(p, "custodian", d.custodian(), Equipment.USERNAME_MAXLENGTH, false);
        text(p, "custodianName", d.custodianName(), Equipment.NAME_MAXLENGTH, false);
        text(p, "custodianUnit", d.custodianUnitCode(), 20, false);
        if (d.acquiredOn() != null && d.warrantyUntil() != null && d.warrantyUntil().isBefore(d.acquiredOn())) {
            p.put("warrantyUntil", "inventory.warranty.beforeAcquired");
        }
        return p;
    }

    static void text(Map<String, String> p, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                p.put(field, "inventory.field.required");
            }
        } else if (value.strip().length() > max) {
            p.put(field, "inventory.field.tooLong");
        }
    }
}
