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
 * Test-only servlet for the walks of MINDEF's software lifecycle ({@link DecommissionWalkIT},
 * {@link SystemMaintenanceLifecycleWalkIT}), beside {@link ChangeWalkFixtures}:
 * <ul>
 * <li>{@code POST /walk-driver/copy-kind?copy=&kind=}: the copy's schedule backs up that kind of target (DATABASE,
 * SOURCE_CODE), as a schedule of the system's database would; answers the copy's id;</li>
 * <li>{@code POST /walk-driver/system-active?system=}: "true" or "false", the system's place in the active
 * catalog;</li>
 * <li>{@code POST /walk-driver/maintenance-restore?case=}: the case's restore link, "copy|target kind|target|restored
 * by", or "none";</li>
 * <li>{@code POST /walk-driver/maintenance-changes?case=}: the case's changes in the system's history, oldest first,
 * "version,copy,approved by;" each;</li>
 * <li>{@code POST /walk-driver/maintenance-inventory?case=}: the inventory entries the case recorded, "system
 * code,version,environment,recorded by;" each;</li>
 * <li>{@code POST /walk-driver/maintenance-ticket?case=&key=}: the number of the newest case the case opened under the
 * link's key (its help-desk ticket).</li>
 * </ul>
 */
@WebServlet({"/copy-kind", "/system-active", "/maintenance-restore", "/maintenance-changes",
        "/maintenance-inventory", "/maintenance-ticket"})
public class DecommissionFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sql sql = new Sql(db);
        String answer;
        try {
            if ("/copy-kind".equals(request.getServletPath())) {
                long copy = Long.parseLong(request.getParameter("copy"));
                sql.update("update backup_schedule set target_kind = ? where id = (select t.schedule_id from"
                        + " backup_task t join backup_copy c on c.task_id = t.id where c.id = ?)",
                        request.getParameter("kind"), copy);
                answer = String.valueOf(copy);
            } else if ("/maintenance-restore".equals(request.getServletPath())) {
                String row = sql.textOrNull("select cast(copy_id as varchar(20)) || '|' || target_kind || '|'"
                        + " || target_name || '|' || restored_by from restore_link where case_id = ?",
                        Long.parseLong(request.getParameter("case")));
                answer = row == null ? "none" : row;
            } else if ("/maintenance-inventory".equals(request.getServletPath())) {
                answer = sql.rows("select s.code, r.system_version, r.environment, r.recorded_by from"
                        + " it_system_release r join it_system s on s.id = r.system_id where r.case_id = ?"
                        + " order by r.id", Long.parseLong(request.getParameter("case")));
            } else if ("/maintenance-ticket".equals(request.getServletPath())) {
                answer = sql.text("select c.case_number from case_link l join work_case c on c.id = l.child_case_id"
                        + " where l.parent_case_id = ? and l.link_key = ? order by l.id desc",
                        Long.parseLong(request.getParameter("case")), request.getParameter("key"));
            } else if ("/maintenance-changes".equals(request.getServletPath())) {
                answer = sql.rows("select version_ref, backup_copy_id, approved_by from system_change"
                        + " where case_id = ? order by id", Long.parseLong(request.getParameter("case")));
            } else {
                answer = String.valueOf(sql.text("select case when active then 'true' else 'false' end from"
                        + " it_system where id = ?", Long.parseLong(request.getParameter("system"))));
            }
        } catch (Exception e) {
            throw new IOException("walk-driver " + request.getServletPath() + ": " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
