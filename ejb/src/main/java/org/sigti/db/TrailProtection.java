package org.sigti.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Makes SIGTI's audit trails append-only inside PostgreSQL, so that neither a bug nor someone who gets SQL through
 * SIGTI's runtime account can rewrite what happened: the hash chain of the trail ({@code AuditChain}) only finds a
 * change afterwards, this refuses it. Run by {@link DatabaseMigration} as the schema's owner ({@code SIGTI_DB_OWNER})
 * after every successful migration, in one transaction, so it is idempotent and never leaves a half-protected trail:
 * <ul>
 * <li>a trigger on each trail table refuses UPDATE and DELETE of its rows and TRUNCATE of the table, whoever asks: the
 *     owner too, who could drop the trigger, but only on purpose;</li>
 * <li>when the runtime account ({@code SIGTI_DB_USER}, the datasource SigtiDS) is another role, it gets SELECT,
 *     INSERT, UPDATE and DELETE on the owner's other tables, its sequences, and on the trail tables SELECT and INSERT
 *     only: UPDATE, DELETE and TRUNCATE are revoked from it and from PUBLIC. A table a later migration adds is
 *     granted at the next start, as that migration runs then.</li>
 * </ul>
 * H2 has neither (one account, no trigger): there the keyed seals, the ledgers and their anchors are the guard.
 */
public final class TrailProtection {

    /**
     * SIGTI's append-only tables: each row, once written, is history. A name whose table does not exist (yet) is
     * skipped, so a table can be listed before the migration that creates it.
     */
    public static final List<String> TRAIL_TABLES = List.of("case_event", "security_event", "account_event",
            "platform_change", "equipment_custody", "trail_entry");

    static final String FUNCTION = "sigti_append_only";
    static final String ROW_TRIGGER = "sigti_append_only";
    static final String TRUNCATE_TRIGGER = "sigti_no_truncate";

    private TrailProtection() {
    }

    /**
     * What the protection works on, read from the catalog as the owner.
     *
     * @param schema         the owner's current schema, where Flyway created SIGTI's tables
     * @param owner          the owner's role
     * @param appRole        the runtime account's role
     * @param trailTables    the {@link #TRAIL_TABLES} that exist in the schema
     * @param ownedTables    every table of the schema the owner owns (the EJB timer table is the runtime account's)
     * @param ownedSequences every sequence of the schema the owner owns
     * @param appUnbound     whether the runtime account is a superuser or has the owner's rights: grants cannot hold
     *                       it back, only the trigger does
     */
    public record Schema(String schema, String owner, String appRole, List<String> trailTables,
            List<String> ownedTables, List<String> ownedSequences, boolean appUnbound) {

        /** Whether SIGTI runs with two accounts, so that the grants apply. */
        public boolean separateRoles() {
            return !owner.equals(appRole);
        }

        /** The start-up log's account of what holds the trail. */
        public String describe() {
            String tables = String.join(", ", trailTables);
            if (!separateRoles()) {
                return "audit trail " + tables + " append-only by trigger; one database account (" + owner
                        + "): set SIGTI_DB_OWNER to another role than SIGTI_DB_USER so that grants hold it too";
            }
            return "audit trail " + tables + " append-only by trigger and grants: " + appRole
                    + " may not UPDATE, DELETE or TRUNCATE it" + (appUnbound ? "; WARNING: " + appRole
                            + " is a superuser or has the rights of " + owner + ", so only the trigger holds it" : "");
        }
    }

    /** Applies the protection; answers what it protected, for the log. */
    public static Schema apply(DataSource ownerDs, DataSource appDs) throws SQLException {
        String appRole;
        try (Connection app = appDs.getConnection()) {
            appRole = single(app, "select current_user");
        }
        try (Connection owner = ownerDs.getConnection()) {
            Schema schema = read(owner, appRole);
            execute(owner, statements(schema));
            return schema;
        }
    }

    /**
     * Drops the triggers before migrations run, so that a migration may rewrite a trail table's rows as V29 did for
     * platform_change (the same script runs on H2, where no trigger could be disabled); {@link #apply} puts them
     * back when the migrations succeeded. The grants stay meanwhile.
     */
    public static void lift(DataSource ownerDs) throws SQLException {
        try (Connection owner = ownerDs.getConnection()) {
            String schema = single(owner, "select current_schema()");
            List<String> statements = new ArrayList<>();
            for (String table : present(owner, schema)) {
                statements.add(dropTrigger(ROW_TRIGGER, schema, table));
                statements.add(dropTrigger(TRUNCATE_TRIGGER, schema, table));
            }
            execute(owner, statements);
        }
    }

    /** The statements that protect the schema's trail, in order. */
    static List<String> statements(Schema s) {
        String function = qualified(s.schema(), FUNCTION);
        List<String> statements = new ArrayList<>();
        statements.add("CREATE OR REPLACE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
                + "BEGIN\n"
                + "    RAISE EXCEPTION 'SIGTI: % of %.% refused: the table is an append-only audit trail',"
                + " TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME\n"
                + "        USING ERRCODE = 'insufficient_privilege',"
                + " HINT = 'Rows of SIGTI''s audit trails are only ever added (org.sigti.db.TrailProtection).';\n"
                + "END\n$fn$");
        for (String table : s.trailTables()) {
            String name = qualified(s.schema(), table);
            statements.add(dropTrigger(ROW_TRIGGER, s.schema(), table));
            statements.add("CREATE TRIGGER " + SqlIdentifier.quote(ROW_TRIGGER) + " BEFORE UPDATE OR DELETE ON " + name
                    + " FOR EACH ROW EXECUTE FUNCTION " + function + "()");
            statements.add(dropTrigger(TRUNCATE_TRIGGER, s.schema(), table));
            statements.add("CREATE TRIGGER " + SqlIdentifier.quote(TRUNCATE_TRIGGER) + " BEFORE TRUNCATE ON " + name
                    + " FOR EACH STATEMENT EXECUTE FUNCTION " + function + "()");
        }
        String trail = list(s.schema(), s.trailTables());
        if (s.separateRoles()) {
            String app = SqlIdentifier.quote(s.appRole());
            List<String> others = s.ownedTables().stream().filter(t -> !s.trailTables().contains(t)).toList();
            List<String> ownedTrail = s.ownedTables().stream().filter(s.trailTables()::contains).toList();
            if (!others.isEmpty()) {
                statements.add("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE " + list(s.schema(), others) + " TO "
                        + app);
            }
            if (!ownedTrail.isEmpty()) {
                statements.add("GRANT SELECT, INSERT ON TABLE " + list(s.schema(), ownedTrail) + " TO " + app);
            }
            if (!s.ownedSequences().isEmpty()) {
                statements.add("GRANT USAGE, SELECT, UPDATE ON SEQUENCE " + list(s.schema(), s.ownedSequences())
                        + " TO " + app);
            }
            if (!trail.isEmpty()) {
                statements.add("REVOKE UPDATE, DELETE, TRUNCATE ON TABLE " + trail + " FROM " + app + ", PUBLIC");
            }
        } else if (!trail.isEmpty()) {
            statements.add("REVOKE UPDATE, DELETE, TRUNCATE ON TABLE " + trail + " FROM PUBLIC");
        }
        return statements;
    }

    private static Schema read(Connection owner, String appRole) throws SQLException {
        String schema = single(owner, "select current_schema()");
        String ownerRole = single(owner, "select current_user");
        List<String> owned = names(owner, "select tablename from pg_tables where schemaname = ? and tableowner ="
                + " current_user order by tablename", schema);
        List<String> sequences = names(owner, "select sequencename from pg_sequences where schemaname = ? and"
                + " sequenceowner = current_user order by sequencename", schema);
        boolean unbound = !ownerRole.equals(appRole) && !names(owner, "select rolname from pg_roles where rolname = ?"
                + " and (rolsuper or pg_has_role(rolname, current_user, 'USAGE'))", appRole).isEmpty();
        return new Schema(schema, ownerRole, appRole, present(owner, schema), owned, sequences, unbound);
    }

    /** The trail tables that exist in the schema, in {@link #TRAIL_TABLES} order. */
    private static List<String> present(Connection c, String schema) throws SQLException {
        List<String> present = new ArrayList<>();
        for (String table : TRAIL_TABLES) {
            if (!names(c, "select 1 where to_regclass(?) is not null", qualified(schema, table)).isEmpty()) {
                present.add(table);
            }
        }
        return present;
    }

    private static String dropTrigger(String trigger, String schema, String table) {
        return "DROP TRIGGER IF EXISTS " + SqlIdentifier.quote(trigger) + " ON " + qualified(schema, table);
    }

    private static String qualified(String schema, String name) {
        return SqlIdentifier.quote(schema) + "." + SqlIdentifier.quote(name);
    }

    private static String list(String schema, List<String> names) {
        return names.stream().map(n -> qualified(schema, n)).collect(Collectors.joining(", "));
    }

    private static void execute(Connection c, List<String> statements) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        return names(c, sql).get(0);
    }

    private static List<String> names(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            return names;
        }
    }
}
