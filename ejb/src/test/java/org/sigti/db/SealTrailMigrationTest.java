package org.sigti.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigti.security.trail.AuditKey;
import org.sigti.security.trail.TrailLedgers;
import org.sigti.security.trail.TrailTable;
import org.sigti.workflow.AuditChain;
import org.sigti.workflow.CaseEvent;
import org.sigti.workflow.TrailSeal;

/**
 * V43 on a trail written before the audit key: an intact case is sealed under the key and every record is entered in
 * its institution's ledger; a case altered before the upgrade keeps its old hashes, so the verifier still sees it.
 */
class SealTrailMigrationTest {

    private static final Instant AT = Instant.parse("2026-11-30T14:00:00.123456Z");

    @TempDir
    static Path dir;

    private static TrailSeal seal;

    @BeforeAll
    static void key() throws Exception {
        Path key = dir.resolve("audit.key");
        Files.writeString(key, Base64.getEncoder().encodeToString("a test audit key of 32 bytes....".getBytes()));
        System.setProperty(AuditKey.KEY_FILE_PROPERTY, key.toString());
        seal = AuditKey.installed();
    }

    private static CaseEvent.Entry entry(String comment) {
        return new CaseEvent.Entry(AT, "operador", "Operador", "AIT", "COMPLETE", "UGAT/AIT-PR01", "2", "3",
                "continuar", comment, null);
    }

    /** A case as V3 to V42 wrote it: its records chained with the unkeyed SHA-256. */
    private static List<String> legacyCase(Connection c, long id, String institution, String... comments)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into work_case (id, case_number, procedure_code,"
                + " origin_procedure, title, channel, requester_username, requester_name, status, opened_at,"
                + " updated_at, response_breached, resolution_breached, audit_count, audit_head, version,"
                + " institution_code) values (?, ?, 'UGAT/AIT-PR01', 'UGAT/AIT-PR01', 'Caso', 'WEB', 'u', 'U',"
                + " 'OPEN', ?, ?, false, false, ?, ?, 0, ?)")) {
            s.setLong(1, id);
            s.setString(2, "SOL-2026-" + id);
            s.setTimestamp(3, Timestamp.from(AT));
            s.setTimestamp(4, Timestamp.from(AT));
            s.setInt(5, comments.length);
            s.setString(6, CaseEvent.GENESIS); // set below
            s.setString(7, institution);
            s.executeUpdate();
        }
        List<String> hashes = new ArrayList<>();
        String prev = CaseEvent.GENESIS;
        for (int seq = 1; seq <= comments.length; seq++) {
            String hash = new CaseEvent(id, seq, entry(comments[seq - 1]), prev, seal).legacyHash();
            try (PreparedStatement s = c.prepareStatement("insert into case_event (id, case_id, seq, occurred_at,"
                    + " actor_username, actor_roles, actor_unit, action, procedure_code, from_step, to_steps, outcome,"
                    + " comment_text, prev_hash, hash) values (?, ?, ?, ?, 'operador', 'Operador', 'AIT', 'COMPLETE',"
                    + " 'UGAT/AIT-PR01', '2', '3', 'continuar', ?, ?, ?)")) {
                s.setLong(1, id * 100 + seq);
                s.setLong(2, id);
                s.setInt(3, seq);
                s.setTimestamp(4, Timestamp.from(AT));
                s.setString(5, comments[seq - 1]);
                s.setString(6, prev);
                s.setString(7, hash);
                s.executeUpdate();
            }
            hashes.add(hash);
            prev = hash;
        }
        update(c, "update work_case set audit_head = ? where id = ?", prev, id);
        return hashes;
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static List<String> column(Connection c, String sql, long id) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
        }
        return values;
    }

    @Test
    void an_intact_trail_is_sealed_and_entered_an_altered_one_is_left_for_the_verifier() throws Exception {
        String url = "jdbc:h2:mem:seal-trail;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("42").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            String institution = column(c, "select code from institution where 1 = ? order by code", 1).get(0);
            List<String> intact = legacyCase(c, 1, institution, "uno", "dos");
            List<String> altered = legacyCase(c, 2, institution, "tres", "cuatro");
            update(c, "update case_event set comment_text = 'retocado' where id = 202");
            update(c, "insert into security_event (id, occurred_at, username, roles, kind, action) values"
                    + " (7, ?, 'mallory', 'Solicitante', 'ACCESS_DENIED', 'GET /sigti/admin/audit.xhtml')",
                    Timestamp.from(AT));

            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                    .javaMigrations(new V43__Seal_trail()).load().migrate();

            List<String> sealed = column(c, "select hash from case_event where case_id = ? order by seq", 1);
            String first = new CaseEvent(1, 1, entry("uno"), CaseEvent.GENESIS, seal).getHash();
            assertEquals(List.of(first, new CaseEvent(1, 2, entry("dos"), first, seal).getHash()), sealed);
            assertNotEquals(intact, sealed);
            assertEquals(List.of(sealed.get(1)), column(c, "select audit_head from work_case where id = ?", 1));
            // the case changed before the upgrade keeps the hashes that no longer match it
            assertEquals(altered, column(c, "select hash from case_event where case_id = ? order by seq", 2));

            // four records, numbered in the order written, each entry sealed over its number and its record
            List<String> entries = column(c, "select seq || ' ' || record_id || ' ' || record_hash || ' ' || mac"
                    + " from trail_entry where ledger = 'case_event' and 1 = ? order by seq", 1);
            assertEquals(4, entries.size());
            String[] third = entries.get(2).split(" ");
            assertEquals(List.of("3", "201", altered.get(0)), List.of(third[0], third[1], third[2]));
            assertEquals(seal.mac(TrailLedgers.canonical(TrailLedgers.CASE_EVENT, institution, 3, 201,
                    altered.get(0))), third[3]);
            assertEquals(List.of("4"), column(c, "select last_seq from trail_ledger where ledger = 'case_event'"
                    + " and institution_code = (select code from institution where 1 = ? order by code limit 1)", 1));

            // the other trail tables' rows too, each sealed over every column as it stands
            String canonical = TrailSeal.canonical("security_event", 7L, "1796047200.123456", "mallory",
                    "Solicitante", null, "ACCESS_DENIED", "GET /sigti/admin/audit.xhtml", null, null, null, null);
            assertEquals(List.of("* 1 7 " + seal.mac(canonical)), column(c, "select institution_code || ' ' || seq"
                    + " || ' ' || record_id || ' ' || record_hash from trail_entry where ledger = 'security_event'"
                    + " and 1 = ?", 1));
        }
    }

    @Test
    void every_column_of_each_trail_table_is_sealed() throws Exception {
        String url = "jdbc:h2:mem:trail-columns;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new V43__Seal_trail()).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (TrailTable table : TrailTable.values()) {
                List<String> sealed = new ArrayList<>(table.columns());
                sealed.add("id");
                List<String> all = column(c, "select lower(column_name) from information_schema.columns"
                        + " where lower(table_name) = '" + table.ledger() + "' and 1 = ? order by column_name", 1);
                assertEquals(all.stream().sorted().toList(), sealed.stream().sorted().toList(), table.ledger());
                // the verifier's reading of the ledger runs on this database (H2 refuses a column named twice)
                try (PreparedStatement s = c.prepareStatement(AuditChain.ledgerQuery(Optional.of(table)))) {
                    s.setString(1, table.ledger());
                    s.setString(2, "X");
                    s.setLong(3, 1);
                    s.executeQuery().close();
                }
            }
            try (PreparedStatement s = c.prepareStatement(AuditChain.ledgerQuery(Optional.empty()))) {
                s.setString(1, TrailLedgers.CASE_EVENT);
                s.setString(2, "X");
                s.setLong(3, 1);
                s.executeQuery().close();
            }
        }
    }
}
