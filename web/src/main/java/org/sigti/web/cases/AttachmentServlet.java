package org.sigti.web.cases;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.workflow.CaseAttachment;
import org.sigti.workflow.CaseQueries;

/**
 * Downloads an attachment. The id is checked by {@link CaseQueries#attachment} (a file of a case the caller may not
 * read answers 403 and is recorded); the file is always sent as a download, never rendered inline, with its type
 * as checked on upload.
 */
@WebServlet("/files/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CaseQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CaseAttachment file = queries.attachment(id);
        response.setContentType(file.getContentType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(file.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(file.getSize());
        response.getOutputStream().write(file.getContent());
    }
}
