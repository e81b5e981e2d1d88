package org.sigti.workflow;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.trail.AuditAnchors;
import org.sigti.security.trail.AuditKey;
import org.sigti.security.trail.TrailLedgers;
import org.sigti.security.trail.TrailTable;


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

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    /** Where {@link Problem#ledger()} is the anchor file itself (a line whose seal does not match). */
    public static final String ANCHORS = "anchors";
    /** Where {@link Problem#ledger()} is a ledger SIGTI does not know ({@code where} names it). */
    public static final String UNKNOWN = "unknown";

    /**
     * One broken link: in a case's chain (ledger {@code case_event}, {@code where} the case's number, {@code seq} the
     * record's position), in a ledger ({@code where} the institution, {@code seq} the entry's number; a record without
     * an entry of a table other than cases: {@code seq} its id), or in the anchor file (the line).
     */
    public record Problem(String ledger, String where, long seq, String kind) implements Serializable {

        /** A problem of a case's chain. */
        public Problem(String caseNumber, long seq, String kind) {
            this(TrailLedgers.CASE_EVENT, caseNumber, seq, kind);
        }
    }

    /** The result of a check. */
    public record Report(long casesChecked, long recordsChecked, List<Problem> problems) implements Serializable {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    public Report verifyAll() {
        return verifyAll((checked, total) -> { });
    }

    /**
     * Like {@link #verifyAll()}, telling {@code progress} after each page of cases how many were checked of how many
     * there were when the check began (cases filed meanwhile are checked too: the count may pass the total).
     */
    public Report verifyAll(java.util.function.BiConsumer<Long, Long> progress) {
        long all = em.createQuery("select count(c) from WorkCase c", Long.class).getSingleResult();
        progress.accept(0L, all);
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
            progress.accept(cases, Math.max(all, cases));
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
        AuditAnchors.Read anchored = anchors.read();
        anchored.forgedLines().forEach(line -> problems.add(new Problem(ANCHORS, "", line, "ANCHOR_FORGED")));
        try (Connection c = db.getConnection()) {
            List<Object[]> ledgers = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select ledger, institution_code, last_seq from trail_ledger"
                    + " order by ledger, institution_code"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ledgers.add(new Object[] {r.getString(1), r.getString(2), r.getLong(3)});
                }
            }
            for (Object[] ledger : ledgers) {
                String name = (String) ledger[0];
                String institution = (String) ledger[1];
                long last = (Long) ledger[2];
                verifyLedger(c, name, institution, last, seal, problems);
                AuditAnchors.Anchor anchor = anchored.latest().get(AuditAnchors.key(name, institution));
                if (anchor != null && !anchorHolds(c, anchor, last)) {
                    problems.add(new Problem(name, institution, anchor.seq(), "ANCHOR_MISMATCH"));
                }
            }
            unledgered(c, problems);
        } catch (SQLException e) {
            throw new IllegalStateException("the trail's ledgers could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Checks one ledger's entries in order: numbers without a gap up to the counter, each entry's seal, and each
     * record still there as it was sealed (a case's record by its chain's hash, another trail table's row by its
     * columns).
     */
    private void verifyLedger(Connection c, String ledger, String institution, long last, TrailSeal seal,
            List<Problem> problems) throws SQLException {
        java.util.Optional<TrailTable> table = TrailTable.ofLedger(ledger);
        if (table.isEmpty() && !TrailLedgers.CASE_EVENT.equals(ledger)) {
            problems.add(new Problem(UNKNOWN, ledger + " / " + institution, 0, "LEDGER_UNKNOWN"));
            return;
        }
        String sql = ledgerQuery(table);
        long expected = 1;
        boolean more = true;
        while (more && problems.size() < MAX_PROBLEMS) {
            more = false;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, ledger);
                s.setString(2, institution);
                s.setLong(3, expected);
                s.setMaxRows(BATCH * 5);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        more = true;
                        long seq = r.getLong(1);
                        long recordId = r.getLong(2);
                        String recordHash = r.getString(3);
                        if (seq != expected) {
                            problems.add(new Problem(ledger, institution, expected, "LEDGER_GAP"));
                        }
                        if (!seal.mac(TrailLedgers.canonical(ledger, institution, seq, recordId, recordHash))
                                .equals(r.getString(4))) {
                            problems.add(new Problem(ledger, institution, seq, "LEDGER_ALTERED"));
                        }
                        r.getLong(5);
                        if (r.wasNull()) {
                            problems.add(new Problem(ledger, institution, seq, "RECORD_DELETED"));
                        } else if (!recordHash.equals(table.isPresent() ? seal.mac(table.get().canonical(r, 7))
                                : r.getString(7))) {
                            problems.add(new Problem(ledger, institution, seq, "LEDGER_MISMATCH"));
                        }
                        expected = seq + 1;
                    }
                }
            }
        }
        if (expected - 1 != last) {
            problems.add(new Problem(ledger, institution, last, "LEDGER_TRUNCATED"));
        }
    }

    /**
     * A ledger's entries from a number on, each with its record as it is now (columns 5 on: id, institution, then what
     * was sealed: a case's record by its chain's hash, another trail table's row by its columns), or nulls when the
     * record is gone. Parameters: ledger, institution, first number.
     */
    public static String ledgerQuery(java.util.Optional<TrailTable> table) {
        String records = table.map(TrailTable::select).orElse("select r.id, r.id as ledger_institution, r.hash"
                + " from case_event r");
        return "select t.seq, t.record_id, t.record_hash, t.mac, x.* from trail_entry t left join (" + records
                + ") x on x.id = t.record_id where t.ledger = ? and t.institution_code = ? and t.seq >= ?"
                + " order by t.seq";
    }

    /** Records of any trail table without a ledger entry: written outside SIGTI. */
    private void unledgered(Connection c, List<Problem> problems) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select w.case_number, e.seq from case_event e"
                + " join work_case w on w.id = e.case_id where not exists (select 1 from trail_entry t"
                + " where t.ledger = ? and t.record_id = e.id) order by e.id")) {
            s.setString(1, TrailLedgers.CASE_EVENT);
            s.setMaxRows(MAX_PROBLEMS);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    problems.add(new Problem(r.getString(1), r.getLong(2), "UNLEDGERED"));
                }
            }
        }
        for (TrailTable table : TrailTable.values()) {
            try (PreparedStatement s = c.prepareStatement("select r.id from " + table.ledger() + " r where not exists"
                    + " (select 1 from trail_entry t where t.ledger = ? and t.record_id = r.id) order by r.id")) {
                s.setString(1, table.ledger());
                s.setMaxRows(MAX_PROBLEMS);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        problems.add(new Problem(table.ledger(), "", r.getLong(1), "UNLEDGERED"));
                    }
                }
            }
        }
    }

    /** Whether the ledger still reaches the anchored entry, sealed as the anchor says. */
    private static boolean anchorHolds(Connection c, AuditAnchors.Anchor anchor, long last) throws SQLException {
        if (last < anchor.seq()) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("select mac from trail_entry where ledger = ?"
                + " and institution_code = ? and seq = ?")) {
            s.setString(1, anchor.ledger());
            s.setString(2, anchor.institutionCode());
            s.setLong(3, anchor.seq());
            try (ResultSet r = s.executeQuery()) {
                return r.next() && anchor.entryMac().equals(r.getString(1));
            }
        }
    }
}
