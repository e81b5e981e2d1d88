package org.sigti.it.procedures;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.AsRole;
import org.sigti.it.Sql;
import org.sigti.secplatform.PlatformBackupCalendar;
import org.sigti.workflow.WorkCase;

/**
 * Test-only servlet of the walk-driver WAR for S04.04.00.01 ({@link SecurityPlatformsWalkIT}), called through
 * {@link Walk#fixture}:
 * <ul>
 * <li>{@code POST /walk-driver/secplatform-month?month=yyyy-MM&platform=}: the clock's entry point of the monthly
 * backups, {@link PlatformBackupCalendar#openMonth}, as the daily timer calls it; answers "{cases opened} {id}
 * {number}" (the id and number of the platform's case among them, or "- -");</li>
 * <li>{@code POST /walk-driver/secplatform-register?platform=}: the platform's rows in the register, "kind, primary,
 * secondary, custody|profile:functions;...|login,holder,profile,full;...|period,scheduled,file,location,done by;..."
 * ;</li>
 * <li>{@code POST /walk-driver/secplatform-case?case=}: the case's open steps with their assignee ("step=user;") and
 * its data-center visitor lines ("company,visitor,dni,escort,supervisor,entered?,exited?,branch;").</li>
 * </ul>
 */
@WebServlet({"/secplatform-month", "/secplatform-register", "/secplatform-case"})
public class PlatformFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlatformBackupCalendar calendar;

    @EJB(lookup = AsRole.JEFE)
    private transient AsRole asJefe;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Sql sql = new Sql(db);
        String answer;
        try {
            answer = switch (request.getServletPath()) {
                case "/secplatform-month" -> {
                    YearMonth month = YearMonth.parse(request.getParameter("month"));
                    List<WorkCase> opened = asJefe.call(() -> calendar.openMonth(month, "SIGTI"));
                    Long platform = sql.ids("select id from security_platform where institution_code = 'MINDEF'"
                            + " and code = ?", request.getParameter("platform")).stream().findFirst().orElse(-1L);
                    List<Long> mine = sql.ids("select case_id from security_platform_backup where platform_id = ?"
                            + " and period = ? and scheduled = true", platform, month.toString());
                    String own = opened.stream().filter(c -> mine.contains(c.getId())).findFirst()
                            .map(c -> c.getId() + " " + c.getNumber()).orElse("- -");
                    yield opened.size() + " " + own;
                }
                case "/secplatform-register" -> {
                    String code = request.getParameter("platform");
                    long id = sql.number("select id from security_platform where institution_code = 'MINDEF'"
                            + " and code = ?", code);
                    yield sql.rows("select kind, primary_admin, secondary_admin, credential_custody from"
                            + " security_platform where id = ?", id) + "|"
                            + sql.rows("select name, functions from security_platform_profile where platform_id = ?"
                                    + " order by name", id) + "|"
                            + sql.rows("select u.login, u.holder, p.name, case when u.full_admin then 'si' else 'no' end from security_platform_user u"
                                    + " join security_platform_profile p on p.id = u.profile_id where u.platform_id = ?"
                                    + " order by u.login", id) + "|"
                            + sql.rows("select period, case when scheduled then 'si' else 'no' end, file_name, location, done_by from"
                                    + " security_platform_backup where platform_id = ? order by id", id);
                }
                default -> {
                    long caseId = Long.parseLong(request.getParameter("case"));
                    yield sql.rows("select step_code, assignee_username from work_item where case_id = ? and status = 'OPEN'"
                            + " order by step_code", caseId) + "|"
                            + sql.rows("select company, visitor_name, id_document, escort, supervisor,"
                                    + " case when entered_at is null then 'no' else 'yes' end,"
                                    + " case when exited_at is null then 'no' else 'yes' end, branch"
                                    + " from data_center_visit where case_id = ? order by visitor_name", caseId);
                }
            };
        } catch (Exception e) {
            throw new IOException("walk-driver " + request.getServletPath() + ": " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
