package org.sigti.procedure.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;
import org.sigti.statistics.StatDue;
import org.sigti.statistics.StatEntity;
import org.sigti.statistics.StatTemplate;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Callers;
import org.sigti.workflow.WorkCase;

/**
 * The Cronograma de envío of a yearbook case (S04.05.00.01 steps 9–17) as the case page shows it: each line's entity,
 * table, due date, whether the SG approved it, and who sent what (the accepted version, the uploads). The
 * institution's staff who take part in the procedure read it; a case of another institution reads as empty. Reads
 * only.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUTORIDAD, Roles.AUDITOR})
public class YearbookSchedule {

    /** The most lines the panel shows (a schedule has tens of tables). */
    public static final int MAX_ROWS = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** A line of the schedule and where its uploads stand. */
    public record Line(long dueId, String entity, String table, String tableName, LocalDate dueOn, boolean official,
            Integer acceptedVersion, String lastOutcome, int attempts) implements Serializable {
    }

    /** The lines of the case's schedule, by due date; empty for a case of another institution or without one. */
    public List<Line> lines(long caseId) {
        Actor actor = Callers.actor(context, em);
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null || !actor.of(c.getInstitutionCode()) || !S04050001.CODE.equals(c.getProcedureCode())) {
            return List.of();
        }
        return em.createQuery("select d, e, t from StatDue d, StatEntity e, StatTemplate t where e.id = d.entityId"
                + " and t.id = d.templateId and d.scheduleCaseId = :c order by d.dueOn, e.code, t.code",
                Object[].class).setParameter("c", caseId).setMaxResults(MAX_ROWS).getResultStream().map(o -> {
                    StatDue d = (StatDue) o[0];
                    StatEntity e = (StatEntity) o[1];
                    StatTemplate t = (StatTemplate) o[2];
                    return new Line(d.getId(), e.getName(), t.getCode(), t.getName(), d.getDueOn(), d.getApprovedAt() != null,
                            d.getAcceptedVersion(), d.getLastOutcome(), d.getAttempts());
                }).toList();
    }
}
