package org.sigti.it.restart;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.backup.BackupSchedules;
import org.sigti.backup.BackupTimers;
import org.sigti.it.AsJefe;
import org.sigti.it.AsRole;
import org.sigti.it.Sql;
import org.sigti.it.backup.BackupFixture;

/**
 * The server side of the backup restart tests, in a probe WAR of the EAR (the tests run on the client, because they
 * span two server starts): {@code ?do=create} defines a schedule firing every 2 seconds and waits for its first
 * task; {@code ?do=check&id=} answers its timers and its tasks' planned times; {@code ?do=disable&id=} stops it.
 * Answers are lines "key=value".
 */
@WebServlet("/backup")
public class BackupRestartProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Every 2 seconds: a restart misses several planned times, more than WildFly's one late firing makes up. */
    static final String EXPRESSION = "*/2 * * * * *";
    static final int PERIOD_SECONDS = 2;

    @EJB
    private BackupSchedules schedules;

    @EJB
    private BackupTimers timers;

    @EJB(lookup = AsRole.JEFE)
    private AsJefe asJefe;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private DataSource db;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            StringBuilder out = new StringBuilder();
            switch (String.valueOf(request.getParameter("do"))) {
                case "create" -> {
                    BackupFixture.knownPeople(db);
                    long id = asJefe.callIn(BackupFixture.INSTITUTION, () -> schedules.save(
                            BackupFixture.custom("IT reinicio " + Instant.now(), EXPRESSION)));
                    Instant deadline = Instant.now().plusSeconds(30);
                    while (planned(id).isEmpty() && Instant.now().isBefore(deadline)) {
                        Thread.sleep(250);
                    }
                    out.append("id=").append(id).append('\n');
                }
                case "check" -> {
                    long id = Long.parseLong(request.getParameter("id"));
                    out.append("timers=").append(String.join(";", timers.timerExpressions(id))).append('\n');
                    out.append("planned=").append(String.join(";", planned(id).stream().map(String::valueOf)
                            .toList())).append('\n');
                    out.append("catchUp=").append(new Sql(db).number("select count(*) from backup_task"
                            + " where schedule_id = ? and catch_up = true", id)).append('\n');
                    out.append("withoutCase=").append(new Sql(db).number("select count(*) from backup_task"
                            + " where schedule_id = ? and case_id is null and status <> 'MISSED'", id)).append('\n');
                }
                case "disable" -> {
                    long id = Long.parseLong(request.getParameter("id"));
                    asJefe.callIn(BackupFixture.INSTITUTION, () -> {
                        schedules.disable(id);
                        return null;
                    });
                    out.append("disabled=").append(id).append('\n');
                }
                default -> {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
            }
            response.getWriter().write(out.toString());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** The planned times of a schedule's tasks, epoch seconds, in order. */
    private List<Long> planned(long id) throws SQLException {
        List<Long> planned = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select planned_at from backup_task where schedule_id = ? order by planned_at")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    planned.add(r.getObject(1, java.time.OffsetDateTime.class).toEpochSecond());
                }
            }
        }
        return planned;
    }
}
