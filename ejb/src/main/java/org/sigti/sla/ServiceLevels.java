package org.sigti.sla;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.sla.ServiceClock.Pause;
import org.sigti.security.Roles;

/**
 * Service levels: the due instants of a case from its priority, counted in the institution's business time, and
 * the Jefe's settings behind them (targets per priority, working hours, holidays, time zone). Everyone may read;
 * only the Jefe may change, and a wrong edit changes nothing and says why ({@link ServiceLevelException}).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.SOLICITANTE, Roles.AUDITOR})
public class ServiceLevels {

    private static final Logger LOG = Logger.getLogger(ServiceLevels.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ServiceLevelCache cache;

    @Resource
    private SessionContext context;

    /** The business calendar as configured: zone, working hours, holidays. */
    public BusinessCalendar calendar() {
        return cache.calendar();
    }

    /** The targets of a priority. */
    public SlaTargets targets(Priority priority) {
        return cache.targets().get(requireNonNull(priority, "Priority is required."));
    }

    /** The targets of every priority, P1 first. */
    public Map<Priority, SlaTargets> allTargets() {
        return cache.targets();
    }

    /** When the first response to a case registered at {@code created} is due, without pauses. */
    public Instant responseDue(Instant created, Priority priority) {
        return calendar().addBusinessTime(created, targets(priority).response());
    }

    /** When the resolution of a case registered at {@code created} is due, without pauses. */
    public Instant resolutionDue(Instant created, Priority priority) {
        return calendar().addBusinessTime(created, targets(priority).resolution());
    }

    /**
     * A due instant moved by a wait on the requester: later by the business time between {@code pausedFrom} and
     * {@code pausedTo}; unchanged if the wait began at or after the due instant (a breach stays a breach).
     */
    public Instant shift(Instant due, Instant pausedFrom, Instant pausedTo) {
        return ServiceClock.shift(calendar(), due, pausedFrom, pausedTo);
    }

    /** The full clock of a case: due instants, breaches and time left, with its pauses. */
    public ServiceClock clock(Instant created, Priority priority, List<Pause> pauses) {
        return new ServiceClock(calendar(), created, targets(priority), pauses);
    }

    /** The holidays of a year, in order (a dozen or so). */
    public List<HolidayRow> holidays(int year) {
        return em.createNamedQuery("Holiday.findBetween", Holiday.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultStream()
                .map(holiday -> new HolidayRow(holiday.getDate(), holiday.getName()))
                .toList();
    }

    /** The years that have holidays, in order. */
    public List<Integer> holidayYears() {
        return em.createNamedQuery("Holiday.findYears", Integer.class).getResultStream()
                .map(Number::intValue).sorted().toList();
    }

    /** New targets for the priorities given; the others keep theirs. All or nothing. */
    @RolesAllowed(Roles.JEFE)
    public void updateTargets(List<TargetEdit> edits) {
        edits.forEach(ServiceLevelRules::checkTargets);
        for (TargetEdit edit : edits) {
            SlaTarget target = em.find(SlaTarget.class, edit.priority());
            if (target == null) {
                em.persist(new SlaTarget(edit.priority(), edit.responseMinutes(), edit.resolutionMinutes()));
            } else {
                target.change(edit.responseMinutes(), edit.resolutionMinutes());
            }
        }
        changed("targets " + edits);
    }

    /** Replaces the working hours of the whole week. */
    @RolesAllowed(Roles.JEFE)
    public void replaceHours(List<HoursEdit> rows) {
        Map<DayOfWeek, List<WorkingInterval>> week = ServiceLevelRules.checkHours(rows);
        em.createNamedQuery("BusinessHours.deleteAll").executeUpdate();
        week.forEach((day, intervals) -> intervals.forEach(interval -> em.persist(new BusinessHours(day, interval))));
        changed("working hours " + week);
    }

    /** Makes a date a holiday. */
    @RolesAllowed(Roles.JEFE)
    public void addHoliday(LocalDate date, String name) {
        String checked = ServiceLevelRules.checkHoliday(date, name);
        if (em.find(Holiday.class, date) != null) {
            throw new ServiceLevelException(ServiceLevelProblem.HOLIDAY_EXISTS, date);
        }
        em.persist(new Holiday(date, checked));
        changed("holiday added " + date);
    }

    /** Makes a date a normal day again; nothing happens if it was not a holiday. */
    @RolesAllowed(Roles.JEFE)
    public void removeHoliday(LocalDate date) {
        Holiday holiday = em.find(Holiday.class, requireNonNull(date, "Date is required."));
        if (holiday != null) {
            em.remove(holiday);
            changed("holiday removed " + date);
        }
    }

    /** Sets the time zone the working hours and holidays are in. */
    @RolesAllowed(Roles.JEFE)
    public void changeZone(String zone) {
        ZoneId checked = ServiceLevelRules.checkZone(zone);
        SlaSetting setting = em.find(SlaSetting.class, SlaSetting.ZONE);
        if (setting == null) {
            em.persist(new SlaSetting(SlaSetting.ZONE, checked.getId()));
        } else {
            setting.change(checked.getId());
        }
        changed("zone " + checked);
    }

    private void changed(String what) {
        cache.invalidateAfterCompletion();
        LOG.info(() -> "SIGTI service levels changed by " + context.getCallerPrincipal().getName() + ": " + what);
    }
}
