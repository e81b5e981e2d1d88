package org.sigti.maintenance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.document.DocumentNumbers;
import org.sigti.document.DocumentSeries;
import org.sigti.inventory.ItSystem;
import org.sigti.unit.Institution;
import org.sigti.unit.OrgUnit;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * Writes the register DGP/ESIN-R-6 "Mantenimiento de Sistemas" for the procedures that keep it (DPG/ESIN-PRO-5 and
 * its preventive sub-procedure): a row when a request's feasibility is known, numbered in the institution's own
 * series (R6-2026-000001, consecutive per year), and its conclusion. Runs inside the move of the case, so a refused
 * move leaves the register as it was.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MaintenanceRecords {

    /** The register's numbers: R6-2026-000001. */
    static final DocumentSeries SERIES = new DocumentSeries("MAINT_REGISTER", "R6");
    /** The requesting area of a preventive maintenance: the semester's plan. */
    static final String PLAN = "Plan semestral de mantenimiento preventivo (ESIN)";

    @PersistenceContext
    EntityManager em;

    @EJB
    DocumentNumbers numbers;

    Clock clock = Clock.systemUTC();

    /** The register's row of a case, if its feasibility was recorded. */
    public Optional<MaintenanceRecord> ofCase(long caseId) {
        return em.createQuery("select r from MaintenanceRecord r where r.caseId = :c", MaintenanceRecord.class)
                .setParameter("c", caseId).getResultStream().findFirst();
    }

    /**
     * The feasibility of a case's request is known: its row is written (numbered) the first time, and says what
     * the analysis says now when the analysis is done again.
     *
     * @param systemCode the system of the case's institution's catalog
     * @throws WorkflowException {@code changes.system.unknown} when the catalog has no such active system
     */
    public MaintenanceRecord assess(long caseId, String systemCode, SystemMaintenanceType type, boolean feasible) {
        WorkCase c = em.find(WorkCase.class, caseId);
        ItSystem system = system(c.getInstitutionCode(), systemCode);
        Optional<MaintenanceRecord> existing = ofCase(caseId);
        if (existing.isPresent()) {
            existing.get().reassess(system.getId(), type, feasible);
            return existing.get();
        }
        MaintenanceRecord row = new MaintenanceRecord(c.getInstitutionCode(), next(c), c.getId(), c.getNumber(),
                c.getOpenedAt(), system.getId(), requesterUnit(c), type, feasible);
        em.persist(row);
        em.flush();
        return row;
    }

    /**
     * A preventive maintenance of the semester's plan was verified: its row, of type PREVENTIVE, written and concluded
     * at once (the plan is its request; no feasibility analysis precedes it). A second verification changes nothing.
     */
    public void preventive(long caseId, String systemCode, String observations) {
        if (ofCase(caseId).isPresent()) {
            return;
        }
        WorkCase c = em.find(WorkCase.class, caseId);
        // the plan's system, even if it was deactivated since the semester opened its case
        long systemId = em.createQuery("select s.id from ItSystem s where s.institutionCode = :i and s.code = :code",
                Long.class).setParameter("i", c.getInstitutionCode()).setParameter("code", systemCode)
                .getResultStream().findFirst().orElseThrow(() -> new WorkflowException("changes.system.unknown",
                        String.valueOf(systemCode)));
        MaintenanceRecord row = new MaintenanceRecord(c.getInstitutionCode(), next(c), c.getId(), c.getNumber(),
                c.getOpenedAt(), systemId, PLAN, SystemMaintenanceType.PREVENTIVE, true);
        em.persist(row);
        row.conclude(clock.instant(), true, observations);
        em.flush();
    }

    /**
     * The request ends: in production (the go-live), or not viable (the justification sent), now, with the
     * register's observations.
     *
     * @throws IllegalStateException when the case has no row: its feasibility step writes it first
     */
    public void conclude(long caseId, boolean inProduction, String observations) {
        MaintenanceRecord row = ofCase(caseId).orElseThrow(() -> new IllegalStateException(
                "Case " + caseId + " has no DGP/ESIN-R-6 row"));
        row.conclude(clock.instant(), inProduction, observations);
    }

    /** The register's next number in the case's institution, for the current year in its zone. */
    private String next(WorkCase c) {
        Institution institution = em.find(Institution.class, c.getInstitutionCode());
        int year = LocalDate.ofInstant(clock.instant(), institution.getZone()).getYear();
        return numbers.next(c.getInstitutionCode(), SERIES, year);
    }

    private ItSystem system(String institution, String code) {
        String typed = code == null ? "" : code.strip();
        return em.createQuery("select s from ItSystem s where s.institutionCode = :i and upper(s.code) = :code"
                + " and s.active = true", ItSystem.class).setParameter("i", institution)
                .setParameter("code", typed.toUpperCase(java.util.Locale.ROOT)).getResultStream().findFirst()
                .orElseThrow(() -> new WorkflowException("changes.system.unknown", typed));
    }

    /** The requesting area or unit: its name in SIGTI, else its code, else the requester (a person outside units). */
    private String requesterUnit(WorkCase c) {
        if (c.getRequesterUnitCode() == null) {
            return c.getRequesterName();
        }
        return em.createNamedQuery("OrgUnit.findByCode", OrgUnit.class)
                .setParameter("institution", c.getInstitutionCode()).setParameter("code", c.getRequesterUnitCode())
                .getResultStream().findFirst().map(OrgUnit::getName).orElse(c.getRequesterUnitCode());
    }
}
