package org.sigti.web.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Registers the login (the person's profile: name, unit, roles) before the first page or download of a session is
 * served, so that a first visit straight to a deep link (the case link of a mail) already acts with the person's
 * unit.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/files/*"})
public class LoginRegistrationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private ActiveUser activeUser;

    @jakarta.ejb.EJB
    private org.sigti.db.DatabaseMigration migration;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // with the database down, DatabaseAvailabilityFilter answers 503 and nothing is recorded
        if (request.getUserPrincipal() != null && migration.isReady()) {
            activeUser.getProfile(); // the session's first use records the login
        }
        chain.doFilter(request, response);
    }
}
