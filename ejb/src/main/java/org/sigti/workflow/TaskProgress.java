package org.sigti.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.workflow.BackgroundTask.State;

/**
 * What a background run's worker writes ({@link BackgroundTasks}): how far it got and how it ended, each in a
 * transaction of its own, so its page reads it at once. Called only by the kernel's own workers, in the server's
 * managed threads; a run that ended is not written again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class TaskProgress {

    @PersistenceContext
    EntityManager em;

    /** The run got {@code done} of {@code total}. */
    public void progress(long id, long done, long total) {
        BackgroundTask task = em.find(BackgroundTask.class, id);
        if (task != null && task.getState() == State.RUNNING) {
            task.progress(done, total);
        }
    }

    /** The run ended with its result ({@code done}) or failed. */
    public void end(long id, boolean done, String result) {
        BackgroundTask task = em.find(BackgroundTask.class, id);
        if (task != null && task.getState() == State.RUNNING) {
            task.end(done ? State.DONE : State.FAILED, result, BackgroundTasks.now());
        }
    }
}
