package org.sigti.it.statistics;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.Sql;

/**
 * Checks of {@link StatisticsIntakeIT} in the server, reading the statistics store: {@code POST
 * /walk-driver/statistics?period=P} answers the due of that period ("id"), then "|", its uploads in order
 * ("outcome,version,cells,rejections;"), then "|", the due ("acceptedVersion,attempts,remindedBefore,remindedAfter"
 * with 1/0 for the reminders); {@code ?denied=USER&action=A} answers how many denials of that action the security
 * events hold for the user.
 */
@WebServlet("/statistics")
public class StatisticsFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sql sql = new Sql(db);
        String answer;
        try {
            if (request.getParameter("denied") != null) {
                answer = String.valueOf(sql.number("select count(*) from security_event where username = ?"
                        + " and action = ? and kind = 'ACCESS_DENIED'", request.getParameter("denied"),
                        request.getParameter("action")));
            } else {
                String period = request.getParameter("period");
                answer = sql.text("select id from stat_due where period = ?", period)
                        + "|" + sql.rows("select s.outcome, s.data_version,"
                        + " (select count(*) from stat_cell c where c.submission_id = s.id),"
                        + " (select count(*) from stat_rejection r where r.submission_id = s.id)"
                        + " from stat_submission s join stat_due d on d.id = s.due_id where d.period = ?"
                        + " order by s.attempt", period)
                        + "|" + sql.rows("select accepted_version, attempts,"
                        + " case when reminded_before_on is null then 0 else 1 end,"
                        + " case when reminded_after_on is null then 0 else 1 end from stat_due where period = ?",
                        period);
            }
        } catch (Exception e) {
            throw new IOException("statistics fixture: " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
