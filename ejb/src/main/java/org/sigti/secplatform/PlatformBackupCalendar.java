package org.sigti.secplatform;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.workflow.WorkCase;

/**
 * The clock's entry point of the monthly backups of the security platforms (S04.04.00.01 step 10): for the month, each
 * active platform of the register that has no backup case of that month yet gets one, asked for with
 * {@link PlatformBackupDue} and linked to the month's {@link SecurityPlatformBackup}. Idempotent: a second run in the
 * same month opens nothing, so the daily timer ({@link PlatformBackupTimer}) catches up a day the server was down. One
 * transaction per run.
 */
@ApplicationScoped
public class PlatformBackupCalendar {

    private static final Logger LOG = Logger.getLogger(PlatformBackupCalendar.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PlatformBackupDue> due;

    Clock clock = Clock.systemUTC();

    /** The current month in MINDEF's zone. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(SecurityPlatforms.ZONE));
    }

    /**
     * Opens the month's backup case of every active platform that has none; answers the cases opened.
     *
     * @param month      the month backed up (the clock gives the current one)
     * @param onBehalfOf whose calendar it is, for the trail
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<WorkCase> openMonth(YearMonth month, String onBehalfOf) {
        List<SecurityPlatform> lacking = em.createQuery("select p from SecurityPlatform p where p.active = true"
                + " and not exists (select b from SecurityPlatformBackup b where b.platformId = p.id"
                + " and b.period = :period and b.scheduled = true) order by p.institutionCode, p.code",
                SecurityPlatform.class).setParameter("period", month.toString()).getResultList();
        List<WorkCase> opened = new ArrayList<>();
        for (SecurityPlatform p : lacking) {
            PlatformBackupDue request = new PlatformBackupDue(p, month, onBehalfOf);
            due.fire(request);
            WorkCase c = request.openedCase();
            em.persist(new SecurityPlatformBackup(p.getId(), month, c.getId(), true));
            opened.add(c);
        }
        em.flush();
        if (!opened.isEmpty()) {
            LOG.info(() -> "SIGTI: " + opened.size() + " security platform backup case(s) opened for " + month);
        }
        return opened;
    }
}
