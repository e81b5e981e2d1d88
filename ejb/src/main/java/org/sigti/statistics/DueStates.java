package org.sigti.statistics;

import java.time.LocalDate;

import jakarta.persistence.TypedQuery;

import org.sigti.statistics.StatisticsRows.DueRow;
import org.sigti.statistics.StatisticsRows.DueState;

/** The state of a due, computed as the board's JPQL filters compute it, and the row the screens read. */
final class DueStates {

    /** The select of a due row: the due, its entity and its template. */
    static final String SELECT = "select d, e, t from StatDue d, StatEntity e, StatTemplate t"
            + " where e.id = d.entityId and t.id = d.templateId";

    private DueStates() {
    }

    static DueState of(StatDue d, LocalDate today) {
        if (d.getAcceptedVersion() != null) {
            return DueState.ACCEPTED;
        }
        if (d.getDueOn().isBefore(today)) {
            return DueState.LATE;
        }
        return StatSubmission.REJECTED.equals(d.getLastOutcome()) ? DueState.REJECTED : DueState.PENDING;
    }

    /** The JPQL condition (on {@code d}, with parameter {@code :today} when not null) of a state. */
    static String condition(DueState state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case ACCEPTED -> " and d.acceptedVersion is not null";
            case LATE -> " and d.acceptedVersion is null and d.dueOn < :today";
            case REJECTED -> " and d.acceptedVersion is null and d.dueOn >= :today and d.lastOutcome = 'REJECTED'";
            case PENDING -> " and d.acceptedVersion is null and d.dueOn >= :today and d.lastOutcome is null";
        };
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> query, DueState state, LocalDate today) {
        return state == null || state == DueState.ACCEPTED ? query : query.setParameter("today", today);
    }

    static DueRow row(Object[] o, LocalDate today) {
        StatDue d = (StatDue) o[0];
        StatEntity e = (StatEntity) o[1];
        StatTemplate t = (StatTemplate) o[2];
        return new DueRow(d.getId(), e.getCode(), e.getName(), t.getId(), t.getCode(), t.getName(), d.getPeriod(),
                d.getDueOn(), of(d, today), d.getAcceptedVersion(), d.getLastOutcome(), d.getAttempts(),
                d.getLastUploadAt());
    }
}
