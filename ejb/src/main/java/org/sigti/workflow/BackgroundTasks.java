package org.sigti.workflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;
import org.sigti.workflow.BackgroundTask.State;

/**
 * The runs of long actions done in the background (issue 19, item 11): a run is written when it starts, its progress
 * and its end in transactions of their own, so the page that started it reads how far it got while it goes on, and
 * finds it again when the person comes back; leaving the page does not stop it ({@link TaskProgress} writes what the
 * worker does). A person sees their own runs. A run still marked running that began before this server started was
 * cut by the stop: it reads, and is recorded on the next start, as interrupted (one server; a cluster would need each
 * node's start).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BackgroundTasks {

    /** A run as its page shows it. */
    public record Run(long id, String kind, String startedBy, Instant startedAt, State state, long done, long total,
            Instant finishedAt, String result) implements java.io.Serializable {

        /** How far the run got, 0 to 100. */
        public int percent() {
            return total <= 0 ? (state == State.RUNNING ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return state == State.RUNNING;
        }
    }

    /** When this server started: a run marked running that began before was cut by the stop. */
    private static final Instant BOOT = Instant.now();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** A run asked to start: a new one ({@code fresh}), or the caller's run still going on. */
    public record Started(Run run, boolean fresh) {
    }

    /**
     * Starts a run of {@code kind} for the caller, unless one of theirs is still running: then that one is answered
     * (a second click does not start a second run).
     */
    public Started start(String kind) {
        Actor actor = Callers.actor(context, em);
        Optional<BackgroundTask> running = newest(actor, kind).filter(t -> t.getState() == State.RUNNING);
        if (running.isPresent() && !running.get().getStartedAt().isBefore(BOOT)) {
            return new Started(view(running.get()), false);
        }
        running.ifPresent(cut -> cut.end(State.INTERRUPTED, null, now()));
        BackgroundTask task = new BackgroundTask(actor.institutionCode(), kind, actor.username(), now());
        em.persist(task);
        em.flush();
        return new Started(view(task), true);
    }

    /** The caller's newest run of {@code kind}, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Run> latest(String kind) {
        return newest(Callers.actor(context, em), kind).map(BackgroundTasks::view);
    }

    private Optional<BackgroundTask> newest(Actor actor, String kind) {
        return em.createQuery("select t from BackgroundTask t where t.institutionCode = :i and t.kind = :k"
                + " and t.startedBy = :u order by t.id desc", BackgroundTask.class)
                .setParameter("i", actor.institutionCode()).setParameter("k", kind)
                .setParameter("u", actor.username()).setMaxResults(1).getResultStream().findFirst();
    }

    private static Run view(BackgroundTask t) {
        State state = t.getState() == State.RUNNING && t.getStartedAt().isBefore(BOOT) ? State.INTERRUPTED
                : t.getState();
        return new Run(t.getId(), t.getKind(), t.getStartedBy(), t.getStartedAt(), state, t.getDone(),
                t.getTotal(), t.getFinishedAt(), t.getResult());
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
