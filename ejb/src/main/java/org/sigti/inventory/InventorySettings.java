package org.sigti.inventory;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;

/** The expiry calendar's settings, changed by the Jefe or a Responsable; the Auditor reads them. */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.AUDITOR})
public class InventorySettings {

    @PersistenceContext
    EntityManager em;

    @EJB
    ExpiryAlerts alerts;

    @EJB
    org.sigti.people.InstitutionScope scope;

    @Inject
    RenewalInstitution renewals;

    /** Whether the caller is of the institution whose manual renews: the settings screen is offered to them only. */
    public boolean isCallers() {
        return scope.isCaller(renewals.code());
    }

    public ExpirySettings expiry() {
        scope.require(renewals.code(), "InventorySettings.expiry", "expiry_settings", renewals.code());
        return alerts.settings();
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public void change(Integer windowDays, Integer hour, String assignee) {
        scope.require(renewals.code(), "InventorySettings.change", "expiry_settings", renewals.code());
        Map<String, String> p = new LinkedHashMap<>();
        if (windowDays == null || windowDays < 1 || windowDays > ExpiryWindow.MAX_DAYS) {
            p.put("windowDays", "inventory.settings.windowRange");
        }
        if (hour == null || hour < 0 || hour > 23) {
            p.put("hour", "inventory.settings.hourRange");
        }
        if (assignee != null && assignee.strip().length() > 100) {
            p.put("assignee", "inventory.field.tooLong");
        }
        if (!p.isEmpty()) {
            throw new InventoryException("inventory.invalid", p);
        }
        put(InventorySetting.EXPIRY_WINDOW_DAYS, String.valueOf(windowDays));
        put(InventorySetting.EXPIRY_HOUR, String.valueOf(hour));
        put(InventorySetting.EXPIRY_ASSIGNEE, assignee == null ? "" : assignee.strip());
    }

    /** Sweeps now (whatever the hour); returns how many renewal cases were opened. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweepNow() {
        scope.require(renewals.code(), "InventorySettings.sweepNow", "expiry_settings", renewals.code());
        return alerts.sweep(alerts.today());
    }

    private void put(String name, String value) {
        InventorySetting s = em.find(InventorySetting.class, name);
        if (s == null) {
            em.persist(new InventorySetting(name, value));
        } else {
            s.change(value);
        }
    }
}
