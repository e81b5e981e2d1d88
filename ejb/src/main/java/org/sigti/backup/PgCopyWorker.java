package org.sigti.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.sigti.security.Roles;

/**
 * Makes one pg_dump copy in the background, outside any transaction (a dump may outlast the transaction timeout):
 * a JDBC connection opens a REPEATABLE READ transaction and exports its snapshot, the key tables are counted in it,
 * {@code pg_dump -Fc --snapshot} writes that same snapshot into {@code <target>-<yyyyMMdd-HHmmss>.dump} in the
 * backup directory while its size and SHA-256 are computed, and the copy is registered. Progress goes to the run's
 * row about twice a second.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class PgCopyWorker {

    private static final Logger LOG = Logger.getLogger(PgCopyWorker.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final long PROGRESS_EVERY_MILLIS = 500;
    /** How long the worker waits for the starter's transaction to commit the run (then it was rolled back). */
    private static final long COMMIT_WAIT_MILLIS = 10 * 60 * 1000L;

    @EJB
    private PgCopyLedger ledger;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    /**
     * Makes the copy in the background. The returned future completes when the run ended (its outcome is in
     * pg_copy_run); a caller without a permitted role gets it failed with the EJBAccessException.
     */
    public Future<Void> run(long runId) {
        runCopy(runId);
        return new AsyncResult<>(null);
    }

    private void runCopy(long runId) {
        Path file = null;
        try {
            Optional<PgCopyLedger.DumpPlan> found = awaitCommitted(runId);
            if (found.isEmpty()) {
                LOG.info(() -> "pg_copy_run " + runId + " never committed: its starter rolled back");
                return;
            }
            PgCopyLedger.DumpPlan plan = found.get();
            PgTool tool = new PgTool(PgBinaries.fromEnvironment());
            Instant takenAt = Instant.now();
            Path dumpFile = fileFor(plan.targetName(), takenAt);
            file = dumpFile;
            try (Connection c = plan.coordinates().connect()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
                String snapshot = single(c, "select pg_export_snapshot()");
                ledger.dumping(runId, dumpFile, PgTables.databaseSize(c));
                Map<String, Long> counts = PgTables.count(c, PgTables.keyTables(c, plan.keyTables()));
                long[] last = {System.currentTimeMillis()};
                PgTool.Dumped dumped = tool.dump(plan.coordinates(), snapshot, dumpFile, bytes -> {
                    long now = System.currentTimeMillis();
                    if (now - last[0] >= PROGRESS_EVERY_MILLIS) {
                        last[0] = now;
                        ledger.progress(runId, bytes);
                    }
                });
                c.commit();
                ledger.done(runId, dumpFile.getFileName().toString(), takenAt, dumped.size(), dumped.sha256(), counts);
                LOG.info(() -> "Copy " + dumpFile + " of " + plan.coordinates() + ": " + dumped.size() + " bytes");
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "pg_dump run " + runId + " failed", e);
            ledger.failed(runId, reason(e));
            delete(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ledger.failed(runId, "Interrumpido: el servidor se está deteniendo.");
            delete(file);
        }
    }

    private Optional<PgCopyLedger.DumpPlan> awaitCommitted(long runId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + COMMIT_WAIT_MILLIS;
        long pause = 50;
        while (true) {
            Optional<PgCopyLedger.DumpPlan> plan = ledger.dumpPlan(runId);
            if (plan.isPresent() || System.currentTimeMillis() > deadline) {
                return plan;
            }
            Thread.sleep(pause);
            pause = Math.min(2000, pause * 2);
        }
    }

    private static Path fileFor(String targetName, Instant at) throws IOException {
        String zone = System.getProperty("sigti.timezone", "America/La_Paz");
        String base = targetName.replaceAll("[^A-Za-z0-9_.-]+", "_") + "-" + STAMP.format(at.atZone(ZoneId.of(zone)));
        Path dir = BackupDirectory.get();
        Path file = dir.resolve(base + ".dump");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(base + "-" + n + ".dump");
        }
        return Files.createFile(file);
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof BackupException b) {
            return b.getProblem() + ": " + String.join(", ", java.util.Arrays.stream(b.getArguments())
                    .map(String::valueOf).toList());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the partial copy " + file, e);
            }
        }
    }
}
