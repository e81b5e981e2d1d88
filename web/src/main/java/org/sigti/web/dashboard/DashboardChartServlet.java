package org.sigti.web.dashboard;

import java.io.IOException;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.dashboard.Dashboard;
import org.sigti.dashboard.DashboardCharts;
import org.sigti.dashboard.DashboardScope;
import org.sigti.dashboard.DashboardTable;

/**
 * A dashboard table's chart as PNG: {@code /dashboard/chart?table=procedure&from=01/01/2026&to=31/12/2026&unit=ESTAD
 * &lang=es}, the filter as the page reads it. Reads only; who may see the figures is {@link Dashboard}'s decision
 * (403 otherwise), an unknown table is 404.
 */
@WebServlet("/dashboard/chart")
public class DashboardChartServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Dashboard dashboard;

    @Inject
    private DashboardSheets sheets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DashboardTable table = DashboardTable.named(request.getParameter("table")).orElse(null);
        if (table == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.forLanguageTag("es");
        DashboardScope scope = dashboard.scope();
        DashboardParams params = DashboardParams.read(scope, request.getParameter("unit"),
                request.getParameter("from"), request.getParameter("to"), dashboard.today());
        if (!params.problems().isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        byte[] png = DashboardCharts.png(sheets.sheet(dashboard.table(table, params.filter()), params.filter(),
                scope, locale));
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
