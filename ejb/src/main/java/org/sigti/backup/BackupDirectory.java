package org.sigti.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where SIGTI writes its pg_dump copies: {@code SIGTI_BACKUP_DIR}, else {@code backups/} in the server's data
 * directory (for the run command, {@code .sigti/wildfly/data/backups}).
 */
public final class BackupDirectory {

    public static final String ENV = "SIGTI_BACKUP_DIR";

    private BackupDirectory() {
    }

    public static Path get() {
        String configured = System.getenv(ENV);
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured.strip())
                : Path.of(System.getProperty("jboss.server.data.dir", "."), "backups");
        try {
            return Files.createDirectories(dir).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("SIGTI: cannot create the backup directory " + dir + " (" + ENV + ")", e);
        }
    }
}
