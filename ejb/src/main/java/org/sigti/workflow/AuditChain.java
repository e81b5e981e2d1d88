package org.sigti.workflow;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;


/**
 * The audit-trail check, for {@link AuditVerifier} (the secured entry point) and the kernel's tests:
 * <ul>
 * <li>for each case, records numbered 1..n with no gap, each linked to the previous one's seal, each seal matching its
 * fields under the audit key ({@link AuditKey}), and the case's count and head matching the last record;</li>
 * <li>for each institution's ledger ({@link TrailLedgers}), entries numbered 1..n with no gap up to the ledger's
 * counter, each entry's seal matching, and each entry's record still there with the seal it had: a case deleted with
 * its whole trail shows here;</li>
 * <li>no record without its ledger entry (a record inserted outside SIGTI);</li>
 * <li>each ledger still holds what its latest anchor outside the database ({@link AuditAnchors}) says it held.</li>
 * </ul>
 * A problem names its case (or, for a ledger, its institution) and position. Cases and entries are read in pages of
 * {@value #BATCH}, so the check runs in bounded memory at any size.
 */
@jakarta.enterprise.context.ApplicationScoped
@jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS)
public class AuditChain {

    static final int BATCH = 200;
    private static final int MAX_PROBLEMS = 500;

    @PersistenceContext
    EntityManager em;

    @jakarta.ejb.EJB
    AuditAnchors anchors;

    /** One broken link: in a case's chain (its number, the record's position) or a ledger (institution, entry). */
    public record Problem(String caseNumber, long seq, String kind) implements Serializable {
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
        if (problems.size() < MAX_PROBLEMS) {
            verifyLedgers(problems);
        }
        return new Report(cases, records, List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))));
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
        TrailSeal seal = AuditKey.installed();
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
            if (!e.computeHash(seal).equals(e.getHash())) {
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

    private void verifyLedgers(List<Problem> problems) {
        TrailSeal seal = AuditKey.installed();
        @SuppressWarnings("unchecked")
        List<Object[]> ledgers = em.createNativeQuery("select ledger, institution_code, last_seq from trail_ledger"
                + " order by ledger, institution_code").getResultList();
        AuditAnchors.Read anchored = anchors.read();
        anchored.forgedLines().forEach(line -> problems.add(new Problem("—", line, "ANCHOR_FORGED")));
        for (Object[] ledger : ledgers) {
            String name = (String) ledger[0];
            String institution = (String) ledger[1];
            long last = ((Number) ledger[2]).longValue();
            if (!TrailLedgers.CASE_EVENT.equals(name)) {
                continue; // the other trail tables join their ledgers later (issue 18)
            }
            verifyLedger(name, institution, last, seal, problems);
            AuditAnchors.Anchor anchor = anchored.latest().get(AuditAnchors.key(name, institution));
            if (anchor != null && !anchorHolds(anchor, last)) {
                problems.add(new Problem(institution, anchor.seq(), "ANCHOR_MISMATCH"));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> unledgered = em.createNativeQuery("select c.number, e.seq from case_event e"
                + " join work_case c on c.id = e.case_id where not exists (select 1 from trail_entry t"
                + " where t.ledger = ?1 and t.record_id = e.id) order by e.id")
                .setParameter(1, TrailLedgers.CASE_EVENT).setMaxResults(MAX_PROBLEMS).getResultList();
        unledgered.forEach(r -> problems.add(new Problem((String) r[0], ((Number) r[1]).longValue(), "UNLEDGERED")));
    }

    private void verifyLedger(String ledger, String institution, long last, TrailSeal seal, List<Problem> problems) {
        long expected = 1;
        while (problems.size() < MAX_PROBLEMS) {
            @SuppressWarnings("unchecked")
            List<Object[]> entries = em.createNativeQuery("select t.seq, t.record_id, t.record_hash, t.mac, e.hash"
                    + " from trail_entry t left join case_event e on e.id = t.record_id"
                    + " where t.ledger = ?1 and t.institution_code = ?2 and t.seq >= ?3 order by t.seq")
                    .setParameter(1, ledger).setParameter(2, institution).setParameter(3, expected)
                    .setMaxResults(BATCH * 5).getResultList();
            if (entries.isEmpty()) {
                break;
            }
            for (Object[] entry : entries) {
                long seq = ((Number) entry[0]).longValue();
                long recordId = ((Number) entry[1]).longValue();
                String recordHash = (String) entry[2];
                if (seq != expected) {
                    problems.add(new Problem(institution, expected, "LEDGER_GAP"));
                }
                if (!seal.mac(TrailLedgers.canonical(ledger, institution, seq, recordId, recordHash))
                        .equals(entry[3])) {
                    problems.add(new Problem(institution, seq, "LEDGER_ALTERED"));
                }
                if (entry[4] == null) {
                    problems.add(new Problem(institution, seq, "RECORD_DELETED"));
                } else if (!recordHash.equals(entry[4])) {
                    problems.add(new Problem(institution, seq, "LEDGER_MISMATCH"));
                }
                expected = seq + 1;
            }
            em.clear();
        }
        if (expected - 1 != last) {
            problems.add(new Problem(institution, last, "LEDGER_TRUNCATED"));
        }
    }

    /** Whether the ledger still reaches the anchored entry, sealed as the anchor says. */
    private boolean anchorHolds(AuditAnchors.Anchor anchor, long last) {
        if (last < anchor.seq()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Object> mac = em.createNativeQuery("select mac from trail_entry where ledger = ?1 and institution_code = ?2"
                + " and seq = ?3").setParameter(1, anchor.ledger()).setParameter(2, anchor.institutionCode())
                .setParameter(3, anchor.seq()).getResultList();
        return mac.size() == 1 && anchor.entryMac().equals(mac.get(0));
    }
}
