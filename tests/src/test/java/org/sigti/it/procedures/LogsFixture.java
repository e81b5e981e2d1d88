package org.sigti.it.procedures;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.backup.BackupRuns;
import org.sigti.it.AsRole;
import org.sigti.it.Sql;
import org.sigti.procedure.logs.AnnualLogReports;

/**
 * Server-side set-up and checks of S04.03.01.04's tests, in the walk-driver WAR ({@link Walk#sharedEar}):
 * <ul>
 * <li>{@code POST /logs-annual?year=} calls the clock's entry point of the annual report ({@link AnnualLogReports#open})
 * as the timer does (as the Jefe) and answers the new case's id, or "none" when the year has its report;</li>
 * <li>{@code POST /logs-run?schedule=} runs a LOG backup job now, as its timer would (a Responsable), and answers the
 * run's (backup task's) id;</li>
 * <li>{@code /logs-number?q=SELECT...&a=arg} answers the query's single number (queries only; GET or POST).</li>
 * </ul>
 */
@WebServlet({"/logs-annual", "/logs-run", "/logs-number"})
public class LogsFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @EJB(lookup = AsRole.JEFE_MINDEF)
    private transient AsRole asJefe;

    @EJB(lookup = AsRole.RESPONSABLE)
    private transient AsRole asResponsable;

    @EJB
    private transient AnnualLogReports reports;

    @EJB
    private transient BackupRuns runs;

    /** The queries only: a GET changes nothing. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().equals("/logs-number")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            switch (request.getServletPath()) {
                case "/logs-annual" -> {
                    int year = Integer.parseInt(request.getParameter("year"));
                    answer = asJefe.call(() -> reports.open(year)).map(String::valueOf).orElse("none");
                }
                case "/logs-run" -> {
                    long schedule = Long.parseLong(request.getParameter("schedule"));
                    answer = asResponsable.call(() -> runs.run(schedule, Instant.now().truncatedTo(
                            ChronoUnit.SECONDS), false)).map(String::valueOf).orElse("none");
                }
                default -> {
                    String select = request.getParameter("q");
                    if (select == null || !select.strip().toLowerCase(Locale.ROOT).startsWith("select ")) {
                        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "queries only");
                        return;
                    }
                    String[] args = request.getParameterValues("a");
                    answer = String.valueOf(new Sql(db).number(select, (Object[]) (args == null ? new String[0]
                            : args)));
                }
            }
        } catch (Exception e) {
            throw new IOException("logs fixture " + request.getServletPath() + ": " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
