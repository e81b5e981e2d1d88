package org.sigti.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PgCoordinatesTest {

    @Test
    void sigti_s_own_database_from_its_jdbc_url() {
        PgCoordinates own = PgCoordinates.fromJdbcUrl("jdbc:postgresql://127.0.0.1:55432/sigti?sslmode=disable",
                "sigti", "s3cret");

        assertEquals("127.0.0.1", own.host());
        assertEquals(55432, own.port());
        assertEquals("sigti", own.database());
        assertEquals("sigti@127.0.0.1:55432/sigti", own.toString());
        assertEquals(5432, PgCoordinates.fromJdbcUrl("jdbc:postgresql://db/x", "u", null).port());
    }

    @Test
    void an_h2_url_is_not_a_target() {
        BackupException e = assertThrows(BackupException.class,
                () -> PgCoordinates.fromJdbcUrl("jdbc:h2:/data/sigti", "sigti", "sigti"));
        assertEquals(BackupProblem.OWN_DATABASE_NOT_POSTGRESQL, e.getProblem());
    }

    @Test
    void the_password_goes_to_the_child_s_environment_never_its_arguments() {
        PgCoordinates db = new PgCoordinates("db", 5432, "ventas", "backup", "s3cret", null);

        assertEquals("s3cret", db.childEnvironment().get("PGPASSWORD"));
        assertFalse(Arrays.toString(db.connectionArguments()).contains("s3cret"));
        assertFalse(db.toString().contains("s3cret"));
    }

    @Test
    void a_password_file_is_handed_over_as_pgpassfile() {
        PgCoordinates db = new PgCoordinates("db", 5432, "ventas", "backup", null, Path.of("/etc/sigti/pgpass"));

        assertEquals("/etc/sigti/pgpass", db.childEnvironment().get("PGPASSFILE"));
        assertFalse(db.childEnvironment().containsKey("PGPASSWORD"));
        assertEquals("postgres", db.withDatabase("postgres").database());
    }
}
