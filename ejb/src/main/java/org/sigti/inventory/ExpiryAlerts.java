package org.sigti.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;


/**
 * The expiry calendar: finds the license pools and the equipment warranties whose expiry enters the notice window
 * ({@link ExpiryWindow}) and fires, once per object and expiry date, an {@link ExpiryDue}; the renewal procedure that
 * observes it opens a case that waits in the infrastructure Responsable's inbox and mails that person after the case
 * commits, and the calendar links the case to the object's {@code expiry_alert} row. Each case is opened in a
 * transaction of its own, so one failure does not hold back the others; {@code expiry_alert}'s unique key makes a
 * second firing (or a second server) open nothing.
 */
@Stateless
@PermitAll // timer work (ExpiryAlertTimer) and the settings screen's "run now" (InventorySettings, Jefe/Responsable)
public class ExpiryAlerts {

    private static final Logger LOG = Logger.getLogger(ExpiryAlerts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ExpiryDue> expiries;

    @Inject
    org.sigti.people.Institutions institutions;

    @Inject
    RenewalInstitution renewals;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** Today in the institution's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(InventoryCustody.ZONE));
    }

    /** Reads the settings (defaults where a row is missing or unreadable). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ExpirySettings settings() {
        Map<String, String> values = new LinkedHashMap<>();
        em.createQuery("select s from InventorySetting s", InventorySetting.class).getResultList()
                .forEach(s -> values.put(s.getName(), s.getValue()));
        return new ExpirySettings(
                number(values.get(InventorySetting.EXPIRY_WINDOW_DAYS), ExpiryWindow.DEFAULT_DAYS, 0,
                        ExpiryWindow.MAX_DAYS),
                number(values.get(InventorySetting.EXPIRY_HOUR), 6, 0, 23),
                blankToNull(values.get(InventorySetting.EXPIRY_ASSIGNEE)),
                InventoryDates.parse(values.get(InventorySetting.EXPIRY_LAST_RUN)).orElse(null));
    }

    /**
     * Opens the renewal cases due on {@code today} of the renewing institution's pools and warranties ({@link
     * RenewalInstitution}); returns how many were opened (objects already announced for their expiry date are
     * skipped). Records {@code today} as the last sweep.
     */
    public int sweep(LocalDate today) {
        ExpirySettings settings = settings();
        ExpiryWindow window = new ExpiryWindow(today, settings.windowDays());
        // the inventory of the institution whose manual renews (the expiry indexes lead with the institution): another
        // institution's expiries would open cases of a procedure it does not run
        List<Object[]> pools = new java.util.ArrayList<>();
        List<Object[]> warranties = new java.util.ArrayList<>();
        for (org.sigti.unit.Institution institution : institutions.enabled().stream()
                .filter(i -> i.getCode().equals(renewals.code())).toList()) {
            pools.addAll(em.createQuery("select p.id, p.expiresOn from LicensePool p"
                    + " where p.institutionCode = :institution and p.expiresOn >= :from and p.expiresOn <= :until"
                    + " order by p.expiresOn, p.id", Object[].class).setParameter("institution", institution.getCode())
                    .setParameter("from", window.today()).setParameter("until", window.until()).getResultList());
            warranties.addAll(em.createQuery("select e.id, e.warrantyUntil from Equipment e"
                    + " where e.institutionCode = :institution and e.warrantyUntil >= :from"
                    + " and e.warrantyUntil <= :until and e.state not in :gone order by e.warrantyUntil, e.id",
                    Object[].class).setParameter("institution", institution.getCode())
                    .setParameter("from", window.today()).setParameter("until", window.until())
                    // a warranty of equipment retired or waiting for its baja (a dictamen's "para baja") is not renewed
                    .setParameter("gone", List.of(EquipmentState.RETIRED, EquipmentState.FOR_DISPOSAL))
                    .getResultList());
        }
        ExpiryAlerts self = context.getBusinessObject(ExpiryAlerts.class);
        int opened = 0;
        for (Object[] p : pools) {
            opened += open(self, ExpiryObject.LICENSE_POOL, (Long) p[0], (LocalDate) p[1], settings.assignee());
        }
        for (Object[] e : warranties) {
            opened += open(self, ExpiryObject.EQUIPMENT, (Long) e[0], (LocalDate) e[1], settings.assignee());
        }
        // a bulk update: two sweeps at once (two servers, the timer and "run now") both record the day, neither
        // fails on the row's version
        int recorded = em.createQuery("update InventorySetting s set s.value = :day where s.name = :name")
                .setParameter("day", today.toString()).setParameter("name", InventorySetting.EXPIRY_LAST_RUN)
                .executeUpdate();
        if (recorded == 0) {
            em.persist(new InventorySetting(InventorySetting.EXPIRY_LAST_RUN, today.toString()));
        }
        int count = opened;
        LOG.info(() -> "SIGTI: expiry sweep of " + today + " (window " + settings.windowDays() + " days): "
                + count + " renewal case(s) opened");
        return opened;
    }

    /** 1 when the case was opened; 0 when it existed or its own transaction failed and rolled back (logged). */
    private static int open(ExpiryAlerts self, ExpiryObject type, long id, LocalDate expiresOn, String assignee) {
        try {
            return self.openOnce(type, id, expiresOn, assignee) ? 1 : 0;
        } catch (EJBException failed) {
            // that case's transaction is already rolled back (another sweep won the unique key, or the kernel
            // refused); the other objects go on, and this one is tried again by the next sweep
            LOG.log(Level.WARNING, "SIGTI: no renewal case for " + type + " " + id + " expiring " + expiresOn, failed);
            return 0;
        }
    }

    /**
     * Opens the renewal case of one object's expiry date unless it exists, in a transaction of its own. A failure
     * (the other server won the race, the kernel refused) rolls back that case only and is logged.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean openOnce(ExpiryObject type, long id, LocalDate expiresOn, String assignee) {
        boolean known = !em.createNamedQuery("ExpiryAlert.find", ExpiryAlert.class).setParameter("type", type)
                .setParameter("id", id).setParameter("expiresOn", expiresOn).getResultList().isEmpty();
        if (known) {
            return false;
        }
        ExpiryDue due = type == ExpiryObject.LICENSE_POOL
                ? new ExpiryDue(em.find(LicensePool.class, id), null, expiresOn, assignee)
                : new ExpiryDue(null, em.find(Equipment.class, id), expiresOn, assignee);
        expiries.fire(due);
        em.persist(new ExpiryAlert(type, id, expiresOn, due.openedCase().getId(), clock.instant()));
        em.flush();
        return true;
    }

    /** For the timer: a sweep that failed as a whole is logged, and the next hour tries again. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweepIfDue(int currentHour) {
        ExpirySettings settings = settings();
        LocalDate today = today();
        if (!ExpiryWindow.sweepDue(settings.hour(), currentHour, settings.lastRun(), today)) {
            return;
        }
        try {
            context.getBusinessObject(ExpiryAlerts.class).sweep(today);
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "SIGTI: the expiry sweep of " + today + " failed; it runs again next hour", e);
        }
    }

    private static int number(String value, int fallback, int min, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            return n < min || n > max ? fallback : n;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
