package org.sigti.crash;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.AsRole;
import org.sigti.it.Sql;
import org.sigti.security.Roles;
import org.sigti.security.trail.AuditAnchors;
import org.sigti.workflow.AuditChain;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Procedures;

/**
 * The crash test's hands and eyes inside the server under test: a servlet of a test-only WAR that only the crash
 * test's EAR holds ({@link CrashLoop#ear}), without a security constraint.
 * <ul>
 * <li>{@code POST /crash-driver/load?threads=N&seconds=S&seed=X} starts N clients ({@link CaseTraffic}) and a writer
 * of audit anchors, on threads of the server's managed thread factory, for at most S seconds (the test kills the
 * server long before); answers "started".</li>
 * <li>{@code GET /crash-driver/verify} answers the checks of {@link MoveIntegrity}: lines {@code count <name> <n>}
 * and {@code problem <text>}, none of the latter when every case is whole.</li>
 * <li>{@code GET /crash-driver/outbox} answers the outbox, one line per case, recipient and subject (the case
 * {@code null} for a mail about none): {@code case \t recipient \t subject \t queued \t sent}, for the test to match
 * the mails its SMTP server got.</li>
 * <li>{@code POST /crash-driver/plant} writes what a half-done move would leave, on the latest case, for the test to
 * see the checks catch it: a recorded value and an outbox mail of no move (ids below zero, the mail given up, so the
 * outbox never sends it); answers the case's number.</li>
 * </ul>
 */
@WebServlet({"/load", "/verify", "/outbox", "/plant"})
public class CrashDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CrashDriver.class.getName());
    /** How often the anchor writer appends the ledgers' heads to the anchor file (production: hourly). */
    private static final long ANCHOR_MILLIS = 250;

    @Inject
    transient CaseEngine engine;

    @Inject
    transient Procedures procedures;

    @Inject
    transient AuditChain chain;

    @EJB
    transient AuditAnchors anchors;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    transient DataSource db;

    @Resource
    transient ManagedThreadFactory threads;

    @EJB(lookup = AsRole.SOLICITANTE)
    transient AsRole asSolicitante;
    @EJB(lookup = AsRole.OPERADOR)
    transient AsRole asOperador;
    @EJB(lookup = AsRole.TECNICO)
    transient AsRole asTecnico;
    @EJB(lookup = AsRole.RESPONSABLE)
    transient AsRole asResponsable;
    @EJB(lookup = AsRole.JEFE)
    transient AsRole asJefe;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            switch (request.getServletPath()) {
                case "/load" -> text(response).println(load(Integer.parseInt(request.getParameter("threads")),
                        Long.parseLong(request.getParameter("seconds")), Long.parseLong(request.getParameter("seed"))));
                case "/plant" -> text(response).print(plantHalfMove(new Sql(db)));
                default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
        } catch (SQLException e) {
            throw new IOException("crash-driver " + request.getServletPath() + ": " + e, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            switch (request.getServletPath()) {
                case "/verify" -> verify(text(response));
                case "/outbox" -> outbox(text(response));
                default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
        } catch (SQLException e) {
            throw new IOException("crash-driver " + request.getServletPath() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("crash-driver " + request.getServletPath() + " interrupted", e);
        }
    }

    private String load(int clients, long seconds, long seed) {
        long until = System.currentTimeMillis() + 1000L * seconds;
        CaseTraffic.Kernel kernel = new CaseTraffic.Kernel(engine, procedures, db, Map.of(Roles.SOLICITANTE,
                asSolicitante, Roles.OPERADOR, asOperador, Roles.TECNICO, asTecnico, Roles.RESPONSABLE, asResponsable,
                Roles.JEFE, asJefe));
        for (int client = 1; client <= clients; client++) {
            threads.newThread(new CaseTraffic(kernel, client, seed * 31 + client, until)).start();
        }
        threads.newThread(() -> anchorUntil(until)).start();
        return "started";
    }

    private void verify(PrintWriter out) throws SQLException, InterruptedException {
        MoveIntegrity integrity = new MoveIntegrity(new Sql(db), chain, procedures);
        List<String> problems = integrity.problems();
        if (!problems.isEmpty()) {
            // SIGTI's own timers still write while the checks read (a breach recorded between reading a case and its
            // records): a half-move is for good, so only what a second reading finds again counts
            Thread.sleep(1000);
            problems.retainAll(integrity.problems());
        }
        integrity.counts().forEach((name, count) -> out.println("count " + name + " " + count));
        problems.forEach(problem -> out.println("problem " + problem));
    }

    private void outbox(PrintWriter out) throws SQLException {
        for (String[] row : new Sql(db).table(Integer.MAX_VALUE, "select case when case_id is null then 'null' else"
                + " source end as about, recipient, subject, count(*), sum(case when status = 'SENT' then 1 else 0"
                + " end) from mail_outbox group by about, recipient, subject")) {
            out.println(String.join("\t", List.of(row).stream().map(CrashDriver::oneLine).toList()));
        }
    }

    /** The rows of a move cut in half, on the latest case: a value and a requester's mail with no trail record. */
    private static String plantHalfMove(Sql sql) throws SQLException {
        String[] latest = sql.table(1, "select id, case_number from work_case order by id desc").get(0);
        long caseId = Long.parseLong(latest[0]);
        sql.update("insert into case_field (id, case_id, name, value_text, step_code, recorded_by, recorded_at,"
                + " version) values (-1, ?, 'plantado', 'sin movimiento', '2', 'crash.plant', current_timestamp, 0)",
                caseId);
        sql.update("insert into mail_outbox (id, created_at, source, case_id, template, recipient, subject, body,"
                + " status, attempts, version) values (-2, current_timestamp, ?, ?, 'notified',"
                + " 'crash.plant@sigti.example', 'Correo de un movimiento a medias', '-', 'FAILED', 5, 0)",
                latest[1], caseId);
        return latest[1];
    }

    /**
     * Appends the ledgers' heads to the anchor file every {@value #ANCHOR_MILLIS} ms while the clients run, so that
     * kills land during anchoring too: a torn line would read as a forged one in the chain check.
     */
    private void anchorUntil(long until) {
        while (System.currentTimeMillis() < until) {
            try {
                anchors.anchor();
                Thread.sleep(ANCHOR_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "crash test: the ledgers could not be anchored now", e);
            }
        }
    }

    /** A value on one line of the answer: subjects have neither tabs nor line breaks, but none may break a line. */
    static String oneLine(String value) {
        return String.valueOf(value).replaceAll("[\t\r\n]", " ");
    }

    private static PrintWriter text(HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        return response.getWriter();
    }
}
