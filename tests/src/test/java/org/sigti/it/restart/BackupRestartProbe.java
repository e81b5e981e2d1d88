package org.sigti.it.restart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * task; {@code ?do=check&id=} answers its timers and its tasks' planned times; {@code ?do=disable&id=} stops it;
 * {@code ?do=interrupt} leaves two pg_dump runs RUNNING with their partial files, as a crash does, one of this server
 * and one of another node; {@code ?do=runs&ids=} answers their status, message and whether their file is there.
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
                case "interrupt" -> {
                    Sql sql = new Sql(db);
                    long caseId = sql.number("select min(id) from work_case");
                    String institution = sql.text("select institution_code from work_case where id = ?", caseId);
                    long id = 8_000_000_000L + System.currentTimeMillis() % 1_000_000_000L * 4;
                    sql.update("insert into backup_target (id, institution_code, name, own_database, host, port,"
                            + " database_name, user_name, password_source, locations, created_by, created_at,"
                            + " updated_at, version) values (?, ?, ?, FALSE, '127.0.0.1', 5432, 'ventas', 'copias',"
                            + " 'NONE', 'Servidor', 'jefe', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", id, institution,
                            "Interrumpida " + id);
                    for (long run : new long[] {id + 1, id + 2}) {
                        Path file = org.sigti.backup.BackupDirectory.get().resolve("interrumpida-" + run + ".dump");
                        Files.write(file, new byte[4096]);
                        sql.update("insert into pg_copy_run (id, target_id, case_id, status, started_by, started_at,"
                                + " bytes_written, expected_bytes, file_name, node_name, version) values (?, ?, ?,"
                                + " 'RUNNING', 'jefe', CURRENT_TIMESTAMP, 4096, 1048576, ?, ?, 0)", run, id, caseId,
                                file.toString(), run == id + 1 ? System.getProperty("jboss.node.name", "sigti")
                                        : "otro-nodo");
                    }
                    out.append("mine=").append(id + 1).append('\n').append("other=").append(id + 2).append('\n');
                }
                case "runs" -> {
                    Sql sql = new Sql(db);
                    for (String run : request.getParameter("ids").split(",")) {
                        long id = Long.parseLong(run);
                        out.append(run).append(".status=").append(sql.text("select status from pg_copy_run"
                                + " where id = ?", id)).append('\n');
                        out.append(run).append(".message=").append(sql.textOrNull("select message from pg_copy_run"
                                + " where id = ?", id)).append('\n');
                        out.append(run).append(".file=").append(Files.exists(Path.of(sql.text("select file_name"
                                + " from pg_copy_run where id = ?", id)))).append('\n');
                    }
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
