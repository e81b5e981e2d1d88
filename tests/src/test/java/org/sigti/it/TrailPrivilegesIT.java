package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.annotation.Resource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * On PostgreSQL (the integration suite's executions, with the two roles of the README's "Database roles"): SIGTI's
 * runtime account cannot change or remove the audit trail, and neither can the schema's owner without first taking
 * the trigger away on purpose (org.sigti.db.TrailProtection). Every attempt is read back: nothing changed. The trail
 * tried is a demo case's, filed at start.
 */
@ExtendWith(ArquillianExtension.class)
class TrailPrivilegesIT {

    /** PostgreSQL's SQLSTATE for a refused privilege; the trigger raises it too. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private DataSource app;

    @Resource(lookup = "java:jboss/datasources/SigtiOwnerDS")
    private DataSource owner;

    private Sql asApp;
    private Sql asOwner;
    private long caseId;
    private long eventId;

    @Deployment(name = "sigti", testable = false, order = 1)
    static EnterpriseArchive sigti() {
        return Sigti.ear();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "trail-probe.war").addClasses(TrailPrivilegesIT.class, Sigti.class,
                Sql.class);
    }

    @BeforeEach
    void aDemoCaseTrail() throws SQLException {
        asApp = new Sql(app);
        asOwner = new Sql(owner);
        long[] event = asApp.numbers("select id, case_id from case_event order by id limit 1");
        eventId = event[0];
        caseId = event[1];
    }

    @Test
    @OperateOnDeployment("probe")
    void sigti_runs_as_its_runtime_account_and_migrates_as_the_owner() throws SQLException {
        String runtime = asApp.text("select current_user");
        String schemaOwner = asOwner.text("select current_user");
        assertEquals(System.getenv("SIGTI_DB_USER"), runtime);
        assertEquals(System.getenv("SIGTI_DB_OWNER"), schemaOwner);
        assertNotEquals(runtime, schemaOwner);
        assertEquals(schemaOwner, asApp.text("select tableowner from pg_tables where tablename = 'case_event'"));
    }

    @Test
    @OperateOnDeployment("probe")
    void the_runtime_account_may_neither_update_delete_nor_truncate_the_trail() throws SQLException {
        assertNothingChanges(asApp, error -> assertFalse(error.getMessage().contains("append-only"),
                () -> "the grants refuse it before the trigger: " + error.getMessage()));
    }

    @Test
    @OperateOnDeployment("probe")
    void the_owner_is_stopped_by_the_trigger() throws SQLException {
        assertNothingChanges(asOwner, error -> assertTrue(error.getMessage().contains(
                "of public.case_event refused: the table is an append-only audit trail"), error::getMessage));
    }

    @Test
    @OperateOnDeployment("probe")
    void every_protected_table_refuses_row_changes_and_truncation() throws SQLException {
        List<String> rows = List.of(asOwner.rows("select tgrelid::regclass::text from pg_trigger"
                + " where tgname = 'sigti_append_only' order by 1").split(";"));
        List<String> truncation = List.of(asOwner.rows("select tgrelid::regclass::text from pg_trigger"
                + " where tgname = 'sigti_no_truncate' order by 1").split(";"));
        assertTrue(rows.contains("case_event"), rows::toString);
        assertEquals(rows, truncation);
        for (String table : rows) {
            assertEquals(0, asOwner.number("select count(*) from information_schema.table_privileges where"
                    + " table_name = ? and grantee in (?, 'PUBLIC') and privilege_type in ('UPDATE', 'DELETE',"
                    + " 'TRUNCATE')", table, System.getenv("SIGTI_DB_USER")), table);
        }
    }

    /** Tries UPDATE, DELETE and TRUNCATE of the trail through {@code sql}: each is refused, the trail is as it was. */
    private void assertNothingChanges(Sql sql, Consumer<SQLException> expected) throws SQLException {
        String trail = trail();
        long events = asApp.number("select count(*) from case_event");
        List<Executable> attempts = List.of(
                () -> sql.update("update case_event set comment_text = 'retocado' where id = ?", eventId),
                () -> sql.update("delete from case_event where case_id = ?", caseId),
                () -> sql.update("truncate case_event"));
        for (Executable attempt : attempts) {
            SQLException refused = assertThrows(SQLException.class, attempt);
            assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused::getMessage);
            expected.accept(refused);
            assertEquals(trail, trail());
            assertEquals(events, asApp.number("select count(*) from case_event"));
        }
    }

    /** The case's whole trail, every column. */
    private String trail() throws SQLException {
        return asApp.rows("select * from case_event where case_id = ? order by seq", caseId);
    }
}
