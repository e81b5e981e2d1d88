package org.sigti.procedure.incidents;

import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.CaseRef;
import org.sigti.workflow.Callers;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.WorkCase;

/**
 * S04.04.00.03's OGTIE branch opened by a person: a Técnico or the coordinator of the cybersecurity team records an
 * incident their own monitoring detected ("Inicio: notificado por la OGTIE → actividad 3"), from the bitácora's
 * screen. The case waits at activity 3, assigned to whoever recorded it. Anyone else is refused and recorded.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
public class OgtieDetections {

    private static final String CYBER = "CIBER";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    CaseEngine engine;

    @Inject
    Procedures procedures;

    @EJB
    SecurityEvents securityEvents;

    /** Whether the caller may record a detection: a Técnico or Responsable of MINDEF's cybersecurity team. */
    public boolean mayRecord() {
        return may(Callers.actor(context, em));
    }

    /** Opens the case at activity 3 with the detection's title and description; answers it. */
    @RolesAllowed({Roles.RESPONSABLE, Roles.TECNICO})
    public CaseRef record(String title, String description) {
        Actor actor = Callers.actor(context, em);
        if (!may(actor)) {
            securityEvents.accessDenied("OgtieDetections.record", "procedure", S04040003.CODE, null,
                    "not of the cybersecurity team of the procedure's institution");
            throw new AccessDeniedException("detections are recorded by the cybersecurity team");
        }
        // SIGTI opens it (the OGTIE's branch has no requester); activity 3 waits for whoever recorded it
        WorkCase c = engine.startBySystem(S04040003.CODE, S04040003.OGTIE_BRANCH, title, description, null,
                actor.username(), Map.of());
        return new CaseRef(c.getId(), c.getNumber());
    }

    private boolean may(Actor actor) {
        String institution = engine.institutionOf(procedures.definition(S04040003.CODE));
        return actor.of(institution) && (actor.has(Roles.TECNICO) || actor.has(Roles.RESPONSABLE))
                && actor.unitCode() != null && actor.unitCode().equals(engine.unitOf(institution, CYBER));
    }
}
