package org.sigti.dashboard;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.sigti.security.Roles;
import org.sigti.workflow.CaseRecorded;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkItemOpened;

/**
 * The units that worked on each case, with the case's figures (table {@code case_unit}, V74), which the per-unit
 * figures and the unit filter read alone: "a request's units are the units whose staff had it in their inbox". When
 * the kernel opens an inbox item of a case in a unit for its staff, the (case, unit) row is added unless the case has
 * it already; a case moved to another unit gains a second row and keeps the first. The requester's own items (an
 * observation, an acceptance) and SIGTI's waits (no unit) add none. Each time the kernel records a change of the case
 * on its trail, its rows get the case's procedure, priority, status, breaches and planned resolution again. Both in
 * the move's transaction; moves on one case are serialized by the kernel's lock on the case row, so the check and the
 * insert do not race.
 */
@ApplicationScoped
public class CaseUnits {

    /** Whether the case has its row of the unit: ?1 case, ?2 unit. */
    static final String HAS = "select count(*) from case_unit where case_id = ?1 and unit_code = ?2";
    /** The case's figures in its rows: ?1 case, ?2 procedure, ?3 priority ('' for none), ?4 status, ?5..?7 flags. */
    static final String FIGURES = "update case_unit set procedure_code = ?2, priority = nullif(?3, ''), status = ?4,"
            + " response_breached = ?5, resolution_breached = ?6, resolution_planned = ?7 where case_id = ?1";
    /** A new row: the case and its figures as in {@link #FIGURES}, then ?8 unit, ?9 institution, ?10 opening hour. */
    static final String ADD = "insert into case_unit (case_id, procedure_code, priority, status, response_breached,"
            + " resolution_breached, resolution_planned, unit_code, institution_code, opened_hour) values (?1, ?2,"
            + " nullif(?3, ''), ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

    @PersistenceContext
    EntityManager em;

    void opened(@Observes WorkItemOpened item) {
        if (item.unitCode() == null || Roles.SOLICITANTE.equals(item.roleName())) {
            return;
        }
        WorkCase c = item.workCase();
        Number has = (Number) em.createNativeQuery(HAS).setParameter(1, c.getId()).setParameter(2, item.unitCode())
                .getSingleResult();
        if (has.longValue() == 0) {
            figures(em.createNativeQuery(ADD), c).setParameter(8, item.unitCode())
                    .setParameter(9, c.getInstitutionCode()).setParameter(10, openingHour(c)).executeUpdate();
        }
    }

    void recorded(@Observes CaseRecorded recorded) {
        figures(em.createNativeQuery(FIGURES), recorded.workCase()).executeUpdate();
    }

    /**
     * The hour the case was opened in, the instant cut to the hour: what the rows keep (V74), so that a period's rows
     * are few index keys; a period's bounds are midnights of a whole-hour time zone, so it selects the same cases.
     */
    static Instant openingHour(WorkCase c) {
        return c.getOpenedAt().truncatedTo(ChronoUnit.HOURS);
    }

    /** Binds the case (?1) and its figures (?2 to ?7). */
    private static Query figures(Query q, WorkCase c) {
        return q.setParameter(1, c.getId()).setParameter(2, c.getProcedureCode())
                .setParameter(3, Objects.requireNonNullElse(c.getPriority(), "")).setParameter(4, c.getStatus().name())
                .setParameter(5, c.isResponseBreached()).setParameter(6, c.isResolutionBreached())
                .setParameter(7, c.getResolutionDue() != null);
    }
}
