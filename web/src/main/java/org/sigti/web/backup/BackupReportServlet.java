package org.sigti.web.backup;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.backup.BackupReports;

/**
 * Downloads the Informe de ejecución de copias de respaldo of a backup case: {@code /files/backup-report?case=123}.
 * Whether the caller may read the case is decided by {@link BackupReports} (403 and a security event otherwise).
 */
@WebServlet("/files/backup-report")
public class BackupReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private BackupReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long caseId;
        try {
            caseId = Long.parseLong(request.getParameter("case"));
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BackupReports.Report report = reports.render(caseId);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(report.pdf().length);
        response.getOutputStream().write(report.pdf());
    }
}
