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
 * Test-only servlet for {@link SystemMaintenanceLifecycleWalkIT}, beside {@link ChangeWalkFixtures}:
 * <ul>
 * <li>{@code POST /walk-driver/maintenance-restore?case=}: the case's restore link, "copy|target kind|target|restored
 * by", or "none";</li>
 * <li>{@code POST /walk-driver/maintenance-changes?case=}: the case's changes in the system's history, oldest first,
 * "version,copy,approved by;" each.</li>
 * </ul>
 */
@WebServlet({"/maintenance-restore", "/maintenance-changes"})
public class SystemMaintenanceLifecycleFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sql sql = new Sql(db);
        long caseId = Long.parseLong(request.getParameter("case"));
        String answer;
        try {
            if ("/maintenance-restore".equals(request.getServletPath())) {
                String row = sql.textOrNull("select cast(copy_id as varchar(20)) || '|' || target_kind || '|'"
                        + " || target_name || '|' || restored_by from restore_link where case_id = ?", caseId);
                answer = row == null ? "none" : row;
            } else {
                answer = sql.rows("select version_ref, backup_copy_id, approved_by from system_change"
                        + " where case_id = ? order by id", caseId);
            }
        } catch (Exception e) {
            throw new IOException("walk-driver " + request.getServletPath() + ": " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
