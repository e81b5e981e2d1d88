package org.sigti.it.canned;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.Sql;

/**
 * Checks of {@link CannedResponsesIT} in the server (rows no screen shows): {@code POST /walk-driver/canned?title=
 * &case=} answers the canned responses titled so ("institution,procedure,active,changed by;"), then "|", the comments
 * of the case's completed steps ("step:comment;").
 */
@WebServlet("/canned")
public class CannedFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sql sql = new Sql(db);
        String answer;
        try {
            answer = sql.rows("select institution_code, coalesce(procedure_code, '*'),"
                    + " case when active then 'si' else 'no' end, changed_by"
                    + " from canned_response where title = ? order by id", request.getParameter("title"))
                    + "|" + sql.rows("select from_step || ':' || comment_text from case_event where case_id = ?"
                    + " and action = 'COMPLETE' and comment_text is not null order by seq",
                    Long.parseLong(request.getParameter("case")));
        } catch (Exception e) {
            throw new IOException("canned fixture: " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
