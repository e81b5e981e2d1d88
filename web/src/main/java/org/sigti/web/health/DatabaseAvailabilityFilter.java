package org.sigti.web.health;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.db.DatabaseMigration;

/**
 * While the database is not usable (down, misconfigured, schema not migrated), pages answer 503 with the
 * "SIGTI no está disponible" page instead of failing one by one; the administrator's log already says why.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class DatabaseAvailabilityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    private DatabaseMigration migration;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (migration.isReady()) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
