package org.sigti.web.maintenance;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.procedure.inventory.AnnualPlans;
import org.sigti.workflow.WorkflowException;

/**
 * Downloads a document of S04.03.04.03's year: {@code /files/maintenance-plan?year=2026&doc=plan} (the Plan de
 * mantenimiento with its cronograma) or {@code doc=report} (the Informe técnico de mantenimiento, Formato N°01). 404
 * when the year has no such document yet; who may read it is decided by {@link AnnualPlans}.
 */
@WebServlet("/files/maintenance-plan")
public class AnnualPlanServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AnnualPlans plans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int year;
        try {
            year = Integer.parseInt(request.getParameter("year"));
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String doc = request.getParameter("doc");
        AnnualPlans.Document document;
        try {
            if ("plan".equals(doc)) {
                document = plans.planPdf(year);
            } else if ("report".equals(doc)) {
                document = plans.reportPdf(year);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (WorkflowException none) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(document.pdf().length);
        response.getOutputStream().write(document.pdf());
    }
}
