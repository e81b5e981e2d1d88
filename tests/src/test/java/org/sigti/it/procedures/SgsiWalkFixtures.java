package org.sigti.it.procedures;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.Sql;

/**
 * Test-only servlet beside {@link CaseDriver} for {@link SgsiWalkIT}: the rows of S04.01.00.03 a walk checks that no
 * screen shows whole.
 * <ul>
 * <li>{@code POST /walk-driver/sgsi-register?prefix=}: the register's entries whose code starts with the prefix,
 * "code,state,version,memorandum,versions;" by code, then "|" and their versions "code,label,case number,memorandum;"
 * by code and upload;</li>
 * <li>{@code POST /walk-driver/sgsi-case?case=}: the case's review notes "step,kind;", "|", its COMPLETE audit rows
 * "from→to user;" in order, "|", its memorándum "id number state".</li>
 * <li>{@code POST /walk-driver/sgsi-denials?username=}: the user's recorded denials, oldest first, "action,object
 * type,object id;". (Not "after the newest id": the audit tests insert rows with ids far above SIGTI's.)</li>
 * </ul>
 */
@WebServlet({"/sgsi-register", "/sgsi-case", "/sgsi-denials"})
public class SgsiWalkFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sql sql = new Sql(db);
        String answer;
        try {
            answer = switch (request.getServletPath()) {
                case "/sgsi-register" -> {
                    String prefix = request.getParameter("prefix") + "%";
                    yield sql.rows("select d.code, d.state, d.version_label, coalesce(d.memorandum, '-'),"
                            + " (select count(*) from sgsi_document_version v where v.document_id = d.id)"
                            + " from sgsi_document d where d.code like ? order by d.code", prefix) + "|"
                            + sql.rows("select d.code, v.version_label, coalesce(c.case_number, '-'),"
                            + " coalesce(v.memorandum, '-') from sgsi_document_version v join sgsi_document d"
                            + " on d.id = v.document_id left join work_case c on c.id = v.case_id where d.code like ?"
                            + " order by d.code, v.uploaded_at, v.id", prefix);
                }
                case "/sgsi-case" -> {
                    long caseId = Long.parseLong(request.getParameter("case"));
                    yield sql.rows("select step_code, kind from sgsi_review_note where case_id = ? order by id",
                            caseId) + "|" + sql.rows("select from_step || '→' || to_steps, actor_username"
                            + " from case_event where case_id = ? and action = 'COMPLETE' order by id", caseId)
                            + "|" + sql.textOrNull("select id || ' ' || doc_number || ' ' || state from official_document"
                            + " where case_id = ? and kind = 'MEMORANDUM'", caseId);
                }
                default -> sql.rows("select action, coalesce(object_type, '-'), coalesce(object_id, '-')"
                        + " from security_event where username = ? and kind = 'ACCESS_DENIED' order by occurred_at,"
                        + " id", request.getParameter("username"));
            };
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }
}
