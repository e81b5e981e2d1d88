package org.sigti.it.intake;

import java.io.IOException;
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

/**
 * Test-only servlet for {@link MailIntakeIT}, in the walk driver's WAR:
 * <ul>
 * <li>{@code /intake-message?id=} what SIGTI recorded of the mail with that Message-ID, "outcome|case|detail" per row
 * (the case's number, or "-");</li>
 * <li>{@code /intake-case?number=} the case as the intake filed it: "requester|requester's name|contact|channel|
 * procedure|status", then each attachment "name type", then each trail action, then its description: rows ended by ";", groups by "#";</li>
 * <li>{@code /intake-case-id?number=} the case's id;</li>
 * <li>{@code /intake-fields?number=} the case's recorded values: "name=value|step|by;", by name;</li>
 * <li>{@code /intake-observe?case=} the help desk's Operador asks the requester about the case's step 2.</li>
 * </ul>
 */
@WebServlet({"/intake-message", "/intake-case", "/intake-case-id", "/intake-observe", "/intake-fields"})
public class IntakeFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Inject
    transient CaseEngine engine;

    @EJB(lookup = AsRole.OPERADOR)
    private transient AsRole asOperador;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            Sql sql = new Sql(db);
            answer = switch (request.getServletPath()) {
                case "/intake-message" -> sql.rows("select m.outcome || '|' || coalesce(c.case_number, '-') || '|'"
                        + " || coalesce(m.detail, '') from intake_message m left join work_case c on c.id = m.case_id"
                        + " where m.message_id = ? order by m.id", request.getParameter("id"));
                case "/intake-fields" -> sql.rows("select f.name || '=' || f.value_text || '|' || f.step_code || '|'"
                        + " || f.recorded_by from case_field f join work_case c on c.id = f.case_id"
                        + " where c.case_number = ? order by f.name", request.getParameter("number"));
                case "/intake-case-id" -> String.valueOf(sql.numbers("select id from work_case where case_number = ?",
                        request.getParameter("number"))[0]);
                case "/intake-case" -> {
                    String number = request.getParameter("number");
                    yield sql.rows("select requester_username || '|' || requester_name || '|' || coalesce(contact_email,"
                            + " '') || '|' || channel || '|' || procedure_code || '|' || status from work_case"
                            + " where case_number = ?", number) + "#" + sql.rows("select a.file_name || ' '"
                                    + " || a.content_type from case_attachment a join work_case c on c.id = a.case_id"
                                    + " where c.case_number = ? order by a.id", number) + "#"
                            + sql.rows("select e.action from case_event e join work_case c on c.id = e.case_id"
                                    + " where c.case_number = ? order by e.seq", number) + "#"
                            + sql.rows("select description from work_case where case_number = ?", number);
                }
                default -> {
                    long caseId = Long.parseLong(request.getParameter("case"));
                    long[] item = sql.numbers("select id, version from work_item where case_id = ? and step_code = '2'"
                            + " and status = 'OPEN'", caseId);
                    Actor operador = new Actor("operador", "Luis Fernández Choque", "operador@sigti.example",
                            List.of("Operador", "Solicitante"), "AIT", "AGETIC");
                    asOperador.call(() -> engine.observe(operador, new Move(item[0], item[1], CaseEngine.OBSERVE,
                            "¿Desde qué equipo escribe? Indique su código de inventario.", Map.of(), null)));
                    yield "ok";
                }
            };
        } catch (Exception e) {
            throw new IOException("intake fixture " + request.getServletPath() + ": " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
