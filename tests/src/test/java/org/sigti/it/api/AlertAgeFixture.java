package org.sigti.it.api;

import java.io.IOException;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.Sql;

/**
 * Test-only servlet beside {@link ApiFixture}: {@code POST /api-fixture/age-alert?case=ID&hours=N} moves the last
 * arrival of the security alert of incident case ID N hours into the past, as if the window had passed; answers the
 * rows changed.
 */
@WebServlet("/age-alert")
public class AlertAgeFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long caseId = Long.parseLong(request.getParameter("case"));
        long hours = Long.parseLong(request.getParameter("hours"));
        try {
            int changed = new Sql(db).update("update security_incident set last_alert_at = ? where case_id = ?",
                    java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(hours * 3600)), caseId);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(changed);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
