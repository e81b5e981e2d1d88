package org.sigti.web.document;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.document.official.OfficialDocuments;
import org.sigti.workflow.WorkflowException;

/**
 * The signed official document as PDF: {@code /files/official-document?id=123}. Only a signed (or sent) document
 * has one; a draft is previewed on its page, so it is not found (404) here, like an unknown id. Another
 * institution's document is refused by {@link OfficialDocuments} (403 and a security event).
 */
@WebServlet("/files/official-document")
public class OfficialDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private OfficialDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = documents.pdf(id);
        } catch (WorkflowException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"documento-" + id + ".pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
