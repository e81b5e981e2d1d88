package org.sigti.procedure.pgd;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.OfficialDocumentState;
import org.sigti.document.official.DocumentDesk;
import org.sigti.document.official.OfficialDraft;
import org.sigti.document.official.OfficialDraft.Recipient;
import org.sigti.document.official.OfficialDraft.Signer;
import org.sigti.people.UserProfile;
import org.sigti.pgd.FollowUps;
import org.sigti.pgd.PgdFollowUp;
import org.sigti.pgd.PgdInput;
import org.sigti.pgd.PgdPlan;
import org.sigti.pgd.PgdPortfolio;
import org.sigti.pgd.PgdProgress;
import org.sigti.pgd.Plans;
import org.sigti.pgd.Portfolios;
import org.sigti.security.Roles;
import org.sigti.unit.Institution;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * What S04.01.00.02's steps do besides moving the case, inside the move's transaction (a refusal rolls the whole move
 * back): the follow-up's data through the {@code pgd} module, and the official documents the manual names: the
 * Informe de seguimiento (drafted at 3 from the coordinators' reports, approved, signed and numbered by the Jefe(a) at
 * 4 and sent to the CGD), the CGD's acta at 5 and the Jefe(a)'s oficio with the updated portfolio at 9.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FollowUpSteps {

    static final String ASSISTANCE = "Responsable de asistencia y mejora continua de gobierno digital";

    @PersistenceContext
    EntityManager em;

    @Inject
    FollowUps followUps;

    @Inject
    Plans plans;

    @Inject
    Portfolios portfolios;

    @Inject
    DocumentDesk desk;

    @Inject
    CaseEngine engine;

    @Inject
    PgdSteps documents;

    /** Step 0: the case follows the plan in force in the year given, or this year in the institution's time zone. */
    void open(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String written = t.value(S04010002.YEAR);
        int year = written == null || written.isBlank() ? LocalDate.now(em.find(Institution.class,
                c.getInstitutionCode()).getZone()).getYear() : PgdInput.year(S04010002.YEAR.name(), written);
        followUps.open(t.caseId(), c.getInstitutionCode(), year);
    }

    /** Steps 2: a coordinator's progress on their team's projects. */
    void progress(Transition t) {
        followUps.progress(followUps.ofCase(t.caseId()), PgdSteps.team(t), S04010002.PROGRESS.name(), PgdInput.progress(
                S04010002.PROGRESS.name(), t.value(S04010002.PROGRESS)));
    }

    /**
     * Step 3: the Informe de seguimiento, assembled from every coordinator's report and the Responsable's text, for
     * the Jefe(a)'s visto bueno and signature (step 4); an informe returned at 4 is rewritten.
     */
    void draftReport(Transition t) {
        PgdFollowUp f = followUps.ofCase(t.caseId());
        PgdPlan plan = followUps.plan(f);
        UserProfile chief = chief(t);
        OfficialDraft draft = new OfficialDraft(OfficialDocumentKind.INFORME, t.actor().unitCode(), t.caseId(),
                PgdSteps.JEFE_OGTIE, "Informe de seguimiento de la implementación del Plan de Gobierno Digital "
                        + plan.periodText() + " (año " + f.getYear() + ")", "Caso " + t.caseNumber() + " ("
                        + S04010002.CODE + ")", String.join("\n\n", reportBody(t, f, plan)), chief.getUsername(),
                List.of(new Signer(chief.getUsername(), PgdSteps.JEFE_OGTIE)),
                List.of(Recipient.unit(S04010002.COMMITTEE)));
        Long id = f.getReportDocumentId();
        OfficialDocument earlier = id == null ? null : em.find(OfficialDocument.class, id);
        if (earlier != null && earlier.isEditable()) {
            desk.rewrite(t.actor(), id, draft);
        } else {
            id = desk.draft(t.actor(), draft);
        }
        desk.askReview(t.actor(), id);
        f.report(t.value(S04010002.RECOMMENDATIONS).strip(), t.value(S04010002.DIFFICULTIES).strip(),
                t.value(S04010002.ACHIEVEMENTS).strip(), t.value(S04010002.COMMITMENTS).strip(), id);
    }

    /** Step 4, sent: the Jefe(a)'s visto bueno and signature number the informe, which goes to the CGD. */
    void sendReport(Transition t) {
        PgdFollowUp f = followUps.ofCase(t.caseId());
        OfficialDocument informe = em.find(OfficialDocument.class, f.getReportDocumentId());
        if (informe.getState() == OfficialDocumentState.IN_REVIEW) {
            desk.approve(t.actor(), informe.getId());
        }
        String number = desk.sign(t.actor(), informe.getId());
        desk.send(t.actor(), informe.getId());
        f.reportNumber(number);
    }

    /** Step 4, returned: the informe goes back to its author with the Jefe(a)'s remarks. */
    void returnReport(Transition t) {
        PgdFollowUp f = followUps.ofCase(t.caseId());
        String remarks = t.comment() == null || t.comment().isBlank() ? "Devuelto con observaciones (caso "
                + t.caseNumber() + ")." : t.comment();
        desk.observe(t.actor(), f.getReportDocumentId(), remarks);
    }

    /**
     * Step 5: the CGD takes note of the informe in session, whether or not the portfolio is modified; the session is
     * recorded among the plan's approvals and its member signs the Acta de reunión.
     */
    void noteReport(Transition t) {
        PgdFollowUp f = followUps.ofCase(t.caseId());
        PgdPlan plan = followUps.plan(f);
        boolean modified = t.took(S04010002.UPDATE);
        f.noted(t.value(S04010001.SESSION).strip(), t.value(S04010001.AGREEMENT).strip(), modified);
        documents.approve(t, plan, "Informe de seguimiento del PGD " + f.getYear() + " (" + f.getReportNumber() + ")"
                + (modified ? ": se actualiza el portafolio" : ": el portafolio no se modifica"));
    }

    /** Step 6: the portfolio's next version, for the coordinators to update. */
    void newVersion(Transition t) {
        followUps.update(followUps.ofCase(t.caseId()));
    }

    /** Steps 7: a coordinator's updated or new sheets in the new version (none: no change for the team). */
    void sheets(Transition t) {
        String text = t.value(S04010002.SHEETS);
        if (text == null || text.isBlank()) {
            return;
        }
        PgdFollowUp f = followUps.ofCase(t.caseId());
        followUps.sheets(followUps.updated(f), PgdSteps.team(t), S04010002.SHEETS.name(), PgdInput.sheets(
                S04010002.SHEETS.name(), text));
    }

    /** Step 8: the priorities of every project of the new version. */
    void prioritize(Transition t) {
        PgdFollowUp f = followUps.ofCase(t.caseId());
        portfolios.prioritize(followUps.updated(f), S04010001.PRIORITIES.name(), PgdInput.priorities(
                S04010001.PRIORITIES.name(), t.value(S04010001.PRIORITIES)));
    }

    /** Step 9: the Jefe(a)'s oficio sending the updated portfolio to the CGD. */
    void sendPortfolio(Transition t) {
        PgdFollowUp f = followUps.ofCase(t.caseId());
        PgdPlan plan = followUps.plan(f);
        PgdPortfolio next = followUps.updated(f);
        String list = portfolios.projects(next).stream().map(p -> p.getPriority() + ". " + p.getCode() + " "
                + p.getName() + " (" + p.getTeam() + ")").collect(Collectors.joining("\n"));
        documents.issue(t, OfficialDocumentKind.OFICIO, documents.ogtie(t), PgdSteps.JEFE_OGTIE,
                "Presidente(a) del Comité de Gobierno Digital", "Remisión del portafolio de proyectos actualizado del"
                        + " PGD " + plan.periodText() + " (versión " + next.getNumber() + ")", List.of("Tengo el"
                        + " agrado de dirigirme a usted para remitir el portafolio de proyectos del Plan de Gobierno"
                        + " Digital " + plan.periodText() + " actualizado según el informe de seguimiento "
                        + f.getReportNumber() + " y el acuerdo de la sesión " + f.getNotedSession() + ", con sus"
                        + " fichas respectivas:", list), List.of(Recipient.unit(S04010002.COMMITTEE)));
    }

    /**
     * Step 10: the CGD takes note of the updated portfolio; the new version stands approved in the session of step 5,
     * which approved the changes.
     */
    void notePortfolio(Transition t) {
        PgdFollowUp f = followUps.ofCase(t.caseId());
        PgdPortfolio next = followUps.updated(f);
        next.approve(f.getNotedSession(), f.getNotedAgreement());
        plans.approval(followUps.plan(f), "Portafolio de proyectos del PGD actualizado (versión " + next.getNumber()
                + ")", f.getNotedSession(), f.getNotedAgreement(), t.actor().username());
    }

    /** The informe's text: each project's progress, then the four parts the manual names for step 3. */
    private List<String> reportBody(Transition t, PgdFollowUp f, PgdPlan plan) {
        List<PgdProgress> rows = followUps.progress(f);
        String progress = rows.stream().map(p -> "- " + p.getProjectCode() + " " + p.getProjectName() + " ("
                + p.getTeam() + "): " + p.getPercent() + " % de avance. Logros: " + p.getAchievements()
                + ". Dificultades: " + p.getDifficulties() + ".").collect(Collectors.joining("\n"));
        double mean = rows.stream().mapToInt(PgdProgress::getPercent).average().orElse(0);
        return List.of("Se informa el seguimiento de la implementación del Plan de Gobierno Digital " + plan
                        .periodText() + " en el año " + f.getYear() + ", sobre el portafolio de proyectos versión "
                        + followUps.followed(f).getNumber() + ", a partir del reporte de avance de los responsables"
                        + " de las coordinaciones de la OGTIE.",
                "1. Avance de los proyectos del portafolio (promedio " + Math.round(mean) + " %):", progress,
                "2. Logros obtenidos: " + t.value(S04010002.ACHIEVEMENTS).strip(),
                "3. Dificultades presentadas: " + t.value(S04010002.DIFFICULTIES).strip(),
                "4. Recomendaciones sobre modificaciones o actualizaciones a los proyectos del portafolio: "
                        + t.value(S04010002.RECOMMENDATIONS).strip(),
                "5. Compromisos de mejora de actividades o proyectos: " + t.value(S04010002.COMMITMENTS).strip());
    }

    /** The Jefe(a) de la OGTIE, who gives the informe its visto bueno and signs it. */
    private UserProfile chief(Transition t) {
        String unit = engine.unitOf(t.actor().institutionCode(), S04010002.CHIEF);
        return em.createQuery("select p from UserProfile p join p.unit u where u.institutionCode = :i and u.code = :u"
                + " order by p.username", UserProfile.class).setParameter("i", t.actor().institutionCode())
                .setParameter("u", unit).getResultStream().filter(p -> p.getRoles().contains(Roles.JEFE)).findFirst()
                .orElseThrow(() -> new WorkflowException("pgdfollow.chief.none"));
    }
}
