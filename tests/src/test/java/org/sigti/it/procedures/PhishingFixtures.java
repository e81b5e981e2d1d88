package org.sigti.it.procedures;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.Sql;

/**
 * Test only, in the walk-driver WAR, for {@link PhishingWalkIT}: {@code /phishing-accounts?person=U&personName=N} gives a
 * MINDEF person an AD and an OWA account (as an alta leaves them); {@code /phishing-rows?q=SELECT...&a=arg} answers a
 * query's rows as {@link Sql#rows} writes them (text arguments only), so the walk asserts what the database holds.
 */
@WebServlet({"/phishing-accounts", "/phishing-rows"})
public class PhishingFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sql sql = new Sql(db);
        String answer;
        try {
            if (request.getServletPath().equals("/phishing-rows")) {
                String select = request.getParameter("q");
                if (!select.strip().toLowerCase(Locale.ROOT).startsWith("select ")) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "queries only");
                    return;
                }
                String[] args = request.getParameterValues("a");
                answer = sql.rows(select, (Object[]) (args == null ? new String[0] : args));
            } else {
                // not "user" and "name": the walk driver's own parameters, which come first, name the caller
                String user = request.getParameter("person");
                String name = request.getParameter("personName");
                long id = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
                sql.account(id, "MINDEF", "AD", user, user, name, "DGA", "fixture");
                sql.account(id + 1, "MINDEF", "OWA", user, user, name, "DGA", "fixture");
                sql.update("insert into account_privilege (account_id, privilege_code) values (?, 'BUZON')", id + 1);
                answer = "ok";
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
