package org.sigti.web.health;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.db.DatabaseHealth;
import org.sigti.intake.IntakePoller;

/**
 * Health probes for load balancers and monitors, reachable without a login (web.xml) and revealing no data.
 * {@code /health/live}: the application is deployed. {@code /health/ready}: UP only when the database is reachable
 * and its schema is up to date; otherwise 503 DOWN. Its details name the state of each mailbox SIGTI reads cases from
 * (UP, DOWN, UNKNOWN before the first poll), which never makes SIGTI DOWN: users are served without them.
 */
@WebServlet(urlPatterns = {"/health/ready", "/health/live"})
public class ReadinessServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DatabaseHealth databaseHealth;

    @EJB
    private IntakePoller intake;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean live = request.getServletPath().endsWith("/live");
        boolean up = live || databaseHealth.isDatabaseUp();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String status = up ? "UP" : "DOWN";
        String checks = live ? "[]" : "[{\"name\":\"database\",\"status\":\"" + status + "\"}]";
        StringBuilder mailboxes = new StringBuilder();
        if (!live) {
            // names are [a-z0-9-] (IntakeMailbox): nothing to escape
            intake.states().forEach((name, state) -> mailboxes.append(mailboxes.isEmpty() ? "" : ",")
                    .append("{\"name\":\"").append(name).append("\",\"status\":\"").append(state).append("\"}"));
        }
        response.getWriter().write("{\"status\":\"" + status + "\",\"checks\":" + checks
                + (live ? "" : ",\"details\":{\"mailboxes\":[" + mailboxes + "]}") + "}");
    }
}
