package org.sigti.web.pgd;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.pgd.PgdRegister;
import org.sigti.workflow.WorkflowException;

/**
 * Downloads the final document of a case's Plan de Gobierno Digital as a PDF: {@code /files/pgd?case=ID} (the newest
 * portfolio version) or {@code &version=N}. 404 when the case has no plan or no such version; who may read it is
 * decided by {@link PgdRegister} (403 otherwise). Reads only.
 */
@WebServlet("/files/pgd")
public class PgdPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PgdRegister register;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long caseId;
        Integer version;
        try {
            caseId = Long.parseLong(request.getParameter("case"));
            String v = request.getParameter("version");
            version = v == null || v.isBlank() ? null : Integer.valueOf(v);
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = register.pdf(caseId, version);
        } catch (WorkflowException none) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"Plan-de-Gobierno-Digital.pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
