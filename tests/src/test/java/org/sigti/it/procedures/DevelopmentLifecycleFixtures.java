package org.sigti.it.procedures;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.Sql;

/**
 * Test-only servlet for {@link DevelopmentLifecycleWalkIT}, beside {@link ChangeWalkFixtures}:
 * <ul>
 * <li>{@code POST /walk-driver/linked-case?case=&key=}: the number of the newest case linked to the case under the
 * key (the help desk's ticket SIGTI filed), as the Operador reads it in their inbox;</li>
 * <li>{@code POST /walk-driver/lifecycle-records?case=}: what the case left in the modules, "publication private
 * IP:ports ticket|training attendees|inventory version and environment".</li>
 * </ul>
 */
@WebServlet({"/linked-case", "/lifecycle-records"})
public class DevelopmentLifecycleFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sql sql = new Sql(db);
        String answer;
        try {
            long caseId = Long.parseLong(request.getParameter("case"));
            if ("/linked-case".equals(request.getServletPath())) {
                answer = sql.text("select c.case_number from case_link l join work_case c on c.id = l.child_case_id"
                        + " where l.parent_case_id = ? and l.link_key = ? order by l.id desc", caseId,
                        request.getParameter("key"));
            } else {
                answer = sql.textOrNull("select private_ip || ':' || ports || ' ' || ticket_number from publication"
                        + " where case_id = ?",
                        caseId) + "|" + sql.number("select count(*) from training_attendee a join training_record r"
                                + " on r.id = a.record_id where r.case_id = ?", caseId) + "|"
                        + sql.textOrNull("select system_version || ' ' || environment from it_system_release"
                                + " where case_id = ?", caseId);
            }
        } catch (Exception e) {
            throw new IOException("walk-driver " + request.getServletPath() + ": " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
