package org.sigti.web.sgsi;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.sgsi.SgsiFile;
import org.sigti.sgsi.SgsiRegister;

/**
 * Downloads a file version of an SGSI document. {@link SgsiRegister#file} checks it (another institution's caller
 * answers 403 and is recorded); always sent as a download with the type checked on upload.
 */
@WebServlet("/sgsi/file")
public class SgsiFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private SgsiRegister register;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("version"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SgsiFile file = register.file(id);
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
