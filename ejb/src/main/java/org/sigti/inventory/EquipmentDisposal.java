package org.sigti.inventory;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.db.LockWait;
import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;
import org.sigti.workflow.WorkCase;
import org.sigti.security.trail.TrailLedgers;
import org.sigti.security.trail.TrailTable;

/**
 * Equipment recommended for disposal ("para baja") by an approved technical opinion, called by the procedure that
 * approves it <em>inside its own transaction</em> ({@link TransactionAttributeType#MANDATORY}): the state and its
 * custody row are written with the approval, or not at all. Another institution's equipment is refused like a
 * record that does not exist (403, security event).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EquipmentDisposal {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    TrailLedgers ledgers;

    @EJB
    InstitutionScope scope;

    Clock clock = Clock.systemUTC();

    /**
     * Marks equipment {@code equipmentId} FOR_DISPOSAL under case {@code caseId}, recording the change in its
     * custody history; equipment already marked by this case is left as it is.
     *
     * @throws InventoryException {@code inventory.equipment.unknown}, or {@code inventory.equipment.wrongState}
     *         for retired equipment
     */
    public void markForDisposal(long equipmentId, long caseId, String actor) {
        LockWait.bound(em);
        Equipment e = em.find(Equipment.class, equipmentId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new InventoryException("inventory.equipment.unknown", String.valueOf(equipmentId));
        }
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null || !e.getInstitutionCode().equals(c.getInstitutionCode())) {
            throw scope.deny("EquipmentDisposal.markForDisposal", "equipment", equipmentId);
        }
        if (e.getState() == EquipmentState.FOR_DISPOSAL && Long.valueOf(caseId).equals(e.getLastCaseId())) {
            return;
        }
        if (e.getState() == EquipmentState.RETIRED) {
            throw new InventoryException("inventory.equipment.wrongState", e.getPatrimonialCode(), e.getState().name());
        }
        Instant now = clock.instant();
        e.markForDisposal(caseId, now);
        ledgers.persist(TrailTable.EQUIPMENT_CUSTODY,
                new CustodyChange(e, e.getCustodianUsername(), e.getCustodianName(), actor, caseId, now));
        em.flush();
    }
}
