package org.sigti.it.security;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.Sql;

/**
 * Test-only servlet for {@link SecureDefaultsIT}: {@code POST /walk-driver/malformed-events?who=} answers the user's
 * MALFORMED_REQUEST security events, "action|detail;" each, oldest first.
 */
@WebServlet("/malformed-events")
public class SecureDefaultsFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            answer = new Sql(db).rows("select action || '|' || coalesce(detail, '') from security_event"
                    + " where username = ? and kind = 'MALFORMED_REQUEST' order by id", request.getParameter("who"));
        } catch (Exception e) {
            throw new IOException("walk-driver /malformed-events: " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
