package org.sigti.it.procedures;

import java.io.IOException;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.it.AsRole;
import org.sigti.pgd.FollowUps;
import org.sigti.pgd.PgdInput;
import org.sigti.pgd.PgdPlan;
import org.sigti.pgd.Plans;
import org.sigti.pgd.Portfolios;
import org.sigti.procedure.pgd.FollowUpCases;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.WorkCase;

/**
 * Test-only servlet for {@link PgdFollowUpWalkIT}, in the walk-driver WAR:
 * <ul>
 * <li>{@code POST /pgdfollow-plan?year=Y&approved=true|false}: set-up of a Plan de Gobierno Digital for Y to Y+2 as
 * S04.01.00.01 leaves it (its case, filed by SIGTI, is the formulation's; the walk of that procedure is
 * {@link PgdFormulationWalkIT}): version 1 of its portfolio with one project per coordinator (INN-01, INF-01, GOB-01),
 * prioritized and approved in session 2-Y, and, when approved, its Resolución Ministerial; answers the plan's case
 * id;</li>
 * <li>{@code POST /pgdfollow-tick?year=Y}: the clock's entry point ({@link FollowUpCases#open}), as the timer calls it
 * (as the Jefe); answers the id of the case opened, or "none";</li>
 * <li>{@code POST /pgdfollow-count?case=}: how many follow-ups the plan of that formulation case has, and its
 * portfolio's versions ("1 2").</li>
 * </ul>
 */
@WebServlet({"/pgdfollow-plan", "/pgdfollow-tick", "/pgdfollow-count"})
public class PgdFollowUpFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseEngine engine;

    @Inject
    transient Plans plans;

    @Inject
    transient Portfolios portfolios;

    @Inject
    transient FollowUps followUps;

    @EJB
    private transient FollowUpCases cases;

    @EJB(lookup = AsRole.JEFE_MINDEF)
    private transient AsRole asJefe;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            answer = switch (request.getServletPath()) {
                case "/pgdfollow-plan" -> {
                    int year = Integer.parseInt(request.getParameter("year"));
                    boolean approved = Boolean.parseBoolean(request.getParameter("approved"));
                    yield String.valueOf(asJefe.call(() -> plan(year, approved)));
                }
                case "/pgdfollow-tick" -> {
                    int year = Integer.parseInt(request.getParameter("year"));
                    yield asJefe.call(() -> cases.open(year).map(String::valueOf).orElse("none"));
                }
                default -> {
                    long caseId = Long.parseLong(request.getParameter("case"));
                    yield asJefe.call(() -> {
                        PgdPlan plan = plans.of(caseId);
                        return followUps.ofPlan(plan).size() + " " + portfolios.versions(plan).size();
                    });
                }
            };
        } catch (Exception e) {
            throw new IOException("walk-driver " + request.getServletPath() + ": " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }

    private long plan(int year, boolean approved) {
        WorkCase c = engine.startBySystem("S04.01.00.01", "PGD " + year + "-" + (year + 2) + " (seguimiento)",
                "Plan de Gobierno Digital para las pruebas de su seguimiento.", "jefe.ogtie", null, Map.of());
        PgdPlan plan = plans.open(c.getId(), c.getInstitutionCode(), "periodo_inicio", String.valueOf(year),
                "periodo_fin", String.valueOf(year + 2));
        plans.sheets(plan, "INNOV", "f", PgdInput.sheets("f", "INN-01 | Mesa de partes digital | Digitalizar la"
                + " recepción de documentos | OEI.03 | 1250000 | 18 | Trámites recibidos en línea (%)"));
        plans.sheets(plan, "INFRA", "f", PgdInput.sheets("f", "INF-01 | Nube híbrida | Migrar servicios críticos |"
                + " OEI.03 | 800000 | 24 | Servicios migrados"));
        plans.sheets(plan, "GOBTI", "f", PgdInput.sheets("f", "GOB-01 | Intranet 2.0 | Reemplazar la intranet |"
                + " OEI.03 | 150000 | 12 | Usuarios activos"));
        plans.prioritize(plan, "f", PgdInput.priorities("f", "INN-01 | 1\nINF-01 | 2\nGOB-01 | 3"));
        portfolios.version(plan, 1).approve("2-" + year, "Aprobar el portafolio de proyectos del PGD.");
        if (approved) {
            plan.approve("RESOLUCIÓN MINISTERIAL N° " + (c.getId() % 1000) + "-" + year + "-DE",
                    "https://www.gob.pe/mindef/pgd-" + year);
        }
        return c.getId();
    }
}
