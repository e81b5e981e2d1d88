package org.sigti.inventory;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;

/**
 * The end of a renewal (SEPREM-DI-005.1 step 7): the new expiry goes onto the pool or the warranty the case was
 * opened for, inside the transaction of the move. A case a person opened for a need of their own has no expiry
 * alert: only the date is checked.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Renewals {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public void complete(long caseId, String newExpiry, String newSeats) {
        LocalDate date = InventoryDates.parse(newExpiry)
                .orElseThrow(() -> new InventoryException("inventory.renewal.badDate", String.valueOf(newExpiry)));
        Integer seats = null;
        if (newSeats != null && !newSeats.isBlank()) {
            try {
                seats = Integer.valueOf(newSeats.strip());
            } catch (NumberFormatException e) {
                throw new InventoryException("inventory.renewal.badSeats", newSeats);
            }
        }
        ExpiryAlert alert = em.createNamedQuery("ExpiryAlert.findByCase", ExpiryAlert.class)
                .setParameter("caseId", caseId).getResultStream().findFirst().orElse(null);
        if (alert == null) {
            return;
        }
        if (!date.isAfter(alert.getExpiresOn())) {
            throw new InventoryException("inventory.renewal.notLater", date.toString(),
                    alert.getExpiresOn().toString());
        }
        if (alert.getObjectType() == ExpiryObject.LICENSE_POOL) {
            LicensePool pool = em.find(LicensePool.class, alert.getObjectId(), LockModeType.PESSIMISTIC_WRITE);
            if (seats != null && (seats < pool.getSeatsUsed() || seats > LicensePools.MAX_SEATS)) {
                throw new InventoryException("inventory.renewal.badSeats", String.valueOf(seats));
            }
            pool.renew(date, seats, clock.instant());
        } else {
            em.find(Equipment.class, alert.getObjectId(), LockModeType.PESSIMISTIC_WRITE)
                    .extendWarranty(date, clock.instant());
        }
    }
}
