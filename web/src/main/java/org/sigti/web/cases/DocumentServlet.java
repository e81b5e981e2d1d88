package org.sigti.web.cases;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.workflow.CaseDocuments;
import org.sigti.workflow.WorkflowException;

/**
 * Downloads a copy of an issued document of a case as PDF: {@code /files/document?case=123&type=SERVICE_SLIP}. A GET
 * never issues: a document not issued yet (issuing is the case page's POST action) is not found (404), like an
 * unknown one. Whether the caller may read the case is decided by {@link CaseDocuments} (403 and a security event
 * otherwise).
 */
@WebServlet("/files/document")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CaseDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long caseId;
        String type = request.getParameter("type");
        try {
            caseId = Long.parseLong(request.getParameter("case"));
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CaseDocuments.Document document;
        try {
            document = documents.download(caseId, type);
        } catch (WorkflowException e) {
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
