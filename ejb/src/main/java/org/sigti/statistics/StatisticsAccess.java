package org.sigti.statistics;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Callers;

/**
 * Who may do what with the Sector's statistics. The statistics team of the institution (its Jefe, and the
 * Responsable and Técnicos of the ESTAD unit: S04.05.00.01's Responsable de la coordinación del equipo de estadística
 * and Especialista estadístico) defines templates, keeps the schedule and follows it; the Auditor of the institution
 * reads; an entity's representative (titular or alterno, role {@link Roles#REPRESENTANTE}) reads and sends its own
 * entity's tables only. Every refusal is recorded before it is thrown.
 */
final class StatisticsAccess {

    /** The unit of the statistics team (MINDEF's OGTIE, Equipo de estadística). */
    static final String TEAM_UNIT = "ESTAD";

    private final SessionContext context;
    private final EntityManager em;
    private final SecurityEvents events;
    private Actor actor;

    StatisticsAccess(SessionContext context, EntityManager em, SecurityEvents events) {
        this.context = context;
        this.em = em;
        this.events = events;
    }

    /** The caller, read once per service call (this object lives as long as one). */
    Actor actor() {
        if (actor == null) {
            actor = Callers.actor(context, em);
        }
        return actor;
    }

    String username() {
        return context.getCallerPrincipal().getName();
    }

    boolean representative() {
        return context.isCallerInRole(Roles.REPRESENTANTE);
    }

    /** Whether the caller is the statistics team of an institution (who edits). */
    boolean team(String institution) {
        Actor a = actor();
        return a.of(institution) && (a.has(Roles.JEFE)
                || (a.has(Roles.RESPONSABLE) || a.has(Roles.TECNICO)) && TEAM_UNIT.equals(a.unitCode()));
    }

    /** Whether the caller reads an institution's statistics as its team or its Auditor. */
    boolean reader(String institution) {
        return team(institution) || actor().of(institution) && actor().has(Roles.AUDITOR);
    }

    /** Refuses unless the caller is the institution's statistics team. */
    void requireTeam(String institution, String action, String type, Object id) {
        if (!team(institution)) {
            deny(action, type, id, "not the statistics team of " + institution);
        }
    }

    /** Refuses unless the caller reads the entity's data: its representative, or the team or Auditor. */
    void requireReader(StatEntity entity, String action, String type, Object id) {
        if (!(representative() && entity.representedBy(username())) && !reader(entity.getInstitutionCode())) {
            deny(action, type, id, "neither a representative of " + entity.getCode() + " nor its statistics team");
        }
    }

    void deny(String action, String type, Object id, String detail) {
        events.accessDenied(action, type, id == null ? null : String.valueOf(id), null, detail);
        throw new AccessDeniedException(action + (id == null ? "" : " on " + type + " " + id) + ": " + detail);
    }
}
