package org.sigti.it.procedures;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.AsRole;
import org.sigti.pgd.Plans;
import org.sigti.pgd.Portfolios;

/**
 * Test-only servlet for {@link PgdFormulationWalkIT}: {@code POST /walk-driver/pgd-new-version?case=} makes the next
 * version of the case's PGD portfolio through {@link Portfolios#newVersion}, as S04.01.00.02's yearly update will;
 * answers its number.
 */
@WebServlet("/pgd-new-version")
public class PgdFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Plans plans;

    @Inject
    transient Portfolios portfolios;

    @EJB(lookup = AsRole.JEFE)
    private transient AsRole asJefe;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long caseId = Long.parseLong(request.getParameter("case"));
        int number;
        try {
            number = asJefe.call(() -> portfolios.newVersion(plans.of(caseId)).getNumber());
        } catch (Exception e) {
            throw new IOException("walk-driver /pgd-new-version: " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(number);
    }
}
