package org.sigti.it.changes;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import org.sigti.it.Sql;

/**
 * The rows the change tests stand on, written in the database as the inventory and the backup module would: a
 * website of an institution's catalog, and a copy of it registered for a run of a (disabled) schedule of that system.
 */
public record ChangeFixture(Sql sql) {

    /** An active website of the institution's catalog; answers its id. */
    public long system(String institution, String code) throws SQLException {
        long id = id();
        sql.update("insert into it_system (id, institution_code, code, name, kind, criticality, active, version)"
                + " values (?, ?, ?, ?, 'WEBSITE', 'MEDIUM', TRUE, 0)", id, institution, code, "Sitio web " + code);
        return id;
    }

    /**
     * A copy of the system taken at {@code takenAt} in state {@code verification}, registered for a run of a schedule
     * of the system (the copy hangs on {@code caseId}, the table wants a case); answers the copy's id.
     */
    public long copy(long systemId, String institution, long caseId, Instant takenAt, String verification)
            throws SQLException {
        OffsetDateTime at = takenAt.atOffset(ZoneOffset.UTC);
        long schedule = id();
        sql.backupSchedule(schedule, institution, "Respaldo del código " + systemId, "código fuente",
                "SEPREM-DI-008.2", "0 0 2 * * *", "Nube privada", false, at);
        sql.update("update backup_schedule set system_id = ?, target_kind = 'SOURCE_CODE' where id = ?", systemId,
                schedule);
        long task = id();
        sql.update("insert into backup_task (id, schedule_id, planned_at, created_at, status, catch_up, version)"
                + " values (?, ?, ?, ?, 'DONE', FALSE, 0)", task, schedule, at, at);
        long copy = id();
        sql.update("insert into backup_copy (id, case_id, task_id, file_name, taken_at, size_bytes, sha256, locations,"
                + " method, registered_by, registered_at, verification, version) values (?, ?, ?, ?, ?, 1024, ?,"
                + " 'Nube privada', 'MANUAL', 'fixture', ?, ?, 0)", copy, caseId, task, "web-" + systemId + ".tar.gz",
                at, "0".repeat(64), at, verification);
        return copy;
    }

    private static long id() {
        return 970_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }
}
