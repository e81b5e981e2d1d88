package org.sigti.accounts;

/**
 * What the ledger needs of the inventory (license seats and equipment custody), always inside the caller's
 * transaction. Implemented over the inventory's custody service.
 */
public interface InventoryPort {

    /** Gives the holder a seat of the platform's pool; a WorkflowException when the pool is exhausted. */
    void assignSeat(String platformCode, String holder, long caseId, String actor);

    int releaseSeats(String holder, long caseId, String actor);

    void assignEquipment(long equipmentId, String custodian, String custodianName, String unitCode, long caseId,
            String actor);

    int returnEquipmentToStock(String custodian, long caseId, String actor);
}
