package org.sigti.it.quality;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.AsRole;
import org.sigti.it.Sql;
import org.sigti.quality.QualityAssurance;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Transition;

/**
 * Set-up and checks of {@link QualityPageIT} in the server: {@code POST /walk-driver/quality?case=&analyst=} opens
 * QA on the case with that analyst and plans 3 interfaces (what the procedures' steps 18 and 19 do), then answers
 * the case's QA record ("analyst,cycle"), then "|", its test cases ("functionality,priority;"), then "|", its defects
 * ("severity,status;"). Without {@code analyst} it only answers.
 */
@WebServlet("/quality")
public class QualityFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient QualityAssurance qa;

    @EJB(lookup = AsRole.JEFE)
    private transient AsRole asJefe;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long caseId = Long.parseLong(request.getParameter("case"));
        String analyst = request.getParameter("analyst");
        Sql sql = new Sql(db);
        String answer;
        try {
            if (analyst != null) {
                String number = sql.text("select number from work_case where id = ?", caseId);
                Actor actor = new Actor(analyst, analyst, null, List.of("Tecnico"), "GOBTI", "MINDEF");
                asJefe.call(() -> {
                    qa.open(new Transition(caseId, number, "S04.02.00.01", "18", "continuar", null, Map.of(), actor),
                            "11", "12");
                    return qa.plan(new Transition(caseId, number, "S04.02.00.01", "19", "continuar", null, Map.of(),
                            actor), 3, null);
                });
            }
            answer = sql.rows("select analyst, test_cycle from qa_record where case_id = ?", caseId)
                    + "|" + sql.rows("select t.functionality, t.priority from qa_test_case t join qa_record r"
                    + " on r.id = t.record_id where r.case_id = ? order by t.seq", caseId)
                    + "|" + sql.rows("select d.severity, d.status from qa_defect d join qa_record r"
                    + " on r.id = d.record_id where r.case_id = ? order by d.seq", caseId);
        } catch (Exception e) {
            throw new IOException("quality fixture: " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
