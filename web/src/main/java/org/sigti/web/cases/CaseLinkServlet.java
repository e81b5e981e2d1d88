package org.sigti.web.cases;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The link mails carry: {@code /case/123}. The case id is in the path because the login round-trip through Keycloak
 * keeps the path of the page asked for but not its query string; after the login this forwards to the case page.
 */
@WebServlet("/case/*")
public class CaseLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String id = path == null ? "" : path.substring(1);
        if (!id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/case.xhtml?id=" + id);
    }
}
