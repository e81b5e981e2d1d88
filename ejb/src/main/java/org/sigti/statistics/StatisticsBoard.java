package org.sigti.statistics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.statistics.StatisticsRows.DueRow;
import org.sigti.statistics.StatisticsRows.DueState;
import org.sigti.statistics.StatisticsRows.EntityRow;
import org.sigti.workflow.WorkflowException;

/**
 * The Cronograma de envío (S04.05.00.01 steps 9–12: what each entity owes, for which period, by when) and the
 * follow-up board of steps 14–16: who sent what, what is late, what was rejected, paged and filtered in the database.
 * The statistics team keeps the schedule; the team and the Auditor read the board.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
public class StatisticsBoard {

    /** The largest page a caller gets. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    SecurityEvents securityEvents;

    /** How many dues are in a state (null: all). */
    public long count(DueState state) {
        String institution = readerInstitution("StatisticsBoard.count");
        return DueStates.bind(em.createQuery("select count(d) from StatDue d, StatEntity e where e.id = d.entityId"
                + " and e.institutionCode = :i" + DueStates.condition(state), Long.class), state, today())
                .setParameter("i", institution).getSingleResult();
    }

    /** A page of the dues in a state (null: all), the earliest due first. */
    public List<DueRow> page(DueState state, int first, int size) {
        String institution = readerInstitution("StatisticsBoard.page");
        LocalDate today = today();
        return DueStates.bind(em.createQuery(DueStates.SELECT + " and e.institutionCode = :i"
                + DueStates.condition(state) + " order by d.dueOn, e.code, t.code, d.period, d.id", Object[].class),
                state, today).setParameter("i", institution).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE))).getResultStream()
                .map(o -> DueStates.row(o, today)).toList();
    }

    /** The Sector's entities and their representatives, by code (a few dozen at most: capped). */
    public List<EntityRow> entities() {
        String institution = readerInstitution("StatisticsBoard.entities");
        return em.createQuery("select e from StatEntity e where e.institutionCode = :i order by e.code",
                StatEntity.class).setParameter("i", institution).setMaxResults(MAX_PAGE).getResultStream()
                .map(e -> new EntityRow(e.getId(), e.getCode(), e.getName(), e.getTitularUser(), e.getAlternoUser()))
                .toList();
    }

    /**
     * Adds a line to the schedule: the entity owes the template's table for the period by {@code dueOn}. Answers its
     * id; refused with a message per field when a value is missing or the line exists.
     */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
    public long schedule(Long entityId, Long templateId, String period, LocalDate dueOn) {
        StatisticsAccess access = access();
        String institution = access.actor().institutionCode();
        access.requireTeam(institution, "StatisticsBoard.schedule", "StatDue", null);
        Map<String, String> problems = new LinkedHashMap<>();
        StatEntity entity = entityId == null ? null : em.find(StatEntity.class, entityId);
        if (entity == null || !entity.getInstitutionCode().equals(institution)) {
            problems.put("entity", "statistics.input.required");
        }
        StatTemplate template = templateId == null ? null : em.find(StatTemplate.class, templateId);
        if (template == null || !template.getInstitutionCode().equals(institution)) {
            problems.put("template", "statistics.input.required");
        }
        String p = period == null ? "" : period.strip();
        if (!p.matches("[0-9A-Za-z-]{4,20}")) {
            problems.put("period", "statistics.input.period");
        }
        if (dueOn == null) {
            problems.put("dueOn", "statistics.input.required");
        }
        if (problems.isEmpty() && !em.createQuery("select d.id from StatDue d where d.entityId = :e"
                + " and d.templateId = :t and d.period = :p", Long.class).setParameter("e", entityId)
                .setParameter("t", templateId).setParameter("p", p).getResultList().isEmpty()) {
            problems.put("period", "statistics.input.duplicate");
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("workflow.input.invalid", problems);
        }
        StatDue due = new StatDue(entityId, templateId, p, dueOn, access.username());
        em.persist(due);
        em.flush();
        return due.getId();
    }

    /** Whether the caller keeps the schedule (the screens offer the form only then). */
    public boolean mayEdit() {
        StatisticsAccess access = access();
        return access.team(access.actor().institutionCode());
    }

    /**
     * Whether the caller reads the board and their institution keeps statistics (it has templates): the menu offers
     * the board only then, not to the staff of an institution without a statistics office.
     */
    public boolean mayRead() {
        StatisticsAccess access = access();
        String institution = access.actor().institutionCode();
        return access.reader(institution) && !em.createQuery("select t.id from StatTemplate t"
                + " where t.institutionCode = :i", Long.class).setParameter("i", institution).setMaxResults(1)
                .getResultList().isEmpty();
    }

    private String readerInstitution(String action) {
        StatisticsAccess access = access();
        String institution = access.actor().institutionCode();
        if (!access.reader(institution)) {
            access.deny(action, "StatDue", null, "not the statistics team or the Auditor");
        }
        return institution;
    }

    private StatisticsAccess access() {
        return new StatisticsAccess(context, em, securityEvents);
    }

    private static LocalDate today() {
        return LocalDate.now(StatisticsIntake.ZONE);
    }
}
