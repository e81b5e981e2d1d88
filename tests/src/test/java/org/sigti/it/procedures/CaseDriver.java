package org.sigti.it.procedures;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.AsRole;
import org.sigti.it.Sql;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.WorkCase;

/**
 * Test-only servlet of a WAR added to the tested EAR ({@link Walk#sharedEar}): the set-up of a browser walk, the
 * steps before the ones under test, done inside the server through the same kernel calls the screens make
 * ({@code Workflow.start} and {@code Workflow.act}: {@link CaseEngine} with the procedure's own flow, so each step's
 * side effects run), as a person of the demo realm, in a transaction run with that person's role ({@link AsRole}).
 * <ul>
 * <li>{@code POST /walk-driver/file?user=&name=&email=&unit=&roles=&procedure=&title=&description=&type=} answers
 * "{id} {number}";</li>
 * <li>{@code POST /walk-driver/act?case=&step=&outcome=&user=...&f=name=value...} does one move on the case's open
 * step and answers the steps open after it;</li>
 * <li>{@code POST /walk-driver/open?procedure=&title=&description=&assignee=&user=...} opens a case as the clock does
 * ({@code CaseEngine.startBySystem}, as a backup schedule's run, on behalf of the user) and answers "{id} {number}".</li>
 * <li>{@code POST /walk-driver/person?user=&name=&email=&unit=&roles=} makes the person known to SIGTI as their first
 * login would (so mails to their role or user name find their address) and answers "ok".</li>
 * </ul>
 * Client side: {@link Walk#fileInServer} and {@link Walk#actInServer}. The steps under test stay in the browser.
 */
@WebServlet({"/file", "/act", "/open", "/person"})
public class CaseDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseEngine engine;

    @Inject
    transient Procedures procedures;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @EJB(lookup = AsRole.SOLICITANTE)
    private transient AsRole asSolicitante;
    @EJB(lookup = AsRole.OPERADOR)
    private transient AsRole asOperador;
    @EJB(lookup = AsRole.TECNICO)
    private transient AsRole asTecnico;
    @EJB(lookup = AsRole.RESPONSABLE)
    private transient AsRole asResponsable;
    @EJB(lookup = AsRole.JEFE)
    private transient AsRole asJefe;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> roles = List.of(request.getParameter("roles").split(","));
        String answer;
        try {
            Actor actor = new Actor(request.getParameter("user"), request.getParameter("name"),
                    request.getParameter("email"), roles, request.getParameter("unit"),
                    request.getParameter("institution") != null ? request.getParameter("institution")
                            : new Sql(db).institutionOf(request.getParameter("user"), request.getParameter("unit")));
            if (request.getServletPath().equals("/person")) {
                String user = request.getParameter("user");
                new Sql(db).knownPerson(987_000_000L + (user.hashCode() & 0xFFFFF), user, request.getParameter("name"),
                        request.getParameter("email"), String.join(",", roles), actor.institutionCode(),
                        request.getParameter("unit"));
                answer = "ok";
            } else if (request.getServletPath().equals("/file")) {
                String procedure = request.getParameter("procedure");
                WorkCase c = as(roles).call(() -> engine.start(procedure, actor, new NewCase(
                        request.getParameter("title"), request.getParameter("description"),
                        request.getParameter("type"), null, null, null, null),
                        procedures.flow(procedure).orElseThrow()));
                answer = c.getId() + " " + c.getNumber();
            } else if (request.getServletPath().equals("/open")) {
                WorkCase c = as(roles).call(() -> engine.startBySystem(request.getParameter("procedure"),
                        request.getParameter("title"), request.getParameter("description"), actor.username(),
                        request.getParameter("assignee"), Map.of()));
                answer = c.getId() + " " + c.getNumber();
            } else {
                long caseId = Long.parseLong(request.getParameter("case"));
                String step = request.getParameter("step");
                Sql sql = new Sql(db);
                long[] item = sql.numbers("select id, version from work_item where case_id = ? and step_code = ?"
                        + " and status = 'OPEN'", caseId, step);
                String procedure = sql.textOrNull("select procedure_code from work_item where id = ?", item[0]);
                Map<String, String> fields = new LinkedHashMap<>();
                String[] pairs = request.getParameterValues("f");
                for (String pair : pairs == null ? new String[0] : pairs) {
                    int eq = pair.indexOf('=');
                    fields.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                as(roles).call(() -> engine.act(actor, new Move(item[0], item[1], request.getParameter("outcome"),
                        request.getParameter("comment"), fields, null), procedures.flow(procedure).orElseThrow()));
                answer = sql.rows("select step_code from work_item where case_id = ? and status = 'OPEN'"
                        + " order by step_code", caseId);
            }
        } catch (Exception e) {
            throw new IOException("walk-driver " + request.getServletPath() + ": " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }

    /** The bean that runs work with the person's IT role, or as a Solicitante. */
    private AsRole as(List<String> roles) {
        if (roles.contains("Jefe")) {
            return asJefe;
        }
        if (roles.contains("Responsable")) {
            return asResponsable;
        }
        if (roles.contains("Tecnico")) {
            return asTecnico;
        }
        if (roles.contains("Operador")) {
            return asOperador;
        }
        return asSolicitante;
    }
}
