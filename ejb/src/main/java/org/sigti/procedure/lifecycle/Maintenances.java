package org.sigti.procedure.lifecycle;

import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.backup.Restores;
import org.sigti.changes.GoLive;
import org.sigti.changes.PreChangeRule;
import org.sigti.changes.SystemChanges;
import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.OfficialDocumentState;
import org.sigti.document.official.DocumentDesk;
import org.sigti.document.official.OfficialDraft;
import org.sigti.inventory.InventoryEntry;
import org.sigti.inventory.ItSystem;
import org.sigti.inventory.SystemEnvironment;
import org.sigti.inventory.SystemInventory;
import org.sigti.people.UserProfile;
import org.sigti.procedure.inventory.DictamenDocuments;
import org.sigti.publication.PublicationRequest;
import org.sigti.publication.Publications;
import org.sigti.quality.QualityAssurance;
import org.sigti.security.Roles;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.CaseLinks;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.FieldDefinition;

/**
 * What S04.02.00.02's steps do besides moving the case, inside the move's transaction: the actas of the manual
 * (requerimientos N°1, desarrollo N°4, QA N°9, conformidad N°10) as official documents of the case, each signed by its
 * signers in their own steps and numbered at the last signature, one per pass (an acta of an earlier pass stays as
 * it was signed); the informe de cierre to the Jefe(a); the security backup before the deployment (step 21), the
 * go-live in the system's change history (22) and the rollback linked to the copy restored (23.R). A refusal rolls
 * the whole move back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Maintenances {

    static final String REQUIREMENTS_ACT = "Acta de requerimientos";
    static final String DEVELOPMENT_ACT = "Acta de desarrollo";
    static final String QA_ACT = "Acta de QA";
    static final String CONFORMITY_ACT = "Acta de conformidad";
    static final String CLOSING_REPORT = "Informe de cierre del proyecto";
    static final String PROGRAMMER = "Analista en programación de sistemas";
    static final String ANALYST = "Responsable del análisis de sistemas";
    static final String QUALITY = "Responsable del análisis de calidad de sistemas";
    static final String GOVERNANCE_LEAD = "Responsable de la coordinación del equipo de gobierno de TI";
    static final String INNOVATION_LEAD = "Responsable de la coordinación del equipo de innovación tecnológica";
    static final String OWNER = "Propietario del sistema";

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentDesk desk;

    @Inject
    DictamenDocuments documents;

    @Inject
    Decommissions decommissions;

    @Inject
    CaseEngine engine;

    @EJB
    SystemChanges changes;

    @EJB
    Restores restores;

    @Inject
    CaseLinks links;

    @EJB
    QualityAssurance qa;

    @EJB
    Publications publications;

    @EJB
    SystemInventory inventory;

    /** Step 3: the system is one of the institution's active catalog. */
    ItSystem checkSystem(Transition t, String code) {
        String wanted = code == null ? "" : code.strip();
        return em.createQuery("select s from ItSystem s where s.institutionCode = :i and upper(s.code) = upper(:c)"
                + " and s.active = true", ItSystem.class).setParameter("i", t.actor().institutionCode())
                .setParameter("c", wanted).getResultStream().findFirst().orElseThrow(() -> new WorkflowException(
                        "procedures.maintenance.system", Map.of(S04020002.SYSTEM.name(),
                                "procedures.maintenance.system.field"), wanted));
    }

    /**
     * Step 3: the Responsable del análisis drafts the Acta de requerimientos (formato N°1) and gives it the visto
     * bueno; the Analista en programación named signs it (3.P), then the system owner (3.O), which numbers it.
     */
    void draftRequirements(Transition t, String requirements, String programmer) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        OfficialDraft.Signer developer = programmer(t, programmer);
        String owner = c.getRequesterUsername();
        write(t, OfficialDocumentKind.ACTA, unit(t, S04020002.INNOVATION), REQUIREMENTS_ACT,
                "Requerimientos informáticos solicitados y acuerdos:\n\n" + requirements.strip(),
                List.of(developer, new OfficialDraft.Signer(owner, OWNER)), ownerUnit(c), false);
    }

    /** Step 5: the Analista programador drafts the Acta de desarrollo (N°4) and signs it; the analyst signs at 8. */
    void draftDevelopment(Transition t, String act) {
        OfficialDraft.Signer analyst = documents.performerOf(t, "3", Roles.TECNICO, S04020002.INNOVATION, ANALYST);
        write(t, OfficialDocumentKind.ACTA, unit(t, S04020002.INNOVATION), DEVELOPMENT_ACT,
                "Requerimientos a implementar y consideraciones de desarrollo seguro:\n\n" + act.strip(),
                List.of(new OfficialDraft.Signer(t.actor().username(), PROGRAMMER), analyst),
                unit(t, S04020002.GOVERNANCE), true);
    }

    /** Step 15: the QA analyst drafts the Acta de QA (N°9) with the informe de control de calidad and signs it. */
    void draftQa(Transition t, String report) {
        OfficialDraft.Signer lead = documents.signer(t, Roles.RESPONSABLE, S04020002.GOVERNANCE, GOVERNANCE_LEAD);
        write(t, OfficialDocumentKind.ACTA, unit(t, S04020002.GOVERNANCE), QA_ACT,
                "Se culminó el control de calidad del sistema, sin defectos pendientes.\n\nInforme de control de"
                        + " calidad (formato N°8):\n\n" + report.strip(),
                List.of(new OfficialDraft.Signer(t.actor().username(), QUALITY), lead),
                unit(t, S04020002.INNOVATION), true);
    }

    /**
     * Step 18, conforme: the Analista en programación drafts the Acta de conformidad (N°10) and signs it; the
     * innovation lead (18.C) and the owner (18.O) sign it next.
     */
    void draftConformity(Transition t, String presentation) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        OfficialDraft.Signer lead = documents.signer(t, Roles.RESPONSABLE, S04020002.INNOVATION, INNOVATION_LEAD);
        write(t, OfficialDocumentKind.ACTA, unit(t, S04020002.INNOVATION), CONFORMITY_ACT,
                "El área usuaria da su conformidad a la funcionalidad del sistema presentado.\n\n"
                        + presentation.strip(),
                List.of(new OfficialDraft.Signer(t.actor().username(), PROGRAMMER), lead,
                        new OfficialDraft.Signer(c.getRequesterUsername(), OWNER)), ownerUnit(c), true);
    }

    /** A signer's step: signs this pass's acta; the last signature numbers it and, with {@code send}, sends it. */
    void sign(Transition t, String subject, boolean send) {
        OfficialDocument d = latest(t.caseId(), subject).orElseThrow(() -> new WorkflowException(
                "procedures.dictamen.missing", subject));
        String number = desk.sign(t.actor(), d.getId());
        if (number != null && send) {
            desk.send(t.actor(), d.getId());
        }
    }

    /** Step 17: the QA analyst sends the signed Acta de QA to the innovation team. */
    void send(Transition t, String subject) {
        OfficialDocument d = latest(t.caseId(), subject).orElseThrow(() -> new WorkflowException(
                "procedures.dictamen.missing", subject));
        if (d.getState() == OfficialDocumentState.SIGNED) {
            desk.send(t.actor(), d.getId());
        }
    }

    /** Step 19: the version is a tag or a commit. */
    void checkVersion(String version) {
        if (PreChangeRule.versionRef(version) == null) {
            throw new WorkflowException("changes.version.invalid", Map.of(S04020002.VERSION.name(),
                    "procedures.maintenance.version.field"), String.valueOf(version));
        }
    }

    /** Step 21: the security backup is a copy of the system made or registered since the case was opened. */
    long requireCopy(Transition t, String typed) {
        ItSystem system = checkSystem(t, decommissions.values(t).get(S04020002.SYSTEM.name()));
        return decommissions.copyBeforeRelease(t, system, null, typed);
    }

    /**
     * Step 22: the deployment goes into the system's change history with its version, its artifact and the copy of
     * step 21; {@link SystemChanges#goLive} refuses it without a copy taken since the case was opened.
     */
    void goLive(Transition t) {
        Map<String, String> v = decommissions.values(t);
        String summary = "Mantenimiento: " + v.get(S04020002.DEPLOYED.name()).strip() + " — Artefacto: "
                + v.get(S04020002.ARTIFACT.name());
        changes.goLive(new GoLive(t.caseId(), v.get(S04020002.SYSTEM.name()), summary,
                v.get(S04020002.VERSION.name()), v.get(S04020002.RELEASE_REQUEST.name()),
                v.get(S04020002.COPY.name())));
    }

    /** Step 23.R: the copy restored is linked to the case like any restore of the system. */
    void rollback(Transition t, String copy) {
        restores.linkRollback(t.caseId(), S04020002.RESTORED_COPY.name(), S04020002.SYSTEM.name(), copy,
                t.actor().username());
    }

    /** Step 10: the acting analyst becomes the case's QA analyst. */
    void openQa(Transition t) {
        qa.open(t, "6", "7"); // the manual numbers the matrix and the defect report N°6 and N°7 in S04.02.00.02
    }

    /** Step 11: the QA window of the calendar by the number of interfaces. */
    void planQa(Transition t, FieldDefinition interfaces, FieldDefinition days) {
        qa.plan(t, interfaces, days);
    }

    /** Step 14, con defectos: an open defect is needed. */
    void defectsFound(Transition t) {
        qa.defectsFound(t);
    }

    /** Step 14, sin defectos: refused while a defect is pending. */
    void requireNoPendingDefects(Transition t) {
        qa.requireNoPendingDefects(t);
    }

    /** Steps 24, 27: what is typed so far is valid. */
    void checkPublication(Transition t) {
        publications.check(publication(t));
    }

    /** Steps 25 (completos), 31: the request is complete and valid. */
    void validatePublication(Transition t) {
        publications.validate(publication(t));
    }

    /** Step 32: the Ciberseguridad team's register records the publication. */
    void registerPublication(Transition t) {
        publications.register(t.caseId(), links.newestNumber(t.caseId(), S04020002.PUBLICATION_TICKET).orElse(null),
                publication(t));
    }

    /** Steps 24–32: the publication request as the case records it, with this move's values over it. */
    private PublicationRequest publication(Transition t) {
        Map<String, String> v = decommissions.values(t);
        return new PublicationRequest(v.get(S04020002.SYSTEM.name()), v.get(S04020002.PRIVATE_IP.name()),
                v.get(S04020002.PORTS.name()), v.get(S04020002.PUBLIC_IP.name()), S04020002.SYSTEM.name(),
                S04020002.PRIVATE_IP.name(), S04020002.PORTS.name(), S04020002.PUBLIC_IP.name());
    }

    /** Step 36: the inventory records the version in production of the maintained system. */
    void updateInventory(Transition t) {
        Map<String, String> v = decommissions.values(t);
        ItSystem system = checkSystem(t, v.get(S04020002.SYSTEM.name()));
        inventory.record(t.caseId(), new InventoryEntry(system.getCode(), system.getName(),
                system.getOwnerUnitCode(), v.get(S04020002.VERSION.name()), SystemEnvironment.PRODUCTION, null,
                null));
    }

    /** Step 37: the innovation lead's informe de cierre to the Jefe(a), signed, numbered and sent in the move. */
    void closingReport(Transition t, String benefits) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        write(t, OfficialDocumentKind.INFORME, unit(t, S04020002.INNOVATION), CLOSING_REPORT,
                "Se culminó el mantenimiento del sistema " + decommissions.values(t).get(S04020002.SYSTEM.name())
                        + " (solicitud " + c.getNumber() + "). Se adjunta el acta de conformidad.\n\n"
                        + "Principales bondades del sistema:\n\n" + benefits.strip(),
                List.of(new OfficialDraft.Signer(t.actor().username(), INNOVATION_LEAD)), unit(t,
                        S04020002.CHIEF), false);
        sign(t, CLOSING_REPORT, true);
    }

    /**
     * The author writes this pass's document (drafted anew once the earlier one was signed) and gives it their own
     * visto bueno, so that the signers may sign; the author signs first when {@code authorSigns}.
     */
    private void write(Transition t, OfficialDocumentKind kind, String unit, String subject, String body,
            List<OfficialDraft.Signer> signers, String recipient, boolean authorSigns) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String system = decommissions.values(t).get(S04020002.SYSTEM.name());
        OfficialDraft draft = new OfficialDraft(kind, unit, c.getId(), addressees(signers), subject + " — sistema "
                + system, "Procedimiento S04.02.00.02, solicitud " + c.getNumber(), body, t.actor().username(),
                signers, List.of(OfficialDraft.Recipient.unit(recipient)));
        var editable = latest(c.getId(), subject).filter(OfficialDocument::isEditable);
        long id;
        if (editable.isPresent()) {
            id = editable.get().getId();
            desk.rewrite(t.actor(), id, draft);
        } else {
            id = desk.draft(t.actor(), draft);
        }
        desk.askReview(t.actor(), id);
        desk.approve(t.actor(), id);
        if (authorSigns) {
            desk.sign(t.actor(), id);
        }
    }

    private String addressees(List<OfficialDraft.Signer> signers) {
        return String.join("\n", signers.stream().map(s -> documents.fullName(s.username()) + ", " + s.capacity())
                .toList());
    }

    /** This pass's document of the case with the subject, the newest. */
    private java.util.Optional<OfficialDocument> latest(long caseId, String subject) {
        return em.createQuery("select d from OfficialDocument d where d.caseId = :c and d.subject like :s"
                + " order by d.id desc", OfficialDocument.class).setParameter("c", caseId)
                .setParameter("s", subject + " — %").setMaxResults(1).getResultStream().findFirst();
    }

    /** The Analista en programación named at step 3: a Técnico of the innovation team. */
    private OfficialDraft.Signer programmer(Transition t, String username) {
        String wanted = username == null ? "" : username.strip();
        String unit = unit(t, S04020002.INNOVATION);
        return em.createQuery("select p from UserProfile p join p.unit u where p.username = :p"
                + " and u.institutionCode = :i and u.code = :u", UserProfile.class).setParameter("p", wanted)
                .setParameter("i", t.actor().institutionCode()).setParameter("u", unit).getResultStream()
                .filter(p -> p.getRoles().contains(Roles.TECNICO)).findFirst()
                .map(p -> new OfficialDraft.Signer(p.getUsername(), PROGRAMMER))
                .orElseThrow(() -> new WorkflowException("procedures.maintenance.programmer", Map.of(
                        S04020002.PROGRAMMER.name(), "procedures.maintenance.programmer.field"), wanted));
    }

    private String ownerUnit(WorkCase c) {
        return em.createQuery("select u.code from UserProfile p join p.unit u where p.username = :p", String.class)
                .setParameter("p", c.getRequesterUsername()).getResultStream().findFirst()
                .orElseGet(() -> engine.unitOf(c.getInstitutionCode(), S04020002.CHIEF));
    }

    private String unit(Transition t, String queue) {
        return engine.unitOf(t.actor().institutionCode(), queue);
    }
}
