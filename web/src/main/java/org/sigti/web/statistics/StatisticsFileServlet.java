package org.sigti.web.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.statistics.Rejection;
import org.sigti.statistics.StatisticsIntake;
import org.sigti.statistics.StatisticsRows.DataTable;
import org.sigti.statistics.StatisticsTemplates;
import org.sigti.statistics.TemplateSpec;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.SheetWriter;
import org.sigti.workflow.WorkflowException;

/**
 * The statistics downloads, as CSV ({@code format=csv}) or XLSX ({@code format=xlsx}), every cell neutralised against
 * formula injection by the writer: {@code /files/statistics?template=ID} a template's header to fill in;
 * {@code ?report=ID} the rejected-rows report of a refused upload (row, column, reason, in the reader's language);
 * {@code ?data=ID} the data of an accepted upload. Who may read each is decided by the services (403 otherwise); 404
 * for what does not exist. Reads only.
 */
@WebServlet("/files/statistics")
public class StatisticsFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int REPORT_PAGE = 1_000;

    @EJB
    private StatisticsTemplates templates;

    @EJB
    private StatisticsIntake intake;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat format = ExportFormat.named(request.getParameter("format"));
        ResourceBundle bundle = StatisticsTexts.bundle(request.getLocale());
        try {
            if (request.getParameter("template") != null) {
                TemplateSpec spec = templates.spec(Long.parseLong(request.getParameter("template")));
                send(response, format, spec.code(), List.of(spec.header()));
            } else if (request.getParameter("report") != null) {
                long id = Long.parseLong(request.getParameter("report"));
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of(bundle.getString("statistics.report.row"),
                        bundle.getString("statistics.report.column"), bundle.getString("statistics.report.reason")));
                for (Rejection r : intake.rejections(id, 0, REPORT_PAGE)) {
                    rows.add(java.util.Arrays.asList(StatisticsTexts.row(bundle, r), r.column(),
                            StatisticsTexts.reason(bundle, r)));
                }
                send(response, format, bundle.getString("statistics.report.fileName") + "-" + id, rows);
            } else if (request.getParameter("data") != null) {
                long id = Long.parseLong(request.getParameter("data"));
                DataTable data = intake.data(id);
                List<List<String>> rows = new ArrayList<>();
                rows.add(data.header());
                rows.addAll(data.rows());
                send(response, format, bundle.getString("statistics.data.fileName") + "-" + id, rows);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NumberFormatException | WorkflowException none) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, ExportFormat format, String name, List<List<String>> rows)
            throws IOException {
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                + "." + format.extension() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = response.getOutputStream(); SheetWriter sheet = SheetWriter.open(format, name, out)) {
            for (List<String> row : rows) {
                sheet.row(row);
            }
        }
    }
}
