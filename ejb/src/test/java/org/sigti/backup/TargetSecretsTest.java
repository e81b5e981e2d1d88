package org.sigti.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetSecretsTest {

    @TempDir
    Path dir;

    @Test
    void only_target_variables_are_read_never_sigtis_own() {
        TargetSecrets secrets = TargetSecrets.of(Map.of("SIGTI_TARGET_VENTAS", "s3creta", "SIGTI_DB_PASSWORD", "x",
                "SIGTI_OIDC_CLIENT_SECRET", "y"));
        assertEquals("s3creta", secrets.envValue("SIGTI_TARGET_VENTAS"));
        assertEquals(null, secrets.envValue("SIGTI_TARGET_OTRA"));
        for (String name : new String[] {"SIGTI_DB_PASSWORD", "SIGTI_OIDC_CLIENT_SECRET", "SIGTI_TARGET_", "PATH",
                "sigti_target_ventas", "SIGTI_TARGET_VENTAS;rm", null}) {
            assertEquals(BackupProblem.PASSWORD_REF_NOT_ALLOWED, assertThrows(BackupException.class,
                    () -> secrets.envValue(name)).getProblem(), name);
        }
    }

    @Test
    void a_pgpass_file_must_be_a_file_of_the_configured_folder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pgpass"));
        Path good = Files.writeString(folder.resolve("ventas"), "h:5432:db:u:p\n");
        Path outside = Files.writeString(dir.resolve("otro"), "h:5432:db:u:p\n");
        Files.createDirectories(folder.resolve("sub"));
        TargetSecrets secrets = TargetSecrets.of(Map.of(TargetSecrets.PGPASS_DIR, folder.toString()));
        assertEquals(good.toRealPath(), secrets.pgpass(good.toString()));
        assertEquals(good.toRealPath(), secrets.pgpass(folder + "/sub/../ventas"));
        for (String path : new String[] {outside.toString(), folder + "/../otro", "/etc/passwd", folder.toString(),
                folder + "/sub", "relativo", ""}) {
            assertEquals(BackupProblem.PGPASS_NOT_ALLOWED, assertThrows(BackupException.class,
                    () -> secrets.pgpass(path)).getProblem(), path);
        }
        // a link inside the folder to a file outside does not count
        Path link = Files.createSymbolicLink(folder.resolve("enlace"), outside);
        assertEquals(BackupProblem.PGPASS_NOT_ALLOWED, assertThrows(BackupException.class,
                () -> secrets.pgpass(link.toString())).getProblem());
        // without a configured folder no file is accepted
        assertEquals(BackupProblem.PGPASS_NOT_ALLOWED, assertThrows(BackupException.class,
                () -> TargetSecrets.of(Map.of()).pgpass(good.toString())).getProblem());
    }

    @Test
    void hosts_are_free_unless_the_administrator_lists_them() {
        assertEquals("db.ejemplo.gob.bo", TargetSecrets.of(Map.of()).host("db.ejemplo.gob.bo"));
        TargetSecrets listed = TargetSecrets.of(Map.of(TargetSecrets.HOSTS, " db1.interno , 10.0.0.5"));
        assertEquals("DB1.interno", listed.host("DB1.interno"));
        assertEquals("10.0.0.5", listed.host("10.0.0.5"));
        assertEquals(BackupProblem.HOST_NOT_ALLOWED, assertThrows(BackupException.class,
                () -> listed.host("atacante.example")).getProblem());
    }
}
