package org.sigti.it.satisfaction;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.Sql;

/**
 * Checks of {@link SatisfactionIT} in the server (rows no screen shows): {@code POST /walk-driver/satisfaction?case=}
 * answers the case's ratings ("score,comment,rated by,unit,period;"), then "|", its trail's ratings ("comment;"),
 * then "|", how many ratings the institution has of that period, unit and procedure, then "|", the denials of the
 * satisfaction pages recorded for {@code username} on the case ("action;").
 */
@WebServlet("/satisfaction")
public class SatisfactionFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long caseId = Long.parseLong(request.getParameter("case"));
        Sql sql = new Sql(db);
        String answer;
        try {
            answer = sql.rows("select score, rating_comment, rated_by, unit_code, closed_month from case_rating"
                    + " where case_id = ? order by id", caseId)
                    + "|" + sql.rows("select comment_text from case_event where case_id = ? and action = 'RATE'"
                    + " order by seq", caseId)
                    + "|" + sql.number("select count(*) from case_rating r join case_rating o"
                    + " on o.institution_code = r.institution_code and o.closed_month = r.closed_month"
                    + " and o.unit_code = r.unit_code and o.procedure_code = r.procedure_code where r.case_id = ?",
                    caseId)
                    + "|" + sql.rows("select action from security_event where kind = 'ACCESS_DENIED'"
                    + " and username = ? and object_type = 'case' and object_id = ? and action like 'Satisfaction.%'"
                    + " order by id", request.getParameter("username"), String.valueOf(caseId));
        } catch (Exception e) {
            throw new IOException("satisfaction fixture: " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
