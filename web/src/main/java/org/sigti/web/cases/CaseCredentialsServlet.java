package org.sigti.web.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.procedure.deployment.DeploymentCredentials;
import org.sigti.vault.SecretVault;

/**
 * Shows the credentials handed to a case to the Profesional assigned to it: {@code /files/case-credentials?case=123},
 * plain text, never cached. {@link DeploymentCredentials#read} decides and records the reading; anyone else gets the
 * 403 page (and a security event).
 */
@WebServlet("/files/case-credentials")
public class CaseCredentialsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeploymentCredentials credentials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long caseId;
        try {
            caseId = Long.parseLong(request.getParameter("case"));
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringBuilder text = new StringBuilder();
        for (SecretVault.Opened secret : credentials.read(caseId)) {
            text.append("== ").append(secret.label()).append(" ==\n").append(secret.value()).append("\n\n");
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
