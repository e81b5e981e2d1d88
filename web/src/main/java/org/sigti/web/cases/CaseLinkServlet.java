package org.sigti.web.cases;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The links mails carry: {@code /case/123} to the case page, {@code /case/123/rating} (the closing mail) to the page
 * where the requester rates the service. The case id is in the path because the login round-trip through Keycloak
 * keeps the path of the page asked for but not its query string; after the login this forwards to the page.
 */
@WebServlet("/case/*")
public class CaseLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern LINK = Pattern.compile("/(\\d{1,18})(/rating)?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher link = LINK.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!link.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + (link.group(2) == null ? "/case.xhtml?id="
                : "/satisfaction/rate.xhtml?case=") + link.group(1));
    }
}
