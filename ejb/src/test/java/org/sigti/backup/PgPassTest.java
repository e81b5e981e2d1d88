package org.sigti.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassTest {

    @TempDir
    Path dir;

    @Test
    void the_first_matching_line_with_wildcards_and_escapes() throws Exception {
        Path file = Files.writeString(dir.resolve("pgpass"), """
                # comment
                db.example:5432:otra:sigti:wrong
                db.example:*:ventas:sigti:se\\:cr\\\\et
                *:*:*:*:fallback
                """);

        assertEquals(Optional.of("se:cr\\et"), PgPass.lookup(file, "db.example", 5433, "ventas", "sigti"));
        assertEquals(Optional.of("fallback"), PgPass.lookup(file, "other", 5432, "x", "y"));
    }

    @Test
    void no_match() throws Exception {
        Path file = Files.writeString(dir.resolve("pgpass"), "db:5432:a:b:c\n");

        assertTrue(PgPass.lookup(file, "db", 5432, "a", "z").isEmpty());
    }
}
