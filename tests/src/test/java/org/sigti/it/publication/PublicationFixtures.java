package org.sigti.it.publication;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sigti.inventory.InventoryEntry;
import org.sigti.inventory.SystemCatalog;
import org.sigti.inventory.SystemEnvironment;
import org.sigti.inventory.SystemRow;
import org.sigti.inventory.SystemInventory;
import org.sigti.it.AsRole;
import org.sigti.it.Sql;
import org.sigti.publication.PublicationRequest;
import org.sigti.publication.Publications;
import org.sigti.security.AccessDeniedException;
import org.sigti.training.AttendanceLists;
import org.sigti.training.TrainingFields;
import org.sigti.training.TrainingSession;
import org.sigti.training.Trainings;
import org.sigti.workflow.WorkflowException;

/**
 * Test-only servlet for {@link PublicationRegisterIT}: calls the modules as a step's hook would, in the server, as
 * MINDEF's Jefe (a person of the OGTIE with a profile) or as a Técnico of no team, and answers what happened:
 * <ul>
 * <li>{@code /pub-system?code=}: a MINDEF system of the catalog; answers its id;</li>
 * <li>{@code /pub-register?case=&system=&private=&ports=&public=&as=jefe|tecnico}: answers "ok {id}", "refused
 * {key} {arguments} {field problems}" or "denied";</li>
 * <li>{@code /pub-count?system=}: the publications stored for the system;</li>
 * <li>{@code /pub-denials?action=}: the ACCESS_DENIED security events of that action;</li>
 * <li>{@code /training?case=&system=&attendees=}: records the session and answers the text of the acta's PDF kept
 * with the case;</li>
 * <li>{@code /inventory?case=&code=&version=}: the inventory entry; answers the system's current version and
 * environment as the catalog reads them, its institution, and its history rows.</li>
 * </ul>
 */
@WebServlet({"/pub-system", "/pub-register", "/pub-count", "/pub-denials", "/training", "/inventory"})
public class PublicationFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @EJB(lookup = AsRole.JEFE_MINDEF)
    private transient AsRole asJefeMindef;

    @EJB(lookup = AsRole.TECNICO)
    private transient AsRole asTecnico;

    @EJB(lookup = "java:global/sigti/sigti-ejb/Publications!org.sigti.publication.Publications")
    private transient Publications publications;

    @EJB(lookup = "java:global/sigti/sigti-ejb/Trainings!org.sigti.training.Trainings")
    private transient Trainings trainings;

    @EJB(lookup = "java:global/sigti/sigti-ejb/SystemInventory!org.sigti.inventory.SystemInventory")
    private transient SystemInventory inventory;

    @EJB(lookup = "java:global/sigti/sigti-ejb/SystemCatalog!org.sigti.inventory.SystemCatalog")
    private transient SystemCatalog catalog;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Sql sql = new Sql(db);
        String answer;
        try {
            switch (request.getServletPath()) {
                case "/pub-system" -> {
                    long id = 975_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
                    sql.update("insert into it_system (id, institution_code, code, name, kind, criticality, active,"
                            + " version) values (?, 'MINDEF', ?, ?, 'SUBSTANTIVE', 'MEDIUM', TRUE, 0)", id,
                            request.getParameter("code"), "Sistema " + request.getParameter("code"));
                    answer = String.valueOf(id);
                }
                case "/pub-register" -> answer = register(request);
                case "/pub-count" -> answer = String.valueOf(sql.number("select count(*) from publication p"
                        + " join it_system s on s.id = p.system_id where s.code = ?", request.getParameter("system")));
                case "/pub-denials" -> answer = String.valueOf(sql.number("select count(*) from security_event"
                        + " where kind = 'ACCESS_DENIED' and action = ?", request.getParameter("action")));
                case "/training" -> answer = training(request);
                default -> answer = inventory(request, sql);
            }
        } catch (Exception e) {
            throw new IOException("publication fixture " + request.getServletPath() + ": " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }

    private String register(HttpServletRequest request) throws Exception {
        long caseId = Long.parseLong(request.getParameter("case"));
        PublicationRequest r = PublicationRequest.of(request.getParameter("system"), request.getParameter("private"),
                request.getParameter("ports"), request.getParameter("public"));
        Callable<Long> work = () -> publications.register(caseId, "TCK-" + caseId, r);
        try {
            long id = "tecnico".equals(request.getParameter("as")) ? asTecnico.callIn("MINDEF", work)
                    : asJefeMindef.call(work);
            return "ok " + id;
        } catch (Exception e) {
            Throwable t = e;
            while (t instanceof EJBException && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof WorkflowException w) {
                return "refused " + w.messageKey() + " " + w.arguments() + " " + new java.util.TreeMap<>(
                        w.fieldProblems());
            }
            if (t instanceof AccessDeniedException || t instanceof jakarta.ejb.EJBAccessException) {
                return "denied";
            }
            throw e;
        }
    }

    private String training(HttpServletRequest request) throws Exception {
        long caseId = Long.parseLong(request.getParameter("case"));
        asJefeMindef.call(() -> trainings.record(caseId, "42", "Formato N°17", new TrainingSession(
                LocalDate.now().minusDays(1), "Sala de capacitación de la OGTIE", "Uso del sistema",
                request.getParameter("system"), "Analista programador de la OGTIE",
                AttendanceLists.attendees(request.getParameter("attendees"))), TrainingFields.DEFAULT));
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select content from"
                + " case_attachment where case_id = ? and file_name like 'Acta-de-capacitacion-%' order by id desc")) {
            s.setLong(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return "no acta";
                }
                try (PDDocument pdf = Loader.loadPDF(rs.getBytes(1))) {
                    return new PDFTextStripper().getText(pdf);
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private String inventory(HttpServletRequest request, Sql sql) throws Exception {
        long caseId = Long.parseLong(request.getParameter("case"));
        String code = request.getParameter("code");
        long id = asJefeMindef.call(() -> inventory.record(caseId, new InventoryEntry(code, "Sistema " + code,
                "DGA", request.getParameter("version"), SystemEnvironment.PRODUCTION, null, null)));
        SystemRow row = asJefeMindef.call(() -> catalog.get(id));
        return row.currentVersion() + "|" + row.environment() + "|" + sql.text("select institution_code from"
                + " it_system where id = ?", id) + "\n" + sql.rows("select system_version || ' ' || environment || ' '"
                        + " || case when first_entry then 'first' else 'update' end from it_system_release"
                        + " where system_id = ? order by recorded_at, id", id);
    }
}
