package org.sigti.web.admin;

import java.io.IOException;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.people.InstitutionRules;
import org.sigti.people.InstitutionSettings;

/**
 * The logo of the caller's institution's letterhead, for the preview on /admin/institution.xhtml:
 * {@code /admin/institution-logo}. A GET only reads, and names no institution: it answers the caller's (the Jefe's
 * or the Auditor's, as web.xml and the service allow), or 404 when its letterhead has no logo. The media type comes
 * from the stored bytes, which were checked to be a PNG or a JPEG when they were uploaded.
 */
@WebServlet("/admin/institution-logo")
public class InstitutionLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private InstitutionSettings institution;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> logo = institution.findLogo();
        Optional<InstitutionRules.ImageType> type = logo.flatMap(InstitutionRules::typeOf);
        if (type.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = logo.get();
        response.setContentType(type.get().mediaType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        // one address for every institution's logo: a browser shared by two people must not keep the first one's
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
