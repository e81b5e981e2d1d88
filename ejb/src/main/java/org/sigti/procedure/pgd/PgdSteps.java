package org.sigti.procedure.pgd;

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
import org.sigti.pgd.PgdInput;
import org.sigti.pgd.PgdPlan;
import org.sigti.pgd.PgdPortfolio;
import org.sigti.pgd.PgdRisk;
import org.sigti.pgd.Plans;
import org.sigti.pgd.Portfolios;
import org.sigti.security.Roles;
import org.sigti.workflow.Attachments;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.CaseFiles;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;

/**
 * What S04.01.00.01's steps do besides moving the case, inside the move's transaction (a refusal rolls the whole move
 * back): the plan's data through the {@code pgd} module, and the official documents the manual names, each written,
 * signed and numbered by the step's performer in person (the Jefe(a)'s oficios to the CGD and the SG, the memorándum
 * that communicates the risk matrix, the CGD's actas, the informe de sustento, the Resolución Ministerial drafted at
 * step 21 and signed by the Minister at step 23, the SG's oficio to the PCM), and the final PGD document attached to
 * the case at steps 18 and 20.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PgdSteps {

    static final String JEFE_OGTIE = "Jefe(a) de la Oficina General de Tecnologías de la Información y Estadística";
    static final String CGD = "Miembro del Comité de Gobierno Digital";
    static final String PCM = "Secretaría de Gobierno y Transformación Digital de la Presidencia del Consejo de"
            + " Ministros";

    @PersistenceContext
    EntityManager em;

    @Inject
    Plans plans;

    @Inject
    Portfolios portfolios;

    @Inject
    DocumentDesk desk;

    @Inject
    CaseEngine engine;

    @Inject
    CaseFiles files;

    /** Step 1: the plan and its period (at least three years), with its portfolio's version 1. */
    void open(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        plans.open(t.caseId(), c.getInstitutionCode(), S04010001.START_YEAR.name(), t.value(S04010001.START_YEAR),
                S04010001.END_YEAR.name(), t.value(S04010001.END_YEAR));
    }

    /** Steps 2 and 4: the work schedule. */
    void schedule(Transition t, FieldDefinition field, String text) {
        plans.schedule(plans.of(t.caseId()), PgdInput.activities(field.name(), text));
    }

    /** Step 3: the Jefe(a)'s oficio calling the CGD to approve the schedule. */
    void callOnSchedule(Transition t) {
        PgdPlan plan = plans.of(t.caseId());
        String activities = plans.activities(plan).stream().map(a -> "- " + a.getPhase() + ": " + a.getName() + " ("
                + a.getDurationDays() + " días desde el " + a.getStartsOn() + ")").collect(Collectors.joining("\n"));
        issue(t, OfficialDocumentKind.OFICIO, ogtie(t), JEFE_OGTIE, "Presidente(a) del Comité de Gobierno Digital",
                "Convocatoria a reunión para la aprobación del cronograma de trabajo para formular el PGD "
                        + plan.periodText(), List.of("Tengo el agrado de dirigirme a usted para convocar a reunión al"
                        + " Comité de Gobierno Digital, a fin de aprobar el cronograma de trabajo para formular el Plan"
                        + " de Gobierno Digital " + plan.periodText() + ", que se adjunta:", activities),
                List.of(Recipient.unit(S04010001.COMMITTEE)));
    }

    /** Step 4: the CGD approves the schedule (modified, if so) and its member signs the acta. */
    void approveSchedule(Transition t) {
        PgdPlan plan = plans.of(t.caseId());
        String changed = t.value(S04010001.SCHEDULE_CHANGED);
        if (changed != null && !changed.isBlank()) {
            schedule(t, S04010001.SCHEDULE_CHANGED, changed);
        }
        approve(t, plan, "Cronograma de trabajo para formular el PGD" + (changed == null || changed.isBlank() ? ""
                : " (modificado en la sesión)"));
    }

    /** Step 5: the risk matrix. */
    void risks(Transition t) {
        plans.risks(plans.of(t.caseId()), PgdInput.risks(S04010001.RISKS.name(), t.value(S04010001.RISKS)));
    }

    /** Step 6: the approved risks and their treatment, communicated to those involved by memorándum (SISTRADOC). */
    void communicateRisks(Transition t) {
        PgdPlan plan = plans.of(t.caseId());
        List<PgdRisk> risks = plans.risks(plan);
        String matrix = risks.stream().map(r -> "- " + r.getStage() + ": " + r.getDescription() + ". Acción: "
                + r.getTreatment()).collect(Collectors.joining("\n"));
        issue(t, OfficialDocumentKind.MEMORANDUM, ogtie(t), JEFE_OGTIE,
                "Responsables de las coordinaciones de la OGTIE", "Matriz de riesgos de la formulación del PGD "
                        + plan.periodText(), List.of("Se comunica la matriz de riesgos aprobada para la formulación"
                        + " del Plan de Gobierno Digital " + plan.periodText() + " y las acciones para tratarlos:",
                        matrix), List.of(Recipient.unit(S04010001.INNOVATION),
                                Recipient.unit(S04010001.INFRASTRUCTURE), Recipient.unit(S04010001.GOBTI)));
    }

    /** Step 7: the strategic approach. */
    void approach(Transition t) {
        plans.of(t.caseId()).strategicApproach(t.value(S04010001.PESEM), t.value(S04010001.PEI),
                t.value(S04010001.POLICIES));
    }

    /** Steps 9: a coordinator's report, for the team of the step. */
    void status(Transition t) {
        plans.status(plans.of(t.caseId()), team(t), PgdInput.statuses(S04010001.STATUS.name(),
                t.value(S04010001.STATUS)));
    }

    /** Step 10: the consolidated situation. */
    void situation(Transition t) {
        plans.of(t.caseId()).situation(t.value(S04010001.SITUATION));
    }

    /** Step 11: the decision per project; those that continue pass to the new portfolio. */
    void decide(Transition t) {
        plans.decide(plans.of(t.caseId()), S04010001.DECISIONS.name(), PgdInput.decisions(
                S04010001.DECISIONS.name(), t.value(S04010001.DECISIONS)));
    }

    /** Step 12: the objectives of the new period. */
    void objectives(Transition t) {
        plans.of(t.caseId()).objectives(t.value(S04010001.OBJECTIVES));
    }

    /** Steps 14: a team's project sheets. */
    void sheets(Transition t) {
        plans.sheets(plans.of(t.caseId()), team(t), S04010001.SHEETS.name(), PgdInput.sheets(
                S04010001.SHEETS.name(), t.value(S04010001.SHEETS)));
    }

    /** Step 16: the priorities, and the oficio calling the CGD to approve the portfolio. */
    void callOnPortfolio(Transition t) {
        PgdPlan plan = plans.of(t.caseId());
        plans.prioritize(plan, S04010001.PRIORITIES.name(), PgdInput.priorities(S04010001.PRIORITIES.name(),
                t.value(S04010001.PRIORITIES)));
        PgdPortfolio first = portfolios.version(plan, 1);
        String list = portfolios.projects(first).stream().map(p -> p.getPriority() + ". " + p.getCode() + " "
                + p.getName() + " (" + p.getTeam() + ")").collect(Collectors.joining("\n"));
        issue(t, OfficialDocumentKind.OFICIO, ogtie(t), JEFE_OGTIE, "Presidente(a) del Comité de Gobierno Digital",
                "Convocatoria a reunión para la aprobación del portafolio de proyectos del PGD " + plan.periodText(),
                List.of("Tengo el agrado de dirigirme a usted para convocar a reunión al Comité de Gobierno Digital,"
                        + " a fin de aprobar el portafolio de proyectos del nuevo periodo del Plan de Gobierno"
                        + " Digital, priorizados y validados:", list), List.of(Recipient.unit(S04010001.COMMITTEE)));
    }

    /** Step 17: the CGD approves the portfolio's version 1 and its member signs the acta. */
    void approvePortfolio(Transition t) {
        PgdPlan plan = plans.of(t.caseId());
        portfolios.version(plan, 1).approve(t.value(S04010001.SESSION).strip(), t.value(S04010001.AGREEMENT).strip());
        approve(t, plan, "Portafolio de proyectos del PGD (versión 1)");
    }

    /** Step 18: the final PGD document, generated from the plan's data and attached to the case. */
    void draftDocument(Transition t) {
        PgdPlan plan = plans.of(t.caseId());
        plan.introduction(t.value(S04010001.INTRODUCTION));
        attach(t, plan, "Proyecto-PGD-");
    }

    /** Step 19: the Jefe(a)'s oficio sending the draft to the CGD. */
    void sendDocument(Transition t) {
        PgdPlan plan = plans.of(t.caseId());
        issue(t, OfficialDocumentKind.OFICIO, ogtie(t), JEFE_OGTIE, "Presidente(a) del Comité de Gobierno Digital",
                "Remisión del proyecto del documento final del PGD " + plan.periodText() + " para su aprobación",
                List.of("Se remite el proyecto del documento final del Plan de Gobierno Digital " + plan.periodText()
                        + ", revisado y validado por la OGTIE, para su aprobación por el Comité de Gobierno"
                        + " Digital (caso " + t.caseNumber() + ")."), List.of(Recipient.unit(S04010001.COMMITTEE)));
    }

    /** Step 20: the CGD approves and signs the PGD; its member signs the acta; the approved PGD is attached. */
    void approveDocument(Transition t) {
        PgdPlan plan = plans.of(t.caseId());
        approve(t, plan, "Documento final del PGD " + plan.periodText());
        em.flush();
        attach(t, plan, "PGD-aprobado-");
    }

    /**
     * Step 21: the especialista's informe de sustento (signed, to the Jefe(a)) and the proyecto de Resolución
     * Ministerial, drafted in the DM's series for the Minister's visto bueno and signature at step 23.
     */
    void support(Transition t) {
        PgdPlan plan = plans.of(t.caseId());
        String unit = t.actor().unitCode();
        issue(t, OfficialDocumentKind.INFORME, unit, "Especialista de gobierno digital", JEFE_OGTIE,
                "Sustento de la aprobación del Plan de Gobierno Digital " + plan.periodText(), List.of(
                        t.value(S04010001.SUPPORT), "Se adjuntan el PGD aprobado, el Acta de aprobación del Comité de"
                                + " Gobierno Digital y el proyecto de Resolución Ministerial."),
                List.of(Recipient.unit(ogtie(t))));
        UserProfile minister = em.createQuery("select p from UserProfile p join p.unit u where u.institutionCode = :i"
                + " and u.code = :u order by p.username", UserProfile.class).setParameter("i", t.actor()
                        .institutionCode()).setParameter("u", S04010001.MINISTER).getResultStream()
                .filter(p -> p.getRoles().contains(Roles.AUTORIDAD)).findFirst()
                .orElseThrow(() -> new WorkflowException("pgd.minister.none"));
        OfficialDraft rm = new OfficialDraft(OfficialDocumentKind.RESOLUCION, S04010001.MINISTER, t.caseId(),
                "Despacho Ministerial", "Aprobar el Plan de Gobierno Digital del Ministerio de Defensa "
                        + plan.periodText(), "Informe de sustento de la OGTIE; Acta de aprobación del CGD",
                String.join("\n\n", "SE RESUELVE:", t.value(S04010001.DRAFT_RM)), minister.getUsername(),
                List.of(new Signer(minister.getUsername(), "Ministro(a) de Defensa")),
                List.of(Recipient.unit(S04010001.SECRETARY), Recipient.unit(ogtie(t))));
        long id = desk.draft(t.actor(), rm);
        desk.askReview(t.actor(), id);
    }

    /** Step 22: the Jefe(a)'s oficio to the SG with the informe, the PGD, the acta and the draft RM. */
    void sendToSecretary(Transition t) {
        PgdPlan plan = plans.of(t.caseId());
        issue(t, OfficialDocumentKind.OFICIO, ogtie(t), JEFE_OGTIE, "Secretario(a) General",
                "Aprobación del Plan de Gobierno Digital " + plan.periodText() + " mediante Resolución Ministerial",
                List.of("Se remite el informe de sustento de la aprobación del Plan de Gobierno Digital "
                        + plan.periodText() + ", adjuntando el PGD formulado, el Acta de aprobación del Comité de"
                        + " Gobierno Digital y el proyecto de Resolución Ministerial, para la gestión con el VRD, la"
                        + " DGPP y la OGAJ sobre la emisión de la Resolución Ministerial a través del Despacho"
                        + " Ministerial."), List.of(Recipient.unit(S04010001.SECRETARY)));
    }

    /** Step 23: the Minister signs the RM (numbered), orders its publication; the plan is approved. */
    void issueResolution(Transition t) {
        PgdPlan plan = plans.of(t.caseId());
        OfficialDocument rm = em.createQuery("select d from OfficialDocument d where d.caseId = :c and d.kind = :k"
                + " order by d.id desc", OfficialDocument.class).setParameter("c", t.caseId())
                .setParameter("k", OfficialDocumentKind.RESOLUCION).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new WorkflowException("pgd.rm.none"));
        if (rm.getState() == OfficialDocumentState.IN_REVIEW) {
            desk.approve(t.actor(), rm.getId());
        }
        String number = desk.sign(t.actor(), rm.getId());
        desk.send(t.actor(), rm.getId());
        plan.approve(number, t.value(S04010001.PUBLICATION).strip());
    }

    /** Step 24: the SG's oficio to the SGTD of the PCM reporting the RM. */
    void informPcm(Transition t) {
        PgdPlan plan = plans.of(t.caseId());
        issue(t, OfficialDocumentKind.OFICIO, t.actor().unitCode(), "Secretario(a) General", "Secretario(a) de"
                + " Gobierno y Transformación Digital de la Presidencia del Consejo de Ministros",
                "Emisión de la Resolución Ministerial que aprueba el Plan de Gobierno Digital " + plan.periodText(),
                List.of("Tengo el agrado de dirigirme a usted para comunicarle la emisión de la " + plan.getRmNumber()
                        + ", que aprueba el Plan de Gobierno Digital del Ministerio de Defensa " + plan.periodText()
                        + ", publicado en el portal institucional (" + plan.getPublishedAt() + ")."),
                List.of(Recipient.external(PCM)));
    }

    /** The CGD's approval in session: recorded, and the Acta de reunión signed by the member in person. */
    void approve(Transition t, PgdPlan plan, String subject) {
        String session = t.value(S04010001.SESSION).strip();
        String agreement = t.value(S04010001.AGREEMENT).strip();
        plans.approval(plan, subject, session, agreement, t.actor().username());
        issue(t, OfficialDocumentKind.ACTA, t.actor().unitCode(), CGD, "Miembros del Comité de Gobierno Digital",
                "Acta de reunión (sesión " + session + "): " + subject, List.of("En la sesión " + session
                        + " del Comité de Gobierno Digital se revisó: " + subject + ".", "Acuerdo: " + agreement),
                List.of(Recipient.unit(ogtie(t))));
    }

    private void attach(Transition t, PgdPlan plan, String prefix) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        byte[] pdf = plans.document(plan, portfolios.latest(plan));
        files.store(c, new Attachments.Checked(prefix + plan.periodText() + ".pdf", "application/pdf", pdf,
                Attachments.sha256(pdf)), t.actor(), t.fromStep(), List.of());
    }

    /**
     * A document written, given its visto bueno, signed (numbered) and sent by the step's performer in person.
     *
     * @return its number
     */
    String issue(Transition t, OfficialDocumentKind kind, String unit, String capacity, String addressees,
            String subject, List<String> paragraphs, List<Recipient> recipients) {
        String me = t.actor().username();
        long id = desk.draft(t.actor(), new OfficialDraft(kind, unit, t.caseId(), addressees, subject,
                "Caso " + t.caseNumber() + " (" + t.procedureCode() + ")", String.join("\n\n", paragraphs), me,
                List.of(new Signer(me, capacity)), recipients));
        desk.askReview(t.actor(), id);
        desk.approve(t.actor(), id);
        String number = desk.sign(t.actor(), id);
        desk.send(t.actor(), id);
        return number;
    }

    String ogtie(Transition t) {
        return engine.unitOf(t.actor().institutionCode(), S04010001.CHIEF);
    }

    /** The team whose coordinator does step "9.X" or "14.X". */
    static String team(Transition t) {
        return t.fromStep().substring(t.fromStep().indexOf('.') + 1);
    }
}
