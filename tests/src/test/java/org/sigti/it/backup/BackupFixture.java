package org.sigti.it.backup;

import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.sigti.backup.ScheduleDraft;
import org.sigti.it.Sql;

/**
 * Data the backup tests run in the server share: a técnico and a responsable of the UIT known to SIGTI (as after
 * their first login), and schedule drafts with a calendar expression of the test's choosing. Uses {@link Sql}: add
 * both to the probe.
 */
public final class BackupFixture {

    public static final String TECNICO = "backup.tecnico";
    /** The unit whose queue (DI-DESARROLLO of SEPREM) serves SEPREM-DI-008.2, the schedules' procedure. */
    public static final String UNIT = "DI-DESARROLLO";
    /** The institution of {@link #UNIT}. */
    public static final String INSTITUTION = "SEPREM";

    private BackupFixture() {
    }

    public static final String RESPONSABLE = "backup.responsable";
    public static final String RESPONSABLE_EMAIL = "backup.responsable@sigti.example";

    /** The técnico and the responsable as SIGTI knows them after a login, in SEPREM's DI-DESARROLLO. Idempotent. */
    public static void knownPeople(DataSource db) throws SQLException {
        known(db, 987654321L, TECNICO, "Bruno Respaldo", "backup.tecnico@sigti.example", "Solicitante,Tecnico");
        known(db, 987654322L, RESPONSABLE, "Rita Respaldo", RESPONSABLE_EMAIL, "Responsable,Solicitante");
    }

    private static void known(DataSource db, long id, String username, String name, String email, String roles)
            throws SQLException {
        new Sql(db).knownPerson(id, username, name, email, roles, INSTITUTION, UNIT);
    }

    /** A new CUSTOM schedule of SEPREM-DI-008.2 in its unit, for the técnico. */
    public static ScheduleDraft custom(String name, String expression) {
        return new ScheduleDraft(null, 0, name, "DATABASE", "BD " + name, null, "SEPREM-DI-008.2", "CUSTOM", null,
                null, null, null, expression, UNIT, TECNICO, Set.of("PRIVATE_CLOUD", "EXTERNAL_DEVICE"), 24, null);
    }

    /** The same schedule with another expression, as its form sends it for an edit. */
    public static ScheduleDraft edited(ScheduleDraft d, long id, long version, String expression) {
        return new ScheduleDraft(id, version, d.name(), d.targetKind(), d.targetName(), d.systemId(),
                d.procedureCode(), d.frequency(), d.time(), d.weekday(), d.dayOfMonth(), d.month(), expression,
                d.unitCode(), d.responsibleTecnico(), d.locations(), d.overdueHours(), d.pgTargetId());
    }
}
