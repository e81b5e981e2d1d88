package org.sigti.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.db.DatabaseReady;

/**
 * After a crash: the pg_dump runs this server had RUNNING when it stopped can never finish (their worker died with
 * it). At its next start each is marked FAILED with the reason, and its partial file removed, so that no copy screen
 * shows a bar that never moves and no half-written dump lies next to the real ones. Runs of another node of a
 * cluster, still running there, are left alone: each run names its node ({@code jboss.node.name}).
 */
@ApplicationScoped
public class PgCopyRecovery {

    /** What the copy screen says of such a run. */
    static final String INTERRUPTED = "Interrumpido: el servidor se detuvo mientras copiaba; la copia incompleta se"
            + " eliminó. Inicie la copia de nuevo.";
    private static final Logger LOG = Logger.getLogger(PgCopyRecovery.class.getName());

    @PersistenceContext(unitName = "sigti")
    EntityManager em;

    /** This server's name among the nodes sharing the database. */
    static String node() {
        return System.getProperty("jboss.node.name", "sigti");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void afterStart(@Observes DatabaseReady ready) {
        List<PgCopyRun> left = em.createQuery("select r from PgCopyRun r where r.status = :running"
                + " and (r.nodeName = :node or r.nodeName is null) order by r.id", PgCopyRun.class)
                .setParameter("running", PgCopyStatus.RUNNING).setParameter("node", node()).getResultList();
        for (PgCopyRun run : left) {
            run.failed(INTERRUPTED, Instant.now());
            removePartial(run);
            LOG.warning(() -> "SIGTI: pg_dump run " + run.getId() + " was RUNNING when the server stopped: marked"
                    + " failed" + (run.getFileName() == null ? "" : ", its partial file " + run.getFileName()
                    + " removed"));
        }
    }

    /** Removes the run's file when it is one of SIGTI's copies (in the backup directory), never anything else. */
    private static void removePartial(PgCopyRun run) {
        if (run.getFileName() == null) {
            return;
        }
        try {
            Path file = Path.of(run.getFileName()).toAbsolutePath().normalize();
            Path dir = BackupDirectory.get().toAbsolutePath().normalize();
            if (file.startsWith(dir)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "SIGTI: the partial copy " + run.getFileName() + " could not be removed: "
                    + e.getMessage(), e);
        }
    }
}
