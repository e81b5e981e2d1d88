package org.sigti.procedure.pgd;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.pgd.FollowUps;
import org.sigti.pgd.PgdPlan;
import org.sigti.security.Roles;
import org.sigti.unit.Institution;
import org.sigti.workflow.CaseEngine;

/**
 * The entry point through which the clock opens S04.01.00.02 (the PGD "actualizado y evaluado anualmente"): the case
 * of a year for the plan in force that year (approved by its Resolución Ministerial and covering the year). Exactly
 * once a year per plan: {@link #open} opens nothing when no plan is in force or the plan has that year's follow-up
 * (opened by an earlier tick or filed by the Jefe(a) by hand). Called by {@link FollowUpTimer} (as the Jefe) and by
 * the tests.
 */
@Stateless
@RolesAllowed(Roles.JEFE)
public class FollowUpCases {

    /** The institution whose manual has S04.01.00.02. */
    static final String INSTITUTION = "MINDEF";

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseEngine engine;

    @Inject
    FollowUps followUps;

    /** Opens this year's follow-up (in the institution's time zone), unless there is nothing to open. */
    public Optional<Long> openDue() {
        return open(LocalDate.now(em.find(Institution.class, INSTITUTION).getZone()).getYear());
    }

    /** Opens the follow-up of {@code year} for the plan in force, unless it has one; answers the new case's id. */
    public Optional<Long> open(int year) {
        Optional<PgdPlan> plan = followUps.inForce(INSTITUTION, year);
        if (plan.isEmpty() || followUps.of(plan.get(), year).isPresent()) {
            return Optional.empty();
        }
        String period = plan.get().periodText();
        return Optional.of(engine.startBySystem(S04010002.CODE, "Seguimiento " + year + " del Plan de Gobierno"
                + " Digital " + period, "Seguimiento anual de la implementación del Plan de Gobierno Digital " + period
                + " (" + plan.get().getRmNumber() + "), año " + year + ".", "SIGTI", null,
                Map.of(S04010002.YEAR.name(), String.valueOf(year))).getId());
    }
}
