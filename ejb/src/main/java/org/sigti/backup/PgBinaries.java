package org.sigti.backup;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where pg_dump and pg_restore are: the directory {@code SIGTI_PG_BIN} names, else the first directory of the
 * server's {@code PATH} holding both, else the highest version under {@code /usr/lib/postgresql/<version>/bin}
 * (Debian's layout). pg_dump must be at least as new as the server it copies: point SIGTI_PG_BIN at a newer one
 * when the targets are.
 */
public final class PgBinaries {

    public static final String ENV = "SIGTI_PG_BIN";
    private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");

    private final Path directory;

    private PgBinaries(Path directory) {
        this.directory = directory;
    }

    /** From the server's environment. */
    public static PgBinaries fromEnvironment() {
        return locate(System.getenv(ENV), System.getenv("PATH"), DEBIAN_ROOT);
    }

    /**
     * @throws BackupException naming what was searched when no directory holds both programs
     */
    public static PgBinaries locate(String configured, String path, Path versionsRoot) {
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured.strip());
            if (!holdsBoth(dir)) {
                throw new BackupException(BackupProblem.PG_BIN_NOT_FOUND, ENV + "=" + configured);
            }
            return new PgBinaries(dir);
        }
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isBlank() && holdsBoth(Path.of(entry))) {
                    return new PgBinaries(Path.of(entry));
                }
            }
        }
        return highestVersion(versionsRoot).map(PgBinaries::new).orElseThrow(() -> new BackupException(
                BackupProblem.PG_BIN_NOT_FOUND, ENV + ", PATH, " + versionsRoot + "/*/bin"));
    }

    private static Optional<Path> highestVersion(Path root) {
        if (root == null || !Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .map(v -> v.resolve("bin")).filter(PgBinaries::holdsBoth)
                    .max(Comparator.comparing(bin -> version(bin.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** "9.6" → 9006, "15" → 15000: numeric order, so 15 is above 9.6. */
    private static Integer version(String name) {
        String[] parts = name.split("\\.");
        return Integer.parseInt(parts[0]) * 1000 + (parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
    }

    private static boolean holdsBoth(Path dir) {
        return Files.isExecutable(dir.resolve("pg_dump")) && Files.isExecutable(dir.resolve("pg_restore"));
    }

    public Path directory() {
        return directory;
    }

    public String pgDump() {
        return directory.resolve("pg_dump").toString();
    }

    public String pgRestore() {
        return directory.resolve("pg_restore").toString();
    }
}
