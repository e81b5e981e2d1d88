package org.sigti.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgBinariesTest {

    @TempDir
    Path root;

    private Path bin(String dir) throws Exception {
        Path bin = Files.createDirectories(root.resolve(dir));
        for (String program : new String[] {"pg_dump", "pg_restore"}) {
            Files.createFile(bin.resolve(program), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
        }
        return bin;
    }

    @Test
    void the_configured_directory_wins() throws Exception {
        Path configured = bin("custom/bin");
        Path onPath = bin("usr/bin");

        PgBinaries found = PgBinaries.locate(configured.toString(), onPath.toString(), root.resolve("none"));

        assertEquals(configured.resolve("pg_dump").toString(), found.pgDump());
    }

    @Test
    void a_configured_directory_without_the_programs_is_an_error() {
        BackupException e = assertThrows(BackupException.class,
                () -> PgBinaries.locate(root.resolve("empty").toString(), null, root));

        assertEquals(BackupProblem.PG_BIN_NOT_FOUND, e.getProblem());
    }

    @Test
    void the_first_path_entry_holding_both_programs() throws Exception {
        Path half = Files.createDirectories(root.resolve("half"));
        Files.createFile(half.resolve("pg_dump"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path full = bin("full");

        PgBinaries found = PgBinaries.locate(" ", half + File.pathSeparator + full, root.resolve("none"));

        assertEquals(full, found.directory());
    }

    @Test
    void else_the_highest_version_under_the_debian_root() throws Exception {
        bin("lib/9.6/bin");
        bin("lib/13/bin");
        Path newest = bin("lib/15/bin");
        Files.createDirectories(root.resolve("lib/16/bin")); // a version without the programs

        PgBinaries found = PgBinaries.locate(null, root.resolve("nothing-here").toString(), root.resolve("lib"));

        assertEquals(newest, found.directory());
    }

    @Test
    void nothing_anywhere_is_an_error_naming_where_it_looked() {
        BackupException e = assertThrows(BackupException.class,
                () -> PgBinaries.locate(null, "", root.resolve("lib")));

        assertEquals(BackupProblem.PG_BIN_NOT_FOUND, e.getProblem());
    }
}
