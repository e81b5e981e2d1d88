package org.sigti.inventory;

import java.io.Serializable;

/**
 * What the equipment list shows: prefixes of the patrimonial code, the serial and the custodian's username, a
 * state, and a sort. Every combination is served by an index of V10 (bench/inventory-benchmark.sh checks them).
 */
public record EquipmentQuery(String code, String serial, String custodian, EquipmentState state, Sort sort,
        boolean descending) implements Serializable {

    /** The sorts the list offers, each with its index. */
    public enum Sort {
        CODE("e.patrimonialCode"), SERIAL("e.serial"), CUSTODIAN("e.custodianUsername"), WARRANTY("e.warrantyUntil");

        final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    public static EquipmentQuery all() {
        return new EquipmentQuery(null, null, null, null, Sort.CODE, false);
    }
}
