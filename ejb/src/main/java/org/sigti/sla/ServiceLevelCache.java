package org.sigti.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.sigti.unit.Institution;

/**
 * The business calendar of each institution (its time zone, working hours and holidays) and the targets as stored,
 * loaded once and kept until a Jefe changes them: every case computes due instants with its institution's calendar,
 * so they are read far more often than written.
 *
 * <p>Reads take the shared lock and never wait for each other. An edit calls {@link #invalidateAfterCompletion()}
 * inside its transaction: the cached values are dropped at once and again when the transaction ends (committed or
 * rolled back), so no reader keeps values that were never committed or that a commit replaced. Each snapshot is
 * tagged with the generation it was loaded in; a snapshot older than the current generation is never served.
 */
@Singleton
@Lock(LockType.READ)
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
public class ServiceLevelCache {

    private static final Logger LOG = Logger.getLogger(ServiceLevelCache.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot current;

    /**
     * An institution's business calendar: its time zone, working hours and holidays as stored. An institution with
     * no row of its own (none in a fresh installation's migrations) gets La Paz's default week without holidays.
     */
    @jakarta.annotation.security.PermitAll // configuration, not data: the workflow kernel and its timers need it
    public BusinessCalendar calendar(String institution) {
        BusinessCalendar calendar = snapshot().calendars().get(institution);
        return calendar == null ? BusinessCalendar.defaults() : calendar;
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
        Map<String, Map<DayOfWeek, List<WorkingInterval>>> hours = new HashMap<>();
        for (BusinessHours row : em.createNamedQuery("BusinessHours.findAll", BusinessHours.class).getResultList()) {
            hours.computeIfAbsent(row.getInstitutionCode(), code -> new EnumMap<>(DayOfWeek.class))
                    .computeIfAbsent(row.day(), day -> new ArrayList<>()).add(row.interval());
        }
        Map<String, List<LocalDate>> holidays = new HashMap<>();
        for (Holiday row : em.createNamedQuery("Holiday.findAll", Holiday.class).getResultList()) {
            holidays.computeIfAbsent(row.getInstitutionCode(), code -> new ArrayList<>()).add(row.getDate());
        }
        Map<String, BusinessCalendar> calendars = new HashMap<>();
        for (Institution institution : em.createQuery("select i from Institution i", Institution.class)
                .getResultList()) {
            String code = institution.getCode();
            calendars.put(code, new BusinessCalendar(zone(institution),
                    hours.getOrDefault(code, BusinessCalendar.defaultHours()), holidays.getOrDefault(code, List.of())));
        }
        Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
        for (SlaTarget row : em.createNamedQuery("SlaTarget.findAll", SlaTarget.class).getResultList()) {
            targets.put(row.getPriority(), row.targets());
        }
        if (targets.size() != Priority.values().length) {
            throw new IllegalStateException("SIGTI: table sla_target must have one row per priority "
                    + List.of(Priority.values()) + " but has " + targets.keySet()
                    + ". Fix: restore the missing rows (see db/migration/V5__service_levels.sql).");
        }
        return new Snapshot(loadedIn, Collections.unmodifiableMap(calendars), Collections.unmodifiableMap(targets));
    }

    private static ZoneId zone(Institution institution) {
        try {
            return institution.getZone();
        } catch (java.time.DateTimeException e) {
            LOG.warning(() -> "SIGTI: institution " + institution.getCode() + " has a time zone that is not one; using "
                    + BusinessCalendar.DEFAULT_ZONE + ". Fix: set it on the service levels screen.");
            return BusinessCalendar.DEFAULT_ZONE;
        }
    }

    private record Snapshot(long generation, Map<String, BusinessCalendar> calendars,
            Map<Priority, SlaTargets> targets) {
    }
}
