package org.sigti.maintenance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.maintenance.ContractorVisitors.Visitor;
import org.sigti.maintenance.DataCenterReview.Verdict;
import org.sigti.security.SecurityEventKind;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * Writes the bitácora of S04.03.01.03 (Formato N°1) inside the transaction of the case's move: the authorization
 * opens the lines (one per person), the entry, the supervision and the exit complete them; DIPEC's answers to a
 * contractor's file are kept. Refusals are {@link WorkflowException}s (the move rolls back whole): no entry without
 * the authorization, no exit before the entry, nobody inside twice at once, a DNI of 8 digits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DataCenterVisits {

    @PersistenceContext
    EntityManager em;

    @EJB
    SecurityEvents securityEvents;

    Clock clock = Clock.systemUTC();

    /**
     * The Jefe authorizes the visit the SG announced; the case's requester is the host. Four eyes: the host never
     * authorizes their own visitor; the refusal is recorded as a security event (its own transaction).
     */
    public DataCenterVisit authorize(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String host = c.getRequesterUsername();
        String actor = t.actor().username();
        if (actor.equalsIgnoreCase(host)) {
            securityEvents.refused(SecurityEventKind.ACCESS_DENIED, actor, t.actor().roles(), t.actor().unitCode(),
                    "Workflow.act " + t.outcome() + " (four eyes)", "case", String.valueOf(t.caseId()),
                    t.caseNumber() + " step " + t.fromStep() + ": the host authorizes their own visit");
            throw new WorkflowException("datacenter.fourEyes.host", t.caseNumber());
        }
        DataCenterVisit v = DataCenterVisit.authorized(t.caseId(), host, c.getTitle(), actor, clock.instant());
        em.persist(v);
        em.flush();
        return v;
    }

    /**
     * Opens one line per person of a contractor's ticket, authorized by DIPEC's visto bueno (step 13) or by the
     * U.O.'s arrangement (step 6), recorded by the OGTIE staff member who received it.
     */
    public List<DataCenterVisit> authorizeContractors(Transition t, DataCenterVisit.Branch branch, String company,
            List<Visitor> visitors) {
        if (company == null || company.isBlank() || visitors.isEmpty()) {
            throw new WorkflowException("datacenter.ticket.missing", t.caseNumber());
        }
        if (!lines(t.caseId()).isEmpty()) {
            throw new WorkflowException("datacenter.authorized.again", t.caseNumber());
        }
        WorkCase c = em.find(WorkCase.class, t.caseId());
        Instant now = clock.instant();
        List<DataCenterVisit> opened = visitors.stream().map(p -> DataCenterVisit.authorizedContractor(t.caseId(),
                branch, c.getRequesterUsername(), c.getTitle(), company, p.name(), p.dni(), t.actor().username(),
                now)).toList();
        opened.forEach(em::persist);
        em.flush();
        return opened;
    }

    /** Signs the SG's visitor in: refused without the authorization, twice, with a bad DNI, or while inside. */
    public void enter(long caseId, String visitor, String document, String escort) {
        List<DataCenterVisit> lines = locked(caseId, "datacenter.entry.unauthorized");
        if (blank(visitor) || blank(document) || blank(escort)) {
            throw new WorkflowException("datacenter.entry.incomplete", String.valueOf(caseId));
        }
        String dni = document.strip();
        if (!DataCenterVisit.isDni(dni)) {
            throw new WorkflowException("datacenter.dni.invalid", dni);
        }
        DataCenterVisit v = lines.get(0);
        if (v.getEnteredAt() != null) {
            throw new WorkflowException("datacenter.entry.again", String.valueOf(caseId));
        }
        notInside(dni, visitor.strip());
        v.enter(visitor, dni, escort, now(v.getAuthorizedAt()));
        em.flush();
    }

    /** Signs every person of a contractor's visit in, with their escort (step 14). */
    public void enterAll(long caseId, String escort) {
        List<DataCenterVisit> lines = locked(caseId, "datacenter.entry.unauthorized");
        if (blank(escort)) {
            throw new WorkflowException("datacenter.entry.incomplete", String.valueOf(caseId));
        }
        for (DataCenterVisit v : lines) {
            if (v.getEnteredAt() != null) {
                throw new WorkflowException("datacenter.entry.again", String.valueOf(caseId));
            }
            notInside(v.getIdDocument(), v.getVisitorName());
            v.enter(escort, now(v.getAuthorizedAt()));
        }
        em.flush();
    }

    /** Records who supervised the work (step 15) on every line of the visit, which must be inside. */
    public void supervise(long caseId, String supervisedBy) {
        for (DataCenterVisit v : locked(caseId, "datacenter.exit.notEntered")) {
            if (v.getInsideDocument() == null) {
                throw new WorkflowException("datacenter.exit.notEntered", String.valueOf(caseId));
            }
            v.supervise(supervisedBy);
        }
        em.flush();
    }

    /** Signs the visit out, every person of it: refused before the entry, or twice. */
    public void exit(long caseId) {
        List<DataCenterVisit> lines = locked(caseId, "datacenter.exit.notEntered");
        for (DataCenterVisit v : lines) {
            if (v.getEnteredAt() == null) {
                throw new WorkflowException("datacenter.exit.notEntered", String.valueOf(caseId));
            }
            if (v.getExitedAt() != null) {
                throw new WorkflowException("datacenter.exit.again", String.valueOf(caseId));
            }
            v.exit(now(v.getEnteredAt()));
        }
        em.flush();
    }

    /** Keeps DIPEC's answer to the contractor's file (step 10); an observation must say what is wrong. */
    public DataCenterReview review(Transition t, Verdict verdict, String observations) {
        if (verdict == Verdict.OBSERVED && blank(observations)) {
            throw new WorkflowException("datacenter.review.observations", t.caseNumber());
        }
        DataCenterReview r = new DataCenterReview(t.caseId(), verdict, observations, t.actor().username(),
                clock.instant());
        em.persist(r);
        return r;
    }

    /** A value recorded on the case by an earlier step (the ticket's company and visitors), or null. */
    public String recorded(long caseId, String field) {
        return em.createQuery("select f.value from CaseField f where f.caseId = :c and f.name = :n", String.class)
                .setParameter("c", caseId).setParameter("n", field).getResultStream().findFirst().orElse(null);
    }

    private void notInside(String dni, String name) {
        em.createNamedQuery("DataCenterVisit.findInside", DataCenterVisit.class).setParameter("document", dni)
                .getResultStream().findFirst().ifPresent(inside -> {
                    String number = em.find(WorkCase.class, inside.getCaseId()).getNumber();
                    throw new WorkflowException("datacenter.entry.inside", dni, name, number);
                });
    }

    private List<DataCenterVisit> lines(long caseId) {
        return em.createNamedQuery("DataCenterVisit.findByCase", DataCenterVisit.class).setParameter("caseId", caseId)
                .getResultList();
    }

    private List<DataCenterVisit> locked(long caseId, String missingKey) {
        List<DataCenterVisit> lines = lines(caseId);
        if (lines.isEmpty()) {
            throw new WorkflowException(missingKey, String.valueOf(caseId));
        }
        lines.forEach(v -> em.lock(v, LockModeType.PESSIMISTIC_WRITE));
        return lines;
    }

    /** The clock, never before the previous mark (two moves within one clock tick keep their order). */
    private Instant now(Instant previous) {
        Instant now = clock.instant();
        return now.isBefore(previous) ? previous : now;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
