package org.sigti.it.security;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.AsRole;
import org.sigti.it.Sql;
import org.sigti.security.KeycloakEvents;

/**
 * Test-only servlet for {@link SecureDefaultsIT}:
 * <ul>
 * <li>{@code POST /walk-driver/malformed-events?who=} answers the user's MALFORMED_REQUEST security events,
 * "action|detail;" each, oldest first;</li>
 * <li>{@code POST /walk-driver/keycloak-events?who=} imports Keycloak's new events as the Auditor does with
 * "Actualizar" ({@link KeycloakEvents#pull}), then answers the user's security events imported from Keycloak,
 * "kind|action|source address|detail|object id|trail entries;" each, oldest first (trail entries: how many entries
 * of the trail's ledger hold the event).</li>
 * </ul>
 */
@WebServlet({"/malformed-events", "/keycloak-events"})
public class SecureDefaultsFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @EJB(lookup = AsRole.AUDITOR)
    private transient AsRole asAuditor;

    @EJB
    private transient KeycloakEvents keycloakEvents;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String who = request.getParameter("who");
        String answer;
        try {
            Sql sql = new Sql(db);
            if ("/keycloak-events".equals(request.getServletPath())) {
                asAuditor.call(() -> keycloakEvents.pull());
                answer = sql.rows("select e.kind || '|' || e.action || '|' || coalesce(e.source_address, '') || '|'"
                        + " || coalesce(e.detail, '') || '|' || e.object_id || '|' || (select count(*)"
                        + " from trail_entry t where t.ledger = 'security_event' and t.record_id = e.id)"
                        + " from security_event e where e.username = ? and e.object_type = 'KEYCLOAK_EVENT'"
                        + " order by e.occurred_at, e.id", who);
            } else {
                answer = sql.rows("select action || '|' || coalesce(detail, '') from security_event"
                        + " where username = ? and kind = 'MALFORMED_REQUEST' order by id", who);
            }
        } catch (Exception e) {
            throw new IOException("walk-driver " + request.getServletPath() + ": " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
