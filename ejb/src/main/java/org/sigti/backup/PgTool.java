package org.sigti.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Runs pg_dump and pg_restore as child processes of the server. Connection details go in arguments, the password
 * only in the child's environment ({@link PgCoordinates#childEnvironment()}); stderr is kept for the message.
 */
public final class PgTool {

    /** What a dump wrote. */
    public record Dumped(long size, String sha256) {
    }

    private final PgBinaries binaries;

    public PgTool(PgBinaries binaries) {
        this.binaries = binaries;
    }

    /**
     * {@code pg_dump -Fc --snapshot=<snapshot>} streamed into {@code file} while its size and SHA-256 are computed;
     * {@code progress} gets the bytes written so far after each chunk.
     */
    public Dumped dump(PgCoordinates db, String snapshot, Path file, LongConsumer progress)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binaries.pgDump(), "--format=custom"));
        if (snapshot != null) {
            command.add("--snapshot=" + snapshot);
        }
        command.addAll(List.of(db.connectionArguments()));
        Path errors = Files.createTempFile("sigti-pg_dump", ".err");
        try {
            Process process = start(command, db, errors);
            process.getOutputStream().close();
            MessageDigest digest = Sha256.digest();
            long size = 0;
            byte[] buffer = new byte[256 * 1024];
            try (InputStream in = process.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    digest.update(buffer, 0, n);
                    size += n;
                    progress.accept(size);
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException("pg_dump terminó con el código " + exit + ": " + tail(errors));
            }
            return new Dumped(size, Sha256.hex(digest.digest()));
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** {@code pg_restore --no-owner --no-privileges --exit-on-error -d <db> file}. */
    public void restore(PgCoordinates into, Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binaries.pgRestore(), "--no-owner", "--no-privileges",
                "--exit-on-error"));
        command.addAll(List.of(into.connectionArguments()));
        command.add(file.toString());
        Path errors = Files.createTempFile("sigti-pg_restore", ".err");
        try {
            Process process = start(command, into, errors);
            process.getOutputStream().close();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException("pg_restore terminó con el código " + exit + ": " + tail(errors));
            }
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static Process start(List<String> command, PgCoordinates db, Path errors) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("PG"));
        builder.environment().putAll(db.childEnvironment());
        return builder.start();
    }

    private static String tail(Path errors) throws IOException {
        String text = Files.readString(errors, StandardCharsets.UTF_8).strip();
        return text.length() > 1200 ? "..." + text.substring(text.length() - 1200) : text;
    }
}
