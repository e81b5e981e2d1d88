package org.sigti.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.sigti.security.Roles;

/**
 * The business calendar and the targets as stored, loaded once and kept until the Jefe changes them: every case
 * computes due instants with them, so they are read far more often than written.
 *
 * <p>Reads take the shared lock and never wait for each other. An edit calls {@link #invalidateAfterCompletion()}
 * inside its transaction: the cached values are dropped at once and again when the transaction ends (committed or
 * rolled back), so no reader keeps values that were never committed or that a commit replaced. Each snapshot is
 * tagged with the generation it was loaded in; a snapshot older than the current generation is never served.
 */
@Singleton
@Lock(LockType.READ)
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.SOLICITANTE, Roles.AUDITOR})
public class ServiceLevelCache {

    private static final Logger LOG = Logger.getLogger(ServiceLevelCache.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot current;

    /** The business calendar: time zone, working hours and holidays as stored. */
    @jakarta.annotation.security.PermitAll // configuration, not data: the workflow kernel and its timers need it
    public BusinessCalendar calendar() {
        return snapshot().calendar();
    }

    /** The targets of every priority. */
    @jakarta.annotation.security.PermitAll // configuration, not data: the workflow kernel and its timers need it
    public Map<Priority, SlaTargets> targets() {
        return snapshot().targets();
    }

    /** Drops the cached values now and when the caller's transaction ends. Called by every edit. */
    @RolesAllowed(Roles.JEFE)
    public void invalidateAfterCompletion() {
        generation.incrementAndGet();
        if (transactions.getTransactionKey() != null
                && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing before: the values are dropped once the outcome is known
                }

                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }

    private Snapshot snapshot() {
        long now = generation.get();
        Snapshot cached = current;
        if (cached != null && cached.generation() == now) {
            return cached;
        }
        Snapshot loaded = load(now);
        // a slower reader may put back an older snapshot: its generation is stale, so the next read reloads
        current = loaded;
        return loaded;
    }

    private Snapshot load(long loadedIn) {
        Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (BusinessHours row : em.createNamedQuery("BusinessHours.findAll", BusinessHours.class).getResultList()) {
            hours.computeIfAbsent(row.day(), day -> new ArrayList<>()).add(row.interval());
        }
        List<LocalDate> holidays = em.createNamedQuery("Holiday.findAllDates", LocalDate.class).getResultList();
        BusinessCalendar calendar = new BusinessCalendar(zone(), hours, holidays);
        Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
        for (SlaTarget row : em.createNamedQuery("SlaTarget.findAll", SlaTarget.class).getResultList()) {
            targets.put(row.getPriority(), row.targets());
        }
        if (targets.size() != Priority.values().length) {
            throw new IllegalStateException("SIGTI: table sla_target must have one row per priority "
                    + List.of(Priority.values()) + " but has " + targets.keySet()
                    + ". Fix: restore the missing rows (see db/migration/V5__service_levels.sql).");
        }
        return new Snapshot(loadedIn, calendar, Collections.unmodifiableMap(targets));
    }

    private ZoneId zone() {
        SlaSetting setting = em.find(SlaSetting.class, SlaSetting.ZONE);
        if (setting == null) {
            return BusinessCalendar.DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(setting.getValue());
        } catch (java.time.DateTimeException e) {
            LOG.warning(() -> "SIGTI: sla_setting zone='" + setting.getValue() + "' is not a time zone; using "
                    + BusinessCalendar.DEFAULT_ZONE + ". Fix: set it on the service levels screen.");
            return BusinessCalendar.DEFAULT_ZONE;
        }
    }

    private record Snapshot(long generation, BusinessCalendar calendar, Map<Priority, SlaTargets> targets) {
    }
}
