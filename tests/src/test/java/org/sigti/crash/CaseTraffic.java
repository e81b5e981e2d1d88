package org.sigti.crash;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.ejb.EJBException;

import org.sigti.it.AsRole;
import org.sigti.it.Sql;
import org.sigti.security.Roles;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.Outcome;
import org.sigti.workflow.flow.StepDefinition;

/**
 * One client of the crash test, inside the server under test: a thread that files cases of UGAT/AIT-PR01 and acts on
 * the open steps of any case, each action one transaction, until the server is killed under it (or its time is up).
 * An action is what a person at that desk may do: a way out of the step chosen at random among those the procedure
 * declares (the jumps to PR02 and PR03, the supervisor's return 9 ↺ 3, the close), with values for the fields the step
 * records (an optional knowledge-base title half the time, so the step's side effect writes an article in the move's
 * transaction); an observation to the requester, and their answer; and now and then someone of another unit trying
 * the step, refused with a security event written in a transaction of its own. Each goes through {@link CaseEngine}
 * with the procedure's own flow, as the screens' service does, in an {@link AsRole} bean of the step's role.
 *
 * <p>Several clients may pick the same step: the loser's move rolls back ({@code ConcurrentActionException}), as for
 * two people. Whatever fails is counted and logged, never stops the client: the test judges the database after the
 * kill, not the client's view.
 */
final class CaseTraffic implements Runnable {

    static final String PROCEDURE = "UGAT/AIT-PR01";
    /** Below this many open cases a client files one; above, one action in eight is still a filing. */
    private static final int OPEN_CASES = 24;
    /** Percent of actions tried by someone of another unit (refused: a security event). */
    private static final int INTRUDERS = 3;
    /** Percent of actions on an observable step that ask the requester instead of moving on. */
    private static final int OBSERVATIONS = 8;
    private static final Logger LOG = Logger.getLogger(CaseTraffic.class.getName());
    /** Unexpected failures logged with their stack per client; after that only counted. */
    private static final int LOGGED_FAILURES = 3;

    /** What a client acts through: the kernel, the procedures' flows, SIGTI's database and the role beans. */
    record Kernel(CaseEngine engine, Procedures procedures, DataSource db, Map<String, AsRole> roles) {

        /** The bean that runs work as a holder of {@code role}; a role without one acts as a requester. */
        AsRole as(String role) {
            return roles.getOrDefault(role, roles.get(Roles.SOLICITANTE));
        }
    }

    /** An open step as a client finds it. */
    private record OpenStep(long id, long version, String caseNumber, String procedure, String step, String role,
            String unit, String assignee) {
    }

    private final Kernel kernel;
    private final Sql sql;
    private final Random random;
    private final Actor requester;
    private final long until;
    private final AtomicInteger failures = new AtomicInteger();

    CaseTraffic(Kernel kernel, int client, long seed, long untilMillis) {
        this.kernel = kernel;
        this.sql = new Sql(kernel.db());
        this.random = new Random(seed);
        String user = "crash.solicitante" + client;
        this.requester = new Actor(user, "Solicitante " + client + " de la prueba de caídas", user + "@sigti.example",
                List.of(Roles.SOLICITANTE), "RRHH");
        this.until = untilMillis;
    }

    @Override
    public void run() {
        while (System.currentTimeMillis() < until && !Thread.currentThread().isInterrupted()) {
            try {
                OpenStep step = sql.number("select count(*) from work_case where status = 'OPEN'") < OPEN_CASES
                        || random.nextInt(8) == 0 ? null : anyOpenStep();
                if (step == null) {
                    file();
                } else {
                    act(step);
                }
            } catch (Exception e) {
                failed(e);
            }
        }
    }

    private void file() throws Exception {
        String title = "Prueba de caídas: " + Long.toHexString(random.nextLong());
        ProcedureFlow flow = kernel.procedures().flow(PROCEDURE).orElseThrow();
        in(Roles.SOLICITANTE, () -> kernel.engine().start(PROCEDURE, requester, new NewCase(title,
                "El equipo no enciende desde esta mañana.", "ASISTENCIA_SOFTWARE", null, null, null, null), flow));
    }

    private OpenStep anyOpenStep() throws SQLException {
        List<String[]> rows = sql.table(1, "select w.id, w.version, w.case_number, w.procedure_code, w.step_code,"
                + " w.role_name, w.unit_code, w.assignee_username from work_item w where w.status = 'OPEN'"
                + " order by random()");
        if (rows.isEmpty()) {
            return null;
        }
        String[] r = rows.get(0);
        return new OpenStep(Long.parseLong(r[0]), Long.parseLong(r[1]), r[2], r[3], r[4], r[5], r[6], r[7]);
    }

    private void act(OpenStep open) throws Exception {
        StepDefinition step = kernel.procedures().definition(open.procedure()).step(open.step()).orElseThrow();
        ProcedureFlow flow = kernel.procedures().flow(open.procedure()).orElseThrow();
        CaseEngine engine = kernel.engine();
        if (Roles.SOLICITANTE.equals(open.role()) && !step.responsible().isRequester()) {
            // an observation waits on the requester, who answers it
            Actor asked = new Actor(open.assignee(), null, open.assignee() + "@sigti.example",
                    List.of(Roles.SOLICITANTE), "RRHH");
            in(Roles.SOLICITANTE, () -> engine.act(asked, new Move(open.id(), open.version(), CaseEngine.ANSWER,
                    "Adjunto la aclaración pedida.", Map.of(), null), flow));
            return;
        }
        int dice = random.nextInt(100);
        if (dice < INTRUDERS) {
            Actor other = new Actor("crash.intruso", null, null, List.of(open.role(), Roles.SOLICITANTE), "DTI");
            in(open.role(), () -> engine.act(other, new Move(open.id(), open.version(),
                    step.outcomes().get(0).key(), null, Map.of(), null), flow));
            return;
        }
        Actor performer = performer(open);
        if (step.observable() && dice < INTRUDERS + OBSERVATIONS) {
            in(open.role(), () -> engine.observe(performer, new Move(open.id(), open.version(), CaseEngine.OBSERVE,
                    "¿Desde cuándo ocurre y en qué equipo?", Map.of(), null)));
            return;
        }
        Outcome way = step.outcomes().get(random.nextInt(step.outcomes().size()));
        Map<String, String> values = values(step, open.caseNumber());
        in(open.role(), () -> engine.act(performer, new Move(open.id(), open.version(), way.key(),
                random.nextBoolean() ? null : "Hecho en la prueba de caídas.", values, null), flow));
    }

    /**
     * Who may act on the step: its assignee, else someone of its role in its unit, always the same name for a role
     * and unit (the kernel gives a case back to whoever had it in that unit).
     */
    private static Actor performer(OpenStep open) {
        String user = open.assignee() != null ? open.assignee()
                : "crash." + open.role().toLowerCase(Locale.ROOT) + "." + String.valueOf(open.unit())
                        .toLowerCase(Locale.ROOT);
        List<String> roles = Roles.SOLICITANTE.equals(open.role()) ? List.of(Roles.SOLICITANTE)
                : List.of(open.role(), Roles.SOLICITANTE);
        return new Actor(user, null, user + "@sigti.example", roles, open.unit() == null ? "RRHH" : open.unit());
    }

    /**
     * Values for the fields the step records: every required one, an optional one half the time. Texts are unique,
     * as the knowledge base refuses a title it already has.
     */
    private Map<String, String> values(StepDefinition step, String caseNumber) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldDefinition field : step.fields()) {
            if (!field.required() && random.nextBoolean()) {
                continue;
            }
            values.put(field.name(), switch (field.kind()) {
                case CHOICE -> field.options().get(random.nextInt(field.options().size())).value();
                case HOURS -> Integer.toString(1 + random.nextInt(40));
                default -> "Caídas " + caseNumber + " " + Long.toHexString(random.nextLong());
            });
        }
        return values;
    }

    /** Runs one action in a transaction of its own, as a holder of {@code role}. */
    private void in(String role, Callable<?> action) throws Exception {
        kernel.as(role).call(action);
    }

    /**
     * A rolled-back action: a lost race, a refusal or invalid input is what people meet too; anything else is logged
     * (the first few with their stack) for whoever reads the server log of a failed run.
     */
    private void failed(Exception e) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof WorkflowException || cause instanceof CaseEngine.Denied
                || cause instanceof CaseEngine.IllegalMove) {
            return;
        }
        if (failures.incrementAndGet() <= LOGGED_FAILURES) {
            LOG.log(Level.WARNING, "crash test client: an action failed", e);
        } else {
            LOG.warning(() -> "crash test client: an action failed: " + e);
        }
        try {
            Thread.sleep(50); // a database that refuses everything must not be hammered
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
