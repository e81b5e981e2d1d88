package org.sigti.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sigti.security.trail.AuditKey;
import org.sigti.security.trail.TrailLedgers;
import org.sigti.security.trail.TrailTable;
import org.sigti.workflow.CaseEvent;
import org.sigti.workflow.TrailSeal;

/**
 * Seals the trail written before the audit key (schema V3 to V42: unkeyed SHA-256) under the key, and enters its
 * records in their institutions' ledgers, in the order they were written; the rows of the other trail tables
 * ({@link TrailTable}) too, each sealed as it stands. Only a case whose unkeyed chain still
 * verifies is sealed: a case altered before this migration keeps its old hashes, so the verifier goes on reporting
 * it rather than this migration laundering the change. Runs once, as the database's owner, in Flyway's transaction.
 */
@SuppressWarnings("checkstyle:TypeName") // Flyway reads the version and description from the class name
public class V43__Seal_trail extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V43__Seal_trail.class.getName());

    private record Row(long id, int seq, CaseEvent.Entry entry, String prevHash, String hash) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        TrailSeal seal = AuditKey.installed();
        List<long[]> cases = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select id, audit_count from work_case order by id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                cases.add(new long[] {r.getLong(1), r.getLong(2)});
            }
        }
        int sealed = 0;
        List<Long> refused = new ArrayList<>();
        for (long[] kase : cases) {
            if (seal(c, kase[0], (int) kase[1], seal)) {
                sealed++;
            } else {
                refused.add(kase[0]);
            }
        }
        long entries = enter(c, seal);
        for (TrailTable table : TrailTable.values()) {
            entries += enter(c, table, seal);
        }
        int total = sealed;
        long entered = entries;
        LOG.info(() -> "SIGTI sealed the trail of " + total + " case(s) under the audit key and entered " + entered
                + " record(s) in the institutions' ledgers");
        if (!refused.isEmpty()) {
            LOG.severe("SIGTI did not seal the trail of " + refused.size() + " case(s) whose unkeyed chain was"
                    + " already broken (case ids " + refused.subList(0, Math.min(20, refused.size())) + "): the"
                    + " verifier reports them.");
        }
    }

    private static boolean seal(Connection c, long caseId, int auditCount, TrailSeal seal) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select id, seq, occurred_at, actor_username, actor_roles,"
                + " actor_unit, action, procedure_code, from_step, to_steps, outcome, comment_text, documents,"
                + " prev_hash, hash from case_event where case_id = ? order by seq")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Instant at = r.getObject(3, OffsetDateTime.class).toInstant();
                    rows.add(new Row(r.getLong(1), r.getInt(2), new CaseEvent.Entry(at, r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                            r.getString(10), r.getString(11), r.getString(12), r.getString(13)), r.getString(14),
                            r.getString(15)));
                }
            }
        }
        String prev = CaseEvent.GENESIS;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.seq() != i + 1 || !row.prevHash().equals(prev)
                    || !new CaseEvent(caseId, row.seq(), row.entry(), row.prevHash(), seal).legacyHash()
                            .equals(row.hash())) {
                return false;
            }
            prev = row.hash();
        }
        if (rows.size() != auditCount) {
            return false;
        }
        String keyed = CaseEvent.GENESIS;
        try (PreparedStatement s = c.prepareStatement("update case_event set prev_hash = ?, hash = ? where id = ?")) {
            for (Row row : rows) {
                String hash = new CaseEvent(caseId, row.seq(), row.entry(), keyed, seal).getHash();
                s.setString(1, keyed);
                s.setString(2, hash);
                s.setLong(3, row.id());
                s.addBatch();
                keyed = hash;
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("update work_case set audit_head = ? where id = ?")) {
            s.setString(1, keyed);
            s.setLong(2, caseId);
            s.executeUpdate();
        }
        return true;
    }

    /** Enters every record in its institution's ledger, by institution and then in the order written. */
    private static long enter(Connection c, TrailSeal seal) throws SQLException {
        long entered = 0;
        String institution = null;
        long seq = 0;
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement s = c.prepareStatement("select w.institution_code, e.id, e.hash from case_event e"
                + " join work_case w on w.id = e.case_id order by w.institution_code, e.id");
                PreparedStatement insert = c.prepareStatement("insert into trail_entry (ledger, institution_code,"
                        + " seq, record_id, record_hash, entered_at, mac) values (?, ?, ?, ?, ?, ?, ?)");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (!r.getString(1).equals(institution)) {
                    last(c, institution, seq);
                    institution = r.getString(1);
                    seq = 0;
                }
                seq++;
                insert.setString(1, TrailLedgers.CASE_EVENT);
                insert.setString(2, institution);
                insert.setLong(3, seq);
                insert.setLong(4, r.getLong(2));
                insert.setString(5, r.getString(3));
                insert.setTimestamp(6, now);
                insert.setString(7, seal.mac(TrailLedgers.canonical(TrailLedgers.CASE_EVENT, institution, seq,
                        r.getLong(2), r.getString(3))));
                insert.addBatch();
                if (++entered % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        last(c, institution, seq);
        return entered;
    }

    /** Enters every row of {@code table} in its ledger, by institution and then by id. */
    private static long enter(Connection c, TrailTable table, TrailSeal seal) throws SQLException {
        java.util.Map<String, Long> last = new java.util.TreeMap<>();
        long entered = 0;
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement s = c.prepareStatement(table.select() + " order by r.id");
                PreparedStatement insert = c.prepareStatement("insert into trail_entry (ledger, institution_code,"
                        + " seq, record_id, record_hash, entered_at, mac) values (?, ?, ?, ?, ?, ?, ?)");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String institution = r.getString(2);
                long seq = last.merge(institution, 1L, Long::sum);
                String hash = seal.mac(table.canonical(r, 3));
                insert.setString(1, table.ledger());
                insert.setString(2, institution);
                insert.setLong(3, seq);
                insert.setLong(4, r.getLong(1));
                insert.setString(5, hash);
                insert.setTimestamp(6, now);
                insert.setString(7, seal.mac(TrailLedgers.canonical(table.ledger(), institution, seq, r.getLong(1),
                        hash)));
                insert.addBatch();
                if (++entered % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        for (java.util.Map.Entry<String, Long> e : last.entrySet()) {
            last(c, table.ledger(), e.getKey(), e.getValue());
        }
        return entered;
    }

    private static void last(Connection c, String institution, long seq) throws SQLException {
        if (institution != null) {
            last(c, TrailLedgers.CASE_EVENT, institution, seq);
        }
    }

    private static void last(Connection c, String ledger, String institution, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update trail_ledger set last_seq = ? where ledger = ?"
                + " and institution_code = ?")) {
            s.setLong(1, seq);
            s.setString(2, ledger);
            s.setString(3, institution);
            if (s.executeUpdate() == 0) {
                try (PreparedStatement i = c.prepareStatement("insert into trail_ledger (ledger, institution_code,"
                        + " last_seq) values (?, ?, ?)")) {
                    i.setString(1, ledger);
                    i.setString(2, institution);
                    i.setLong(3, seq);
                    i.executeUpdate();
                }
            }
        }
    }
}
