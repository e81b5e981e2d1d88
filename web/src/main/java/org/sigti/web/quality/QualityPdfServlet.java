package org.sigti.web.quality;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.quality.QualityRegister;
import org.sigti.workflow.WorkflowException;

/**
 * Downloads a quality format of a case as a PDF: {@code /files/quality?case=ID&doc=matrix} (Matriz de diseño de casos
 * de prueba) or {@code doc=defects} (Informe de defectos). 404 when the case has no QA; who may read it is decided by
 * {@link QualityRegister} (403 otherwise). Reads only.
 */
@WebServlet("/files/quality")
public class QualityPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private QualityRegister register;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long caseId;
        try {
            caseId = Long.parseLong(request.getParameter("case"));
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String doc = request.getParameter("doc");
        byte[] pdf;
        String name;
        try {
            if ("matrix".equals(doc)) {
                pdf = register.matrixPdf(caseId);
                name = "Matriz-de-casos-de-prueba.pdf";
            } else if ("defects".equals(doc)) {
                pdf = register.defectReportPdf(caseId);
                name = "Informe-de-defectos.pdf";
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (WorkflowException none) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
