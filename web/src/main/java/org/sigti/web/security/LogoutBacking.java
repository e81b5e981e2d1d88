package org.sigti.web.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * "Cerrar sesión": ends the SIGTI session and the Keycloak session (RP-initiated logout), then comes back to SIGTI,
 * which sends the browser to the login page.
 */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    private ExternalContext externalContext;

    @Inject
    private HttpServletRequest request;

    @Inject
    private EndSessionEndpoint endSessionEndpoint;

    public void logout() throws IOException {
        String home = request.getScheme() + "://" + request.getServerName() + port() + request.getContextPath() + "/";
        String target = OidcTokens.context(request.getUserPrincipal())
                .filter(context -> context.getIDToken() != null)
                .flatMap(context -> endSessionEndpoint.logoutUrl(context.getIDToken().getIssuer(),
                        idToken(context), home))
                .orElse(home);
        externalContext.invalidateSession();
        externalContext.redirect(target);
    }

    private static String idToken(OidcSecurityContext context) {
        return context.getIDTokenString();
    }

    private String port() {
        int port = request.getServerPort();
        boolean standard = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return standard ? "" : ":" + port;
    }
}
