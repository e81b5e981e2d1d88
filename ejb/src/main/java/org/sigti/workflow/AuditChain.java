package org.sigti.workflow;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;


/**
 * The audit-trail check, for {@link AuditVerifier} (the secured entry point) and the kernel's tests: for each case, records numbered 1..n with no gap, each linked to the previous one's hash,
 * each hash matching its fields, and the case's count and head matching the last record. An altered record, a
 * deleted one (in the middle or at the end) or one inserted by hand is reported with its case and position.
 * Cases are read in pages of {@value #BATCH}, so the check runs in bounded memory at any size.
 */
@jakarta.enterprise.context.ApplicationScoped
@jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS)
public class AuditChain {

    static final int BATCH = 200;
    private static final int MAX_PROBLEMS = 500;

    @PersistenceContext
    EntityManager em;

    /** One broken link. */
    public record Problem(String caseNumber, int seq, String kind) implements Serializable {
    }

    /** The result of a check. */
    public record Report(long casesChecked, long recordsChecked, List<Problem> problems) implements Serializable {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    public Report verifyAll() {
        long cases = 0;
        long records = 0;
        List<Problem> problems = new ArrayList<>();
        long after = -1;
        while (true) {
            List<WorkCase> batch = em.createQuery("select c from WorkCase c where c.id > :after order by c.id",
                    WorkCase.class).setParameter("after", after).setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (WorkCase c : batch) {
                records += verify(c, problems);
                cases++;
                after = c.getId();
            }
            em.clear();
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        return new Report(cases, records, List.copyOf(problems));
    }

    public Report verifyCase(long caseId) {
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null) {
            return new Report(0, 0, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        long records = verify(c, problems);
        return new Report(1, records, problems);
    }

    private int verify(WorkCase c, List<Problem> problems) {
        List<CaseEvent> events = em.createQuery("select e from CaseEvent e where e.caseId = :c order by e.seq",
                CaseEvent.class).setParameter("c", c.getId()).getResultList();
        String prev = CaseEvent.GENESIS;
        int expected = 1;
        for (CaseEvent e : events) {
            if (e.getSeq() != expected) {
                problems.add(new Problem(c.getNumber(), expected, "MISSING"));
                expected = e.getSeq();
            }
            if (!e.getPrevHash().equals(prev)) {
                problems.add(new Problem(c.getNumber(), e.getSeq(), "BROKEN_LINK"));
            }
            if (!e.computeHash().equals(e.getHash())) {
                problems.add(new Problem(c.getNumber(), e.getSeq(), "ALTERED"));
            }
            prev = e.getHash();
            expected++;
        }
        if (events.size() != c.getAuditCount() || !prev.equals(c.getAuditHead())) {
            problems.add(new Problem(c.getNumber(), c.getAuditCount(), "TRUNCATED"));
        }
        return events.size();
    }
}
