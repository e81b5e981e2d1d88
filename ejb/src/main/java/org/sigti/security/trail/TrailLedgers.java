package org.sigti.security.trail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.sigti.workflow.TrailSeal;

/**
 * The institutions' ledgers of trail records ({@code trail_ledger}, {@code trail_entry}): every record a transaction
 * writes gets the next number of its institution's ledger, gap-free, with an entry sealed under the audit key. A case
 * deleted with its whole trail therefore leaves numbers without a record, which {@link AuditChain} reports.
 *
 * <p>The numbers are given just before the transaction commits (a synchronization), not when the record is written:
 * the ledger's row stays locked only for the commit, and it is always the last lock a transaction takes, so it adds
 * no lock-order cycle with the case, number or document rows the transaction locked before. A transaction that rolls
 * back takes no number.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TrailLedgers {

    /** The ledger of the cases' trail. */
    public static final String CASE_EVENT = "case_event";

    private static final Object PENDING = TrailLedgers.class.getName() + ".pending";

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry registry;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    @Inject
    LedgerRows rows;

    @PersistenceContext
    EntityManager em;

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** Enters a case's record, sealed by its chain, in its institution's ledger when the transaction commits. */
    public void enter(String ledger, String institutionCode, long recordId, String recordHash) {
        ensure(ledger, institutionCode);
        pending().add(ledger, institutionCode, recordId, recordHash);
    }

    /**
     * Enters the row {@code id} of {@code table}, just persisted in this transaction, in its institution's ledger when
     * the transaction commits. The row is sealed now, read back as the database keeps it (the trail tables' rows do not
     * change once written).
     */
    public void enter(TrailTable table, long id) {
        em.flush();
        String institution;
        String hash;
        TrailSeal seal = AuditKey.installed();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(table.select() + " where r.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException(table.ledger() + " " + id + " was not written");
                }
                institution = r.getString(2);
                hash = seal.mac(table.canonical(r, 3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the trail's ledger could not read " + table.ledger() + " " + id, e);
        }
        enter(table.ledger(), institution, id, hash);
    }

    /** Persists a new row of {@code table} and enters it in its ledger: what every writer of a trail table calls. */
    public void persist(TrailTable table, Object record) {
        em.persist(record);
        Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(record);
        enter(table, ((Number) id).longValue());
    }

    private void ensure(String ledger, String institutionCode) {
        String row = ledger + '\u0000' + institutionCode;
        if (!known.contains(row)) {
            try {
                rows.ensure(ledger, institutionCode);
            } catch (LedgerRaced raced) {
                // created meanwhile by someone else
            }
            known.add(row);
        }
    }

    private Pending pending() {
        Pending pending = (Pending) registry.getResource(PENDING);
        if (pending == null) {
            pending = new Pending(db, AuditKey.installed());
            registry.putResource(PENDING, pending);
            registry.registerInterposedSynchronization(pending);
        }
        return pending;
    }

    /** What an entry's seal covers. */
    public static String canonical(String ledger, String institutionCode, long seq, long recordId,
            String recordHash) {
        return TrailSeal.canonical(ledger, institutionCode, seq, recordId, recordHash);
    }

    /** The records one transaction wrote, numbered and entered just before it commits. */
    static final class Pending implements Synchronization {

        private record Key(String ledger, String institutionCode) implements Comparable<Key> {
            @Override
            public int compareTo(Key o) {
                int byLedger = ledger.compareTo(o.ledger);
                return byLedger != 0 ? byLedger : institutionCode.compareTo(o.institutionCode);
            }
        }

        private record Recorded(long id, String hash) {
        }

        private final DataSource db;
        private final TrailSeal seal;
        // sorted: two transactions lock the ledgers they share in the same order
        private final Map<Key, List<Recorded>> records = new TreeMap<>();

        Pending(DataSource db, TrailSeal seal) {
            this.db = db;
            this.seal = seal;
        }

        void add(String ledger, String institutionCode, long recordId, String recordHash) {
            records.computeIfAbsent(new Key(ledger, institutionCode), k -> new ArrayList<>())
                    .add(new Recorded(recordId, recordHash));
        }

        @Override
        public void beforeCompletion() {
            Timestamp now = Timestamp.from(Instant.now());
            try (Connection c = db.getConnection()) {
                for (Map.Entry<Key, List<Recorded>> e : records.entrySet()) {
                    enter(c, e.getKey(), e.getValue(), now);
                }
            } catch (SQLException e) {
                // thrown from beforeCompletion, it rolls the whole transaction back: no record without its entry
                throw new IllegalStateException("the trail's ledger could not be written: " + e.getMessage(), e);
            }
        }

        private void enter(Connection c, Key key, List<Recorded> recorded, Timestamp now) throws SQLException {
            long last;
            try (PreparedStatement s = c.prepareStatement("select last_seq from trail_ledger"
                    + " where ledger = ? and institution_code = ? for update")) {
                s.setString(1, key.ledger());
                s.setString(2, key.institutionCode());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("no ledger row for " + key);
                    }
                    last = r.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into trail_entry (ledger, institution_code, seq,"
                    + " record_id, record_hash, entered_at, mac) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (Recorded r : recorded) {
                    last++;
                    s.setString(1, key.ledger());
                    s.setString(2, key.institutionCode());
                    s.setLong(3, last);
                    s.setLong(4, r.id());
                    s.setString(5, r.hash());
                    s.setTimestamp(6, now);
                    s.setString(7, seal.mac(canonical(key.ledger(), key.institutionCode(), last, r.id(), r.hash())));
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("update trail_ledger set last_seq = ?"
                    + " where ledger = ? and institution_code = ?")) {
                s.setLong(1, last);
                s.setString(2, key.ledger());
                s.setString(3, key.institutionCode());
                s.executeUpdate();
            }
        }

        @Override
        public void afterCompletion(int status) {
            // nothing to undo: the entries were written in the transaction and share its fate
        }
    }

    /** Creates a ledger's row apart from the caller's transaction; a row created meanwhile by another is fine. */
    @ApplicationScoped
    public static class LedgerRows {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void ensure(String ledger, String institutionCode) {
            Number rows = (Number) em.createNativeQuery("select count(*) from trail_ledger where ledger = ?1"
                    + " and institution_code = ?2").setParameter(1, ledger).setParameter(2, institutionCode)
                    .getSingleResult();
            if (rows.longValue() == 0) {
                try {
                    em.createNativeQuery("insert into trail_ledger (ledger, institution_code, last_seq)"
                            + " values (?1, ?2, 0)").setParameter(1, ledger).setParameter(2, institutionCode)
                            .executeUpdate();
                } catch (PersistenceException raced) {
                    throw new LedgerRaced();
                }
            }
        }
    }

    /** Rolls back the losing creation of a ledger row without bothering the caller. */
    @jakarta.ejb.ApplicationException(rollback = true)
    static class LedgerRaced extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
