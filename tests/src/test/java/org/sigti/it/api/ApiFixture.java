package org.sigti.it.api;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.Sql;

/**
 * Test-only servlet of a WAR added to the tested EAR, so that the REST API tests (which run as a client) assert what
 * the database holds: {@code /api-fixture/number?q=SELECT...&a=arg} answers the query's single number
 * ({@link Sql#number}). Queries only.
 */
@WebServlet("/number")
public class ApiFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String select = request.getParameter("q");
        if (select == null || !select.strip().toLowerCase(Locale.ROOT).startsWith("select ")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "queries only");
            return;
        }
        String[] args = request.getParameterValues("a");
        try {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(new Sql(db).number(select, (Object[]) (args == null ? new String[0] : args)));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
