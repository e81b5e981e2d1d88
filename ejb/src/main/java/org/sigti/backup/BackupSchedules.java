package org.sigti.backup;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sigti.inventory.ItSystem;
import org.sigti.people.UserProfile;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * The backup schedules of step 1 (SEPREM-DI-008.2/008.3) and of the Cronograma anual (S04.03.02.01, S04.03.03.01):
 * a Responsable defines, edits, disables and runs now the schedules of their unit, the Jefe those of any unit; a
 * Técnico sees those of their unit, the Auditor all. Each change makes the schedule's timer follow
 * ({@link BackupTimers#sync}) in the same transaction.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
public class BackupSchedules {

    /**
     * What a procedure declares ({@code openedBy(BackupSchedules.OPENER)}) when its cases are opened by a backup
     * schedule; the schedules offer exactly those procedures, and name none themselves.
     */
    public static final String OPENER = "backup-schedule";
    public static final int MAX_PAGE_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Procedures procedures;

    @EJB
    BackupTimers timers;

    @EJB
    BackupRuns runs;

    @EJB
    SecurityEvents securityEvents;

    @EJB
    org.sigti.people.InstitutionScope scope;

    @EJB
    org.sigti.security.SettingsHistory history;

    @Inject
    org.sigti.people.Institutions institutions;

    /**
     * The procedures a schedule of the caller may run: those of the caller's institution's manuals declared opened by
     * a backup schedule, by code (a schedule is its saver's institution's, and opens cases of its procedure's).
     */
    public List<String> procedures() {
        String institution = scope.caller();
        return procedures.all().stream().filter(def -> def.openedBy(OPENER))
                .filter(def -> institutions.codeOfCatalogName(def.institution()).filter(institution::equals).isPresent())
                .map(ProcedureDefinition::code).toList();
    }
    /** A page of the schedules the caller may see, by name. */
    public List<ScheduleRow> page(int first, int max) {
        TypedQuery<BackupSchedule> q = visible("select s from BackupSchedule s", " order by s.name, s.id",
                BackupSchedule.class);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, MAX_PAGE_SIZE)))
                .getResultList().stream().map(BackupSchedules::row).toList();
    }

    public long count() {
        return visible("select count(s) from BackupSchedule s", "", Long.class).getSingleResult();
    }

    /** One schedule the caller may see. */
    public ScheduleRow get(long id) {
        return row(readable(id));
    }

    /** The form's values of a schedule the caller may see. */
    public ScheduleDraft draft(long id) {
        BackupSchedule s = readable(id);
        CalendarExpression e = CalendarExpression.parse(s.getCalendarExpression());
        boolean custom = s.getFrequency() == BackupFrequency.CUSTOM;
        String time = custom ? null : String.format("%02d:%02d", Integer.parseInt(e.attribute(2)),
                Integer.parseInt(e.attribute(1)));
        Integer weekday = s.getFrequency() == BackupFrequency.WEEKLY ? weekday(e.attribute(5)) : null;
        Integer day = !custom && s.getFrequency() != BackupFrequency.DAILY && s.getFrequency() != BackupFrequency.WEEKLY
                ? Integer.valueOf(e.attribute(3)) : null;
        Integer month = s.getFrequency() == BackupFrequency.ANNUAL ? Integer.valueOf(e.attribute(4)) : null;
        return new ScheduleDraft(s.getId(), s.getVersion(), s.getName(), s.getTargetKind().name(), s.getTargetName(),
                s.getSystemId(), s.getProcedureCode(), s.getFrequency().name(), time, weekday, day, month,
                custom ? s.getCalendarExpression() : null, s.getUnitCode(), s.getResponsibleTecnico(),
                s.getLocations().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                s.getOverdueHours(), s.getPgTargetId());
    }

    /** Creates or updates a schedule and its timer; returns its id. Bad input: {@link BackupScheduleException}. */
    /** The kind of setting the history of settings files a schedule's changes under. */
    static final String SETTING = "BACKUP_SCHEDULE";

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public long save(ScheduleDraft d) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean jefe = context.isCallerInRole(Roles.JEFE);
        String unit = jefe && blank(d.unitCode()) == null ? callerUnit() : jefe ? d.unitCode().strip() : callerUnit();
        if (unit == null) {
            problems.put("unitCode", "backup.schedule.unit.required");
        }
        String name = required(problems, "name", d.name(), BackupSchedule.NAME_MAXLENGTH);
        String targetName = required(problems, "targetName", d.targetName(), BackupSchedule.TARGET_NAME_MAXLENGTH);
        BackupTargetKind target = enumValue(problems, "targetKind", BackupTargetKind.class, d.targetKind());
        BackupFrequency frequency = enumValue(problems, "frequency", BackupFrequency.class, d.frequency());
        if (d.procedureCode() == null || !procedures().contains(d.procedureCode())) {
            problems.put("procedureCode", "backup.schedule.procedure.invalid");
        }
        String institution = scope.caller();
        if (d.systemId() != null && !owns(institution, em.find(ItSystem.class, d.systemId()))) {
            problems.put("systemId", "backup.schedule.system.invalid");
        }
        String expression = frequency == null ? null : expression(problems, frequency, d);
        String tecnico = required(problems, "responsibleTecnico", d.responsibleTecnico(), 100);
        if (tecnico != null && unit != null && !eligibleTecnico(tecnico, unit)) {
            problems.put("responsibleTecnico", "backup.schedule.tecnico.notEligible");
        }
        Set<StorageLocation> locations = EnumSet.noneOf(StorageLocation.class);
        for (String l : d.locations()) {
            try {
                locations.add(StorageLocation.valueOf(l));
            } catch (IllegalArgumentException e) {
                problems.put("locations", "backup.schedule.locations.required");
            }
        }
        if (locations.isEmpty()) {
            problems.put("locations", "backup.schedule.locations.required");
        }
        if (d.pgTargetId() != null && !owns(institution, em.find(BackupTarget.class, d.pgTargetId()))) {
            problems.put("pgTargetId", "backup.schedule.pgTarget.invalid");
        } else if (d.pgTargetId() != null && target != null && target != BackupTargetKind.DATABASE) {
            problems.put("pgTargetId", "backup.schedule.pgTarget.notDatabase");
        }
        if (d.overdueHours() == null || d.overdueHours() <= 0 || d.overdueHours() > BackupSchedule.MAX_OVERDUE_HOURS) {
            problems.put("overdueHours", "backup.schedule.overdue.invalid");
        }
        if (!problems.isEmpty()) {
            throw new BackupScheduleException(problems);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ScheduleDraft before = d.id() == null ? null : draft(d.id());
        BackupSchedule s;
        if (d.id() == null) {
            s = new BackupSchedule(institution, unit, context.getCallerPrincipal().getName(), now);
        } else {
            s = manageable(d.id(), "save");
            if (s.getVersion() != d.expectedVersion()) {
                throw new BackupScheduleException(Map.of("", "backup.schedule.stale"));
            }
        }
        s.define(name, target, targetName, d.systemId(), d.procedureCode(), frequency, expression, zone().getId(),
                tecnico, locations, d.overdueHours(), now);
        s.copyWith(d.pgTargetId());
        if (d.id() == null) {
            em.persist(s);
        }
        em.flush();
        history.changed(SETTING, s.getName(), before, draft(s.getId()), "id", "expectedVersion");
        timers.sync(s.getId());
        return s.getId();
    }

    /** Stops a schedule: its timer is cancelled, its tasks stay. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public void disable(long id) {
        BackupSchedule s = manageable(id, "disable");
        history.changed(SETTING, s.getName(), "enabled", s.isEnabled(), false);
        s.disable(Instant.now().truncatedTo(ChronoUnit.MICROS));
        em.flush();
        timers.sync(id);
    }

    /** Starts a stopped schedule again: a new timer; the times planned while it was stopped are not caught up. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public void enable(long id) {
        BackupSchedule s = manageable(id, "enable");
        history.changed(SETTING, s.getName(), "enabled", s.isEnabled(), true);
        s.enable(Instant.now().truncatedTo(ChronoUnit.MICROS));
        em.flush();
        timers.sync(id);
    }

    /**
     * "Ejecutar ahora": a task planned for now (to the second) and its case. Returns the task's id; a second click in
     * the same second creates nothing and says so.
     */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public long runNow(long id) {
        BackupSchedule s = manageable(id, "runNow");
        if (!s.isEnabled()) {
            throw new BackupScheduleException(Map.of("", "backup.schedule.disabled"));
        }
        return runs.run(id, Instant.now().truncatedTo(ChronoUnit.SECONDS), false)
                .orElseThrow(() -> new BackupScheduleException(Map.of("", "backup.schedule.alreadyRunning")));
    }

    /** The runs of a schedule the caller may see, newest first. */
    public List<TaskRow> tasks(long scheduleId, int first, int max) {
        readable(scheduleId);
        List<BackupTask> tasks = em.createQuery("select t from BackupTask t where t.scheduleId = :s"
                + " order by t.plannedAt desc, t.id desc", BackupTask.class).setParameter("s", scheduleId)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, MAX_PAGE_SIZE)))
                .getResultList();
        return tasks.stream().map(t -> new TaskRow(t.getId(), t.getPlannedAt(), t.getStatus().name(), t.isCatchUp(),
                t.getCaseId(), t.getCaseId() == null ? null : em.createQuery("select c.number from WorkCase c"
                        + " where c.id = :id", String.class).setParameter("id", t.getCaseId()).getSingleResult(),
                t.getEscalatedAt(), t.getCompletedAt())).toList();
    }

    public long countTasks(long scheduleId) {
        readable(scheduleId);
        return em.createQuery("select count(t) from BackupTask t where t.scheduleId = :s", Long.class)
                .setParameter("s", scheduleId).getSingleResult();
    }

    /** The técnicos SIGTI knows in a unit (those who logged in at least once) whose user name starts so. */
    public List<String> technicians(String unitCode, String prefix) {
        String unit = context.isCallerInRole(Roles.JEFE) && blank(unitCode) != null ? unitCode : callerUnit();
        return em.createQuery("select p.username from UserProfile p join p.unit u where u.code = :u"
                + " and p.roles like :role and p.username like :prefix order by p.username", String.class)
                .setParameter("u", String.valueOf(unit)).setParameter("role", "%" + Roles.TECNICO + "%")
                .setParameter("prefix", (prefix == null ? "" : prefix.strip()) + "%").setMaxResults(20)
                .getResultList();
    }

    /** The active systems of the catalog a schedule may copy: code → name. */
    public Map<Long, String> systems() {
        Map<Long, String> systems = new LinkedHashMap<>();
        em.createQuery("select s from ItSystem s where s.institutionCode = :institution and s.active = true"
                + " order by s.code", ItSystem.class).setParameter("institution", scope.caller()).getResultList().forEach(s -> systems.put(s.getId(), s.getCode() + " — " + s.getName()));
        return systems;
    }

    /** The registered PostgreSQL targets a DATABASE schedule may copy with pg_dump, by name (at most 500). */
    public Map<Long, String> pgTargets() {
        Map<Long, String> targets = new LinkedHashMap<>();
        em.createQuery("select t.id, t.name from BackupTarget t where t.institutionCode = :institution"
                + " order by t.name", Object[].class).setParameter("institution", scope.caller()).setMaxResults(500)
                .getResultList().forEach(r -> targets.put((Long) r[0], (String) r[1]));
        return targets;
    }

    private boolean eligibleTecnico(String username, String unit) {
        List<UserProfile> profile = em.createNamedQuery("UserProfile.findByUsername", UserProfile.class)
                .setParameter("username", username).getResultList();
        if (profile.isEmpty()) {
            // not logged in yet: the firing leaves the case in the unit's queue until they are known
            return username.matches("[A-Za-z0-9._@-]{1,100}");
        }
        UserProfile p = profile.get(0);
        return p.getUnit() != null && unit.equals(p.getUnit().getCode())
                && p.getRoles().contains(Roles.TECNICO);
    }

    private String expression(Map<String, String> problems, BackupFrequency frequency, ScheduleDraft d) {
        if (frequency == BackupFrequency.CUSTOM) {
            try {
                return CalendarExpression.parse(d.customExpression()).text();
            } catch (CalendarExpression.Invalid e) {
                problems.put("customExpression", "backup.schedule.expression." + e.field());
                return null;
            }
        }
        LocalTime time;
        try {
            time = LocalTime.parse(String.valueOf(d.time()).strip());
        } catch (DateTimeParseException e) {
            problems.put("time", "backup.schedule.time.invalid");
            return null;
        }
        DayOfWeek weekday = null;
        int day = 1;
        Month month = null;
        try {
            if (frequency == BackupFrequency.WEEKLY) {
                weekday = DayOfWeek.of(Objects.requireNonNull(d.weekday()));
            }
            if (frequency != BackupFrequency.DAILY && frequency != BackupFrequency.WEEKLY) {
                day = Objects.requireNonNull(d.dayOfMonth());
                if (day < 1 || day > 28) {
                    throw new DateTimeException("day of month " + day);
                }
            }
            if (frequency == BackupFrequency.ANNUAL) {
                month = Month.of(Objects.requireNonNull(d.month()));
            }
        } catch (DateTimeException | NullPointerException e) {
            problems.put("day", "backup.schedule.day.invalid");
            return null;
        }
        return Cadence.expression(frequency, time.withSecond(0).withNano(0), weekday, day, month);
    }

    private static Integer weekday(String attribute) {
        int v = Integer.parseInt(attribute);
        return v == 0 ? 7 : v;
    }

    private <T> TypedQuery<T> visible(String select, String order, Class<T> type) {
        String where = " where s.institutionCode = :institution";
        if (context.isCallerInRole(Roles.JEFE) || context.isCallerInRole(Roles.AUDITOR)) {
            return em.createQuery(select + where + order, type).setParameter("institution", scope.caller());
        }
        return em.createQuery(select + where + " and s.unitCode = :u" + order, type)
                .setParameter("institution", scope.caller()).setParameter("u", String.valueOf(callerUnit()));
    }

    private static boolean owns(String institution, org.sigti.unit.InstitutionOwned record) {
        return record != null && record.getInstitutionCode().equals(institution);
    }

    private BackupSchedule readable(long id) {
        BackupSchedule s = scope.owned(em.find(BackupSchedule.class, id), "BackupSchedules.read", "backup_schedule",
                id);
        boolean all = context.isCallerInRole(Roles.JEFE) || context.isCallerInRole(Roles.AUDITOR);
        if (s == null || !all && !s.getUnitCode().equals(callerUnit())) {
            throw denied("read", id, s == null ? "no such schedule" : "schedule of another unit");
        }
        return s;
    }

    private BackupSchedule manageable(long id, String action) {
        BackupSchedule s = scope.owned(em.find(BackupSchedule.class, id), "BackupSchedules." + action,
                "backup_schedule", id);
        boolean jefe = context.isCallerInRole(Roles.JEFE);
        if (s == null || !jefe && !s.getUnitCode().equals(callerUnit())) {
            throw denied(action, id, s == null ? "no such schedule" : "schedule of another unit");
        }
        return s;
    }

    private AccessDeniedException denied(String action, long id, String detail) {
        securityEvents.accessDenied("BackupSchedules." + action, "backup_schedule", String.valueOf(id), null, detail);
        return new AccessDeniedException("may not " + action + " backup schedule " + id);
    }

    private String callerUnit() {
        return em.createNamedQuery("UserProfile.findUnitCode", String.class)
                .setParameter("username", context.getCallerPrincipal().getName()).getResultStream().findFirst()
                .orElse(null);
    }

    private static ScheduleRow row(BackupSchedule s) {
        ZoneId zone = ZoneId.of(s.getTimeZone());
        Instant next = s.isEnabled() ? CalendarExpression.parse(s.getCalendarExpression()).next(Instant.now(), zone)
                .orElse(null) : null;
        return new ScheduleRow(s.getId(), s.getName(), s.getTargetKind().name(), s.getTargetName(),
                s.getProcedureCode(), s.getFrequency().name(), s.getCalendarExpression(), s.getTimeZone(),
                s.getUnitCode(), s.getResponsibleTecnico(), s.getLocations().stream()
                        .map(BackupRecords::locationName).collect(java.util.stream.Collectors.joining(", ")),
                s.getOverdueHours(), s.isEnabled(), next, s.getVersion());
    }

    private static String required(Map<String, String> problems, String field, String value, int max) {
        String v = blank(value);
        if (v == null) {
            problems.put(field, "backup.schedule.required");
        } else if (v.length() > max) {
            problems.put(field, "backup.schedule.tooLong");
        }
        return v;
    }

    private static <E extends Enum<E>> E enumValue(Map<String, String> problems, String field, Class<E> type,
            String value) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            problems.put(field, "backup.schedule.required");
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ZoneId zone() {
        return BackupRecords.zone();
    }
}
