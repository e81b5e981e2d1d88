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

import org.sigti.people.Institutions;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.security.SettingsHistory;
import org.sigti.sla.ServiceClock.Pause;
import org.sigti.unit.Institution;

/**
 * Service levels: the due instants of a case from its priority, counted in its institution's business time, and the
 * Jefe's settings behind them (targets per priority; the working hours, holidays and time zone of the Jefe's own
 * institution). Everyone may read; only the Jefe may change, and a wrong edit changes nothing and says why
 * ({@link ServiceLevelException}). A Jefe aiming at another institution's holiday is denied: a security event, then
 * {@link AccessDeniedException}.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
public class ServiceLevels {

    private static final Logger LOG = Logger.getLogger(ServiceLevels.class.getName());
    /** The kinds of setting this service writes to the history of settings. */
    static final String SETTING_TARGET = "SLA_TARGET";
    static final String SETTING_HOURS = "HOURS";
    static final String SETTING_HOLIDAY = "HOLIDAY";
    static final String SETTING_ZONE = "ZONE";

    @EJB
    private SettingsHistory history;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ServiceLevelCache cache;

    @EJB
    private SecurityEvents securityEvents;

    @Resource
    private SessionContext context;

    /** The business calendar of the caller's institution: zone, working hours, holidays. */
    public BusinessCalendar calendar() {
        return cache.calendar(institution());
    }

    /** The business calendar of an institution: the one its cases' clocks run on. */
    public BusinessCalendar calendar(String institution) {
        return cache.calendar(requireNonNull(institution, "Institution is required."));
    }

    /** The caller's institution, whose calendar this service shows and edits. */
    public String institution() {
        return em.createQuery("select u.institutionCode from UserProfile p join p.unit u where p.username = :username",
                String.class).setParameter("username", context.getCallerPrincipal().getName()).getResultStream()
                .findFirst().orElseGet(Institutions::defaultInstitution);
    }

    /** The targets of a priority. */
    public SlaTargets targets(Priority priority) {
        return cache.targets().get(requireNonNull(priority, "Priority is required."));
    }

    /** The targets of every priority, P1 first. */
    public Map<Priority, SlaTargets> allTargets() {
        return cache.targets();
    }

    /** When the first response to a case of an institution registered at {@code created} is due, without pauses. */
    public Instant responseDue(String institution, Instant created, Priority priority) {
        return calendar(institution).addBusinessTime(created, targets(priority).response());
    }

    /** When the resolution of a case of an institution registered at {@code created} is due, without pauses. */
    public Instant resolutionDue(String institution, Instant created, Priority priority) {
        return calendar(institution).addBusinessTime(created, targets(priority).resolution());
    }

    /** The full clock of a case of an institution: due instants, breaches and time left, with its pauses. */
    public ServiceClock clock(String institution, Instant created, Priority priority, List<Pause> pauses) {
        return new ServiceClock(calendar(institution), created, targets(priority), pauses);
    }

    /** The holidays of the caller's institution in a year, in order (a dozen or so). */
    public List<HolidayRow> holidays(int year) {
        return em.createNamedQuery("Holiday.findBetween", Holiday.class)
                .setParameter("institution", institution())
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultStream()
                .map(holiday -> new HolidayRow(holiday.getId(), holiday.getDate(), holiday.getName(),
                        holiday.getOrigin() == Holiday.Origin.LAW))
                .toList();
    }

    /** The years in which the caller's institution has holidays, in order. */
    public List<Integer> holidayYears() {
        return em.createNamedQuery("Holiday.findYears", Number.class).setParameter("institution", institution())
                .getResultStream().map(Number::intValue).sorted().toList();
    }

    /** New targets for the priorities given; the others keep theirs. All or nothing. */
    @RolesAllowed(Roles.JEFE)
    public void updateTargets(List<TargetEdit> edits) {
        edits.forEach(ServiceLevelRules::checkTargets);
        for (TargetEdit edit : edits) {
            SlaTarget target = em.find(SlaTarget.class, edit.priority());
            String key = String.valueOf(edit.priority());
            history.changed(SETTING_TARGET, key, "responseMinutes",
                    target == null ? null : target.getResponseMinutes(), edit.responseMinutes());
            history.changed(SETTING_TARGET, key, "resolutionMinutes",
                    target == null ? null : target.getResolutionMinutes(), edit.resolutionMinutes());
            if (target == null) {
                em.persist(new SlaTarget(edit.priority(), edit.responseMinutes(), edit.resolutionMinutes()));
            } else {
                target.change(edit.responseMinutes(), edit.resolutionMinutes());
            }
        }
        changed("targets " + edits);
    }

    /** Replaces the working hours of the caller's institution's whole week. */
    @RolesAllowed(Roles.JEFE)
    public void replaceHours(List<HoursEdit> rows) {
        Map<DayOfWeek, List<WorkingInterval>> week = ServiceLevelRules.checkHours(rows);
        String institution = institution();
        Map<DayOfWeek, String> before = week(em.createNamedQuery("BusinessHours.findAll", BusinessHours.class)
                .getResultStream().filter(h -> h.getInstitutionCode().equals(institution))
                .collect(java.util.stream.Collectors.groupingBy(BusinessHours::day,
                        java.util.stream.Collectors.mapping(BusinessHours::interval,
                                java.util.stream.Collectors.toList()))));
        Map<DayOfWeek, String> after = week(week);
        for (DayOfWeek day : DayOfWeek.values()) {
            history.changed(SETTING_HOURS, institution, "DayOfWeek." + day.name(), before.get(day), after.get(day));
        }
        em.createNamedQuery("BusinessHours.deleteOfInstitution").setParameter("institution", institution)
                .executeUpdate();
        week.forEach((day, intervals) -> intervals.forEach(interval -> em.persist(new BusinessHours(institution, day,
                interval))));
        changed("working hours of " + institution + " " + week);
    }

    /** Makes a date a holiday of the caller's institution. */
    @RolesAllowed(Roles.JEFE)
    public void addHoliday(LocalDate date, String name) {
        String checked = ServiceLevelRules.checkHoliday(date, name);
        Institution institution = em.find(Institution.class, institution());
        if (!em.createNamedQuery("Holiday.findByDate", Holiday.class).setParameter("institution",
                institution.getCode()).setParameter("date", date).getResultList().isEmpty()) {
            throw new ServiceLevelException(ServiceLevelProblem.HOLIDAY_EXISTS, date);
        }
        em.persist(new Holiday(institution.getCode(), institution.getCountry(), date, checked, Holiday.Origin.EDIT));
        history.changed(SETTING_HOLIDAY, date.toString(), "name", null, checked);
        changed("holiday of " + institution.getCode() + " added " + date);
    }

    /**
     * Makes a holiday of the caller's institution a normal day again (a decree moved it); nothing happens if it is
     * gone already. Another institution's holiday is denied.
     */
    @RolesAllowed(Roles.JEFE)
    public void removeHoliday(long id) {
        Holiday holiday = em.find(Holiday.class, id);
        if (holiday == null) {
            return;
        }
        String institution = institution();
        if (!holiday.getInstitutionCode().equals(institution)) {
            securityEvents.accessDenied("ServiceLevels.removeHoliday", "Holiday", String.valueOf(id), null,
                    "a holiday of " + holiday.getInstitutionCode() + ", not of " + institution);
            throw new AccessDeniedException("Holiday " + id + " belongs to another institution.");
        }
        em.remove(holiday);
        history.changed(SETTING_HOLIDAY, holiday.getDate().toString(), "name", holiday.getName(), null);
        changed("holiday of " + institution + " removed " + holiday.getDate());
    }

    /** Sets the time zone the working hours and holidays of the caller's institution are in. */
    @RolesAllowed(Roles.JEFE)
    public void changeZone(String zone) {
        ZoneId checked = ServiceLevelRules.checkZone(zone);
        Institution institution = em.find(Institution.class, institution());
        history.changed(SETTING_ZONE, institution.getCode(), "zone", institution.getZone(), checked.getId());
        institution.moveTo(checked);
        changed("zone of " + institution.getCode() + " " + checked);
    }

    /** Each working day's intervals as the history keeps them: "08:30-12:30, 14:30-18:30". */
    private static Map<DayOfWeek, String> week(Map<DayOfWeek, List<WorkingInterval>> week) {
        Map<DayOfWeek, String> text = new java.util.EnumMap<>(DayOfWeek.class);
        week.forEach((day, intervals) -> text.put(day, intervals.stream().sorted().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "))));
        return text;
    }

    private void changed(String what) {
        cache.invalidateAfterCompletion();
        LOG.info(() -> "SIGTI service levels changed by " + context.getCallerPrincipal().getName() + ": " + what);
    }
}
