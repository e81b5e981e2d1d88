package org.sigti.it.accounts;

import java.io.IOException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import org.sigti.accounts.review.AccessReviewPlanner;
import org.sigti.it.Sql;
import org.sigti.workflow.WorkCase;

/**
 * Test-only servlet of a WAR added to the tested EAR, for the browser walks of the account procedures:
 * {@code /accounts-fixture/person?user=U&name=N&unit=X&vpn=true} gives a MINDEF person the accounts a baja removes
 * (AD, OWA, a platform of its own with a license pool whose seat the person holds, and a VPN user when asked) and answers
 * that platform's code; {@code /accounts-fixture/rows?q=SELECT...&a=arg} answers a query's rows the way
 * {@link Sql#rows} writes them, so the walks assert what the database holds;
 * {@code /accounts-fixture/reconcile?semester=S} asks for semester S's reconciliation with Human Resources' list (what
 * the semester calendar does) and answers "{id} {number}" of its case. Client side: {@link AccountWalk}.
 */
@WebServlet({"/person", "/rows", "/reconcile"})
public class AccountsFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The walks' institution: S04.03.01.01/02 are MINDEF's, and so are AD, OWA and VPN (db/demo). */
    private static final String MINDEF = "MINDEF";

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Resource
    private transient UserTransaction tx;

    @Inject
    private transient AccessReviewPlanner planner;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sql sql = new Sql(db);
        String answer;
        try {
            if (request.getServletPath().equals("/reconcile")) {
                answer = reconcile(request.getParameter("semester"));
            } else if (request.getServletPath().equals("/rows")) {
                String select = request.getParameter("q");
                if (!select.strip().toLowerCase(Locale.ROOT).startsWith("select ")) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "queries only");
                    return;
                }
                String[] args = request.getParameterValues("a");
                answer = sql.rows(select, (Object[]) (args == null ? new String[0] : args));
            } else {
                answer = person(sql, request.getParameter("user"), request.getParameter("name"),
                        request.getParameter("unit"), Boolean.parseBoolean(request.getParameter("vpn")));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }

    private String reconcile(String semester) throws IOException {
        try {
            tx.begin();
            try {
                WorkCase c = planner.reconcile(semester, "prueba");
                tx.commit();
                return c.getId() + " " + c.getNumber();
            } catch (RuntimeException e) {
                tx.rollback();
                throw e;
            }
        } catch (jakarta.transaction.NotSupportedException | jakarta.transaction.SystemException
                | jakarta.transaction.RollbackException | jakarta.transaction.HeuristicMixedException
                | jakarta.transaction.HeuristicRollbackException e) {
            throw new IOException(e);
        }
    }

    private static String person(Sql sql, String user, String name, String unit, boolean vpn) throws SQLException {
        long id = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        String platform = "TL" + (id % 1_000_000_000L);
        sql.platform(id, MINDEF, platform, "Plataforma con licencias " + platform, true);
        sql.licensePool(id + 1, MINDEF, "POOL-" + platform, "Licencia de prueba", 5, 1, id);
        sql.update("insert into license_seat (id, pool_id, holder_username, active_holder, assigned_at, assigned_by,"
                + " version) values (?, ?, ?, ?, ?, 'fixture', 0)", id + 2, id + 1, user, user, now);
        account(sql, id + 3, "AD", user, name, unit, "USUARIO");
        account(sql, id + 4, "OWA", user, name, unit, "BUZON");
        account(sql, id + 5, platform, user, name, unit, null);
        if (vpn) {
            account(sql, id + 6, "VPN", user, name, unit, null);
        }
        return platform;
    }

    private static void account(Sql sql, long id, String platform, String user, String name, String unit,
            String privilege) throws SQLException {
        sql.account(id, MINDEF, platform, user, user, name, unit, "fixture");
        if (privilege != null) {
            sql.update("insert into account_privilege (account_id, privilege_code) values (?, ?)", id, privilege);
        }
    }
}
