package org.sigti.it.procedures;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.Sql;

/**
 * Test-only servlet beside {@link CaseDriver} for the walks of UIT/ASS-PR01/PR02, called through {@link Walk#fixture}.
 * It never receives a credential: it answers what SIGTI wrote, and the test looks for the value itself.
 * <ul>
 * <li>{@code POST /walk-driver/case-texts?case=}: every text SIGTI keeps about the case, one per line: its fields and
 * their history, its trail's comments, its mails, its official documents (fields, body and trail) and the security
 * events about it;</li>
 * <li>{@code POST /walk-driver/case-secrets?case=}: the vault's rows of the case as stored, "label|key id|nonce|
 * ciphertext" one per line;</li>
 * <li>{@code POST /walk-driver/secret-events?case=&who=&kind=}: how many security events of that kind the user has
 * about the case ({@code user} names the driver's caller);</li>
 * <li>{@code POST /walk-driver/unit-staff?of=&team=&with=}: the e-mail addresses, sorted and comma separated, of
 * everyone SIGTI knows in the unit {@code team} of the institution {@code of} with one of the roles {@code with}
 * (comma separated; the driver's own user, unit and roles parameters name its caller): the people a mail "to the
 * Jefe de la UIT" reaches, the demo users and whoever else logged in with that role, such as the directory's
 * Jefe.</li>
 * <li>{@code POST /walk-driver/cases-titled?title=}: how many cases have that title (a refused filing left none).</li>
 * </ul>
 */
@WebServlet({"/case-texts", "/case-secrets", "/secret-events", "/unit-staff", "/cases-titled"})
public class DeploymentWalkFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sql sql = new Sql(db);
        String answer;
        try {
            if ("/cases-titled".equals(request.getServletPath())) {
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().print(sql.number("select count(*) from work_case where title = ?",
                        request.getParameter("title")));
                return;
            }
            if ("/unit-staff".equals(request.getServletPath())) {
                answer = staff(sql, request.getParameter("of"), request.getParameter("team"),
                        List.of(request.getParameter("with").split(",")));
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().print(answer);
                return;
            }
            long caseId = Long.parseLong(request.getParameter("case"));
            answer = switch (request.getServletPath()) {
                case "/case-texts" -> String.join("\n",
                        sql.rows("select name, value_text from case_field where case_id = ?", caseId),
                        sql.rows("select title, description from work_case where id = ?", caseId),
                        sql.rows("select action, comment_text, documents from case_event where case_id = ?", caseId),
                        sql.rows("select recipient, subject, body from mail_outbox where case_id = ?", caseId),
                        sql.rows("select addressees, subject, doc_reference, body from official_document"
                                + " where case_id = ?", caseId),
                        sql.rows("select e.action, e.detail from official_document_event e join official_document d"
                                + " on d.id = e.document_id where d.case_id = ?", caseId),
                        sql.rows("select kind, action, detail from security_event where object_id = ?",
                                String.valueOf(caseId)));
                case "/case-secrets" -> sql.rows("select label, key_id, nonce, ciphertext from case_secret"
                        + " where case_id = ? order by id", caseId);
                default -> String.valueOf(sql.number("select count(*) from security_event where object_id = ?"
                        + " and username = ? and kind = ?", String.valueOf(caseId), request.getParameter("who"),
                        request.getParameter("kind")));
            };
        } catch (Exception e) {
            throw new IOException("walk-driver " + request.getServletPath() + ": " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }

    private static String staff(Sql sql, String institution, String unit, List<String> roles) throws SQLException {
        Set<String> addresses = new TreeSet<>();
        for (String row : sql.rows("select p.email, p.roles from user_profile p join org_unit u on u.id = p.unit_id"
                + " where u.institution_code = ? and u.code = ? and p.email is not null", institution, unit)
                .split(";")) {
            if (row.isEmpty()) {
                continue;
            }
            int comma = row.indexOf(',');
            if (Arrays.stream(row.substring(comma + 1).split(",")).anyMatch(roles::contains)) {
                addresses.add(row.substring(0, comma));
            }
        }
        return String.join(",", addresses);
    }
}
