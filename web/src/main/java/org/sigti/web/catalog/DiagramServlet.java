package org.sigti.web.catalog;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.web.i18n.ApplicationBundle;
import org.sigti.workflow.catalog.CatalogQueries;
import org.sigti.workflow.catalog.FlowDiagram;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * The step diagram of a procedure SIGTI runs, as an SVG document ({@link FlowDiagram}) in the language asked
 * ({@code lang=en}, Spanish otherwise). Any other code answers 404. Every text in it is XML-escaped by the
 * generator; the headers keep a browser from reading it as anything else or running anything in it.
 */
@WebServlet("/procedures/diagram.svg")
public class DiagramServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogQueries catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ProcedureDefinition> definition = catalog.definition(request.getParameter("procedure"));
        if (definition.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.forLanguageTag("es");
        ResourceBundle bundle = ApplicationBundle.forLocale("org.sigti.web.i18n.messages", locale);
        String page = request.getContextPath() + "/procedure.xhtml?procedure=";
        FlowDiagram diagram = new FlowDiagram(locale, new FlowDiagram.Labels(
                who -> Responsibles.text(who, bundle), bundle.getString("catalog.end"),
                code -> page + URLEncoder.encode(code, StandardCharsets.UTF_8)));
        byte[] svg = diagram.svg(definition.get()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("image/svg+xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // no script, no fetch: only the diagram's own inline style
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentLength(svg.length);
        response.getOutputStream().write(svg);
    }
}
