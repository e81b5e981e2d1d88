package org.sigti.procedure.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.backup.Restores;
import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.OfficialDocumentState;
import org.sigti.document.official.DocumentDesk;
import org.sigti.document.official.OfficialDraft;
import org.sigti.document.official.OfficialDraft.Signer;
import org.sigti.inventory.InventoryEntry;
import org.sigti.inventory.SystemEnvironment;
import org.sigti.inventory.SystemInventory;
import org.sigti.people.UserProfile;
import org.sigti.procedure.change.ChangeCases;
import org.sigti.publication.PublicationRequest;
import org.sigti.publication.Publications;
import org.sigti.procedure.inventory.DictamenDocuments;
import org.sigti.security.Roles;
import org.sigti.training.AttendanceLists;
import org.sigti.training.Attendee;
import org.sigti.training.TrainingFields;
import org.sigti.training.TrainingSession;
import org.sigti.training.Trainings;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.CaseLinks;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * What S04.02.00.01's steps do besides moving the case, inside the move's transaction: the system owner's oficio that
 * files the requirement (with the Ficha de requerimiento, formato N°1, attached to the case); the oficio de
 * observaciones the Jefe(a) sends when the requirement is not viable; the four actas (de requerimientos N°6, de
 * desarrollo N°9, de QA N°14, de conformidad N°15), each an official ACTA of the case drafted by the step's performer
 * and signed in turn by the people the manual names, the last signature numbering it; the informe de cierre to the
 * Jefe(a); the checks of the product backlog (formato N°3), of the programmer named, of the publication data and of
 * the rollback; and the go-live on the system's change history. A refusal rolls the whole move back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SystemDevelopments {

    static final String JEFE_OGTIE = "Jefe(a) de la Oficina General de Tecnologías de la Información y Estadística";
    static final String INNOVATION_LEAD = "Responsable de la coordinación del equipo de innovación tecnológica";
    static final String ANALYST = "Responsable del análisis de sistemas";
    static final String PROGRAMMER = "Analista en programación de sistemas";
    static final String QUALITY = "Responsable del análisis de calidad de sistemas";
    static final String GOVERNANCE = "Responsable de la coordinación del equipo de gobierno de tecnologías de la"
            + " información";

    /** The four actas, by the subject SIGTI gives each (a case holds one of each). */
    static final String REQUIREMENTS_ACTA = "Acta de requerimientos (formato N° 06)";
    static final String DEVELOPMENT_ACTA = "Acta de desarrollo (formato N° 09)";
    static final String QA_ACTA = "Acta de QA (formato N° 14)";
    static final String CONFORMITY_ACTA = "Acta de conformidad (formato N° 15)";
    static final String UAT_REPORT = "Informe final de pruebas (UAT)";
    static final String CODE_REVIEW_ACTA = "Acta de revisión de código (SonarQube y OWASP ZAP)";

    /** A user story of the backlog: «priority | story», the priority a whole number (1 first). */
    private static final Pattern STORY = Pattern.compile("\\s*\\d{1,3}\\s*\\|\\s*\\S.*");

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentDesk desk;

    @Inject
    DictamenDocuments documents;

    @Inject
    ChangeCases cases;

    @Inject
    CaseEngine engine;

    @EJB
    Publications publications;

    @EJB
    Trainings trainings;

    @EJB
    SystemInventory inventory;

    @EJB
    Restores restores;

    @Inject
    CaseLinks links;

    /**
     * Step 1: the system owner's oficio to the Jefe(a) de la OGTIE asking for the new system, with the Ficha's content
     * the request describes; the owner signs it in the same move (numbered in the unit's series) and it goes.
     */
    void fileRequirement(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String unit = t.actor().unitCode();
        if (unit == null) {
            throw new WorkflowException("procedures.lifecycle.ownerUnit");
        }
        String body = String.join("\n\n",
                "Tengo el agrado de dirigirme a usted para solicitar el desarrollo de un nuevo sistema de información:"
                        + " «" + c.getTitle() + "».",
                "Se adjunta a la solicitud " + c.getNumber() + " del SIGTI la Ficha de requerimiento de desarrollo de"
                        + " sistemas (formato N° 01) firmada, con la identificación del proceso, la problemática a"
                        + " solucionar, la justificación y el diagrama y la descripción del flujo del proceso.",
                c.getDescription() == null ? "" : c.getDescription().strip());
        String owner = "Propietario del sistema, Director(a) / Jefe(a) de la unidad de organización " + unit;
        documents.write(t, new OfficialDraft(OfficialDocumentKind.OFICIO, unit, c.getId(), JEFE_OGTIE,
                "Requerimiento de desarrollo de nuevo sistema", "Solicitud " + c.getNumber() + " del SIGTI", body,
                t.actor().username(), List.of(new Signer(t.actor().username(), owner)),
                List.of(OfficialDraft.Recipient.unit(ogtie(t)))));
        documents.approveAndSign(t, OfficialDocumentKind.OFICIO, unit, true);
    }

    /** Step 4: the innovation lead drafts the oficio de observaciones; the Jefe(a) gives the visto bueno and signs. */
    void draftObservations(Transition t, String observations) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        OfficialDocument request = ownerOficio(c);
        Signer jefe = documents.signer(t, Roles.JEFE, S04020001.CHIEF, JEFE_OGTIE);
        String body = String.join("\n\n",
                "En atención a su " + request.getNumber() + ", mediante el cual solicita el desarrollo del sistema «"
                        + c.getTitle() + "», se comunica que el requerimiento no es viable, por lo siguiente:",
                observations.strip(),
                "Solicitud " + c.getNumber() + " del SIGTI.");
        documents.write(t, new OfficialDraft(OfficialDocumentKind.OFICIO, ogtie(t), c.getId(),
                "Propietario del sistema, Director(a) / Jefe(a) de la unidad de organización "
                        + request.getUnitCode(), "Observaciones al requerimiento de desarrollo de nuevo sistema",
                request.getNumber(), body, jefe.username(), List.of(jefe),
                List.of(OfficialDraft.Recipient.unit(request.getUnitCode()))));
    }

    /** Step 5: the Jefe(a)'s visto bueno and signature number the oficio de observaciones; it goes to the owner. */
    void sendObservations(Transition t) {
        documents.approveAndSign(t, OfficialDocumentKind.OFICIO, ogtie(t), true);
    }

    /** Step 5, observar: back to the innovation lead with the reason. */
    void returnObservations(Transition t) {
        documents.observe(t, OfficialDocumentKind.OFICIO, ogtie(t));
    }

    /** Step 7: the product backlog (formato N°3), one user story a line, «priority | story». */
    void checkBacklog(String backlog) {
        List<String> lines = backlog == null ? List.of() : backlog.strip().lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty() || !lines.stream().allMatch(l -> STORY.matcher(l).matches())) {
            throw new WorkflowException("procedures.lifecycle.backlog", Map.of(S04020001.BACKLOG.name(),
                    "procedures.lifecycle.backlog.field"));
        }
    }

    /** Step 8: the complexity chosen is the branch taken (Alta or Media → 9, Baja → 12). */
    void checkComplexity(Transition t, String complexity) {
        boolean low = "BAJA".equals(complexity);
        if (low != t.took(S04020001.LOW)) {
            throw new WorkflowException("procedures.lifecycle.complexity", Map.of(S04020001.COMPLEXITY.name(),
                    "procedures.lifecycle.complexity.field"));
        }
    }

    /** Step 8: the Analista programador named is a Técnico of the innovation team SIGTI knows. */
    void checkProgrammer(Transition t, String username) {
        String wanted = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (innovationTechnician(t, wanted).isEmpty()) {
            throw new WorkflowException("procedures.lifecycle.programmer", Map.of(S04020001.PROGRAMMER_USER.name(),
                    "procedures.lifecycle.programmer.field"), wanted);
        }
    }

    /**
     * Step 11: the analyst's Acta de requerimientos, signed by the Analista en programación (11.F1) and the system
     * owner (11.F2).
     */
    void draftRequirementsActa(Transition t, String agreements) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        writeActa(t, REQUIREMENTS_ACTA, String.join("\n\n",
                "Descripción de los requerimientos informáticos solicitados para el sistema «" + c.getTitle()
                        + "» y acuerdos:", agreements.strip()),
                List.of(programmer(t), owner(c)));
    }

    /** Step 13: the programmer's Acta de desarrollo, signed by them and by the analyst (13.F). */
    void draftDevelopmentActa(Transition t, String content) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        Signer analyst = documents.performerOf(t, "7", Roles.TECNICO, S04020001.INNOVATION, ANALYST);
        writeActa(t, DEVELOPMENT_ACTA, String.join("\n\n",
                "Requerimientos a implementar y consideraciones de desarrollo seguro del sistema «" + c.getTitle()
                        + "», para el pase a control de calidad:", content.strip()),
                List.of(new Signer(t.actor().username(), PROGRAMMER), analyst));
        desk.sign(t.actor(), acta(t, DEVELOPMENT_ACTA).getId());
    }

    /** Step 23: the quality analyst's Acta de QA, signed by them and by the governance coordinator (23.F). */
    void draftQaActa(Transition t, String report) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        Signer governance = documents.signer(t, Roles.RESPONSABLE, S04020001.GOVERNANCE, GOVERNANCE);
        writeActa(t, QA_ACTA, String.join("\n\n",
                "Cierre de las pruebas de control de calidad del sistema «" + c.getTitle() + "» (solicitud "
                        + c.getNumber() + "): sin defectos pendientes.",
                "Informe de pruebas (formato N° 13): " + report.strip()),
                List.of(new Signer(t.actor().username(), QUALITY), governance));
        desk.sign(t.actor(), acta(t, QA_ACTA).getId());
    }

    /**
     * Step 24: the informe final de pruebas (UAT), an INFORME signed by the QA analyst, then "con el usuario y el
     * responsable de la coordinación del equipo de Gobierno de TI" as the manual says: the system's owner (24.F1), who
     * represents its users, and the governance coordinator (24.F2), whose signature numbers and sends it.
     */
    void draftUatReport(Transition t, String report) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        Signer governance = documents.signer(t, Roles.RESPONSABLE, S04020001.GOVERNANCE, GOVERNANCE);
        writeSigned(t, OfficialDocumentKind.INFORME, UAT_REPORT, String.join("\n\n",
                "Pruebas de aceptación (UAT) del sistema «" + c.getTitle() + "» (solicitud " + c.getNumber()
                        + ") realizadas con el usuario del sistema, sobre las funcionalidades del diseño de pruebas de"
                        + " aceptación.", report.strip()),
                List.of(new Signer(t.actor().username(), QUALITY), owner(c), governance));
        desk.sign(t.actor(), latest(t.caseId(), OfficialDocumentKind.INFORME, UAT_REPORT).orElseThrow().getId());
    }

    /** Steps 24.F1 and 24.F2: the owner, then the governance coordinator, sign the UAT report; the last sends it. */
    void signUatReport(Transition t) {
        OfficialDocument d = latest(t.caseId(), OfficialDocumentKind.INFORME, UAT_REPORT).orElseThrow(
                () -> new WorkflowException("procedures.dictamen.missing", UAT_REPORT));
        if (desk.sign(t.actor(), d.getId()) != null) {
            desk.send(t.actor(), d.getId());
        }
    }

    /**
     * Step 15: the acta de revisión de código the manual asks of the programmer ("mediante SonarQube y OWASP ZAP"),
     * with the figures of both reports, signed by them alone and sent: numbered at once.
     */
    void writeCodeReviewActa(Transition t, CodeReviews.Review review) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        writeActa(t, CODE_REVIEW_ACTA, String.join("\n\n",
                "Revisión del código fuente del sistema «" + c.getTitle() + "» (solicitud " + c.getNumber()
                        + ") mediante SonarQube (análisis estático) y OWASP ZAP (análisis de seguridad).",
                review.text()),
                List.of(new Signer(t.actor().username(), PROGRAMMER)));
        signActa(t, CODE_REVIEW_ACTA);
    }

    /**
     * Step 26, conforme: the programmer's Acta de conformidad, signed by them, the innovation lead (26.F1) and the
     * system owner (26.F2).
     */
    void draftConformityActa(Transition t, String presentation) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        Signer lead = documents.signer(t, Roles.RESPONSABLE, S04020001.INNOVATION, INNOVATION_LEAD);
        writeActa(t, CONFORMITY_ACTA, String.join("\n\n",
                "El área usuaria brinda su conformidad a la funcionalidad del sistema «" + c.getTitle()
                        + "», presentado por el Analista en programación de sistemas y el responsable del equipo de"
                        + " innovación tecnológica (solicitud " + c.getNumber() + ").",
                presentation.strip()),
                List.of(new Signer(t.actor().username(), PROGRAMMER), lead, owner(c)));
        desk.sign(t.actor(), acta(t, CONFORMITY_ACTA).getId());
    }

    /** A signature step: the actor signs the acta when it is their turn; the last signature numbers and sends it. */
    void signActa(Transition t, String subject) {
        OfficialDocument d = acta(t, subject);
        if (desk.sign(t.actor(), d.getId()) != null) {
            desk.send(t.actor(), d.getId());
        }
    }

    /** Step 29: the go-live on the system's change history: its first release, or after a rollback its new pass. */
    void goLive(Transition t, ChangeCases.ChangeFields fields) {
        Map<String, String> v = cases.values(t);
        long earlier = em.createQuery("select count(c) from SystemChange c, ItSystem s where c.systemId = s.id"
                + " and s.code = :code and s.institutionCode = :i", Long.class)
                .setParameter("code", String.valueOf(v.get(fields.system().name())).strip())
                .setParameter("i", t.actor().institutionCode()).getSingleResult();
        if (earlier == 0) {
            cases.firstRelease(t, fields);
        } else {
            cases.goLive(t, fields);
        }
    }

    /**
     * Step 30.R: the copy restored is linked to the case like any restore of the system (as S04.02.00.02's 23.R does),
     * refused when it does not exist or failed its check; a case links one restore, so a second rollback is refused.
     */
    void rollback(Transition t, String copy) {
        restores.linkRollback(t.caseId(), S04020001.RESTORED_COPY.name(), S04020001.SYSTEM.name(), copy,
                t.actor().username());
    }

    /** Steps 31, 34, 38: what is typed of the publication so far is valid (blank values pass: 32 asks for them). */
    void checkPublication(Transition t) {
        publications.check(publication(t));
    }

    /** Step 32, completos: the private IP and ports are typed and valid, the system one of the active catalog. */
    void validatePublication(Transition t) {
        publications.validate(publication(t));
    }

    /** Step 39: the publication goes into the cybersecurity team's internal register. */
    void registerPublication(Transition t) {
        publications.register(t.caseId(), links.newestNumber(t.caseId(), S04020001.PUBLICATION_LINK).orElse(null),
                publication(t));
    }

    /** Step 42: the Acta de capacitación (formato N°17), its attendance checked and its PDF kept with the case. */
    void recordTraining(Transition t) {
        Map<String, String> v = cases.values(t);
        TrainingFields names = TrainingFields.of(S04020001.TRAINING_DATE, S04020001.TRAINING_PLACE,
                S04020001.TRAINING_TOPIC, S04020001.SYSTEM, S04020001.TRAINER, S04020001.ATTENDEES);
        List<Attendee> attendees = AttendanceLists.attendees(t.value(S04020001.ATTENDEES));
        trainings.record(t.caseId(), t.fromStep(), "Formato N° 17", new TrainingSession(
                AttendanceLists.date(t.value(S04020001.TRAINING_DATE)), t.value(S04020001.TRAINING_PLACE),
                t.value(S04020001.TRAINING_TOPIC), v.get(S04020001.SYSTEM.name()), t.value(S04020001.TRAINER),
                attendees), names);
    }

    /**
     * Step 43: the new system in the inventory of information systems: its name, the owner's unit, the version put
     * into production, with a history row.
     */
    void recordInventory(Transition t, String name) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        Map<String, String> v = cases.values(t);
        inventory.record(t.caseId(), new InventoryEntry(v.get(S04020001.SYSTEM.name()), name,
                ownerOficio(c).getUnitCode(), v.get(S04020001.VERSION.name()), SystemEnvironment.PRODUCTION, null,
                null));
    }

    private PublicationRequest publication(Transition t) {
        Map<String, String> v = cases.values(t);
        return new PublicationRequest(v.get(S04020001.SYSTEM.name()), v.get(S04020001.PRIVATE_IP.name()),
                v.get(S04020001.PORTS.name()), v.get(S04020001.PUBLIC_IP.name()), S04020001.SYSTEM.name(),
                S04020001.PRIVATE_IP.name(), S04020001.PORTS.name(), S04020001.PUBLIC_IP.name());
    }

    /** Step 44: the innovation lead's informe de cierre to the Jefe(a), with the acta de conformidad, signed and sent. */
    void sendClosingReport(Transition t, String benefits) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String innovation = engine.unitOf(c.getInstitutionCode(), S04020001.INNOVATION);
        String conformity = acta(t, CONFORMITY_ACTA).getNumber();
        String body = String.join("\n\n",
                "Se informa el cierre del proyecto de desarrollo del sistema «" + c.getTitle() + "» (solicitud "
                        + c.getNumber() + "), puesto en producción y entregado al área usuaria.",
                "Principales bondades del sistema: " + benefits.strip(),
                "Se adjunta el " + conformity + " (Acta de conformidad).");
        Signer me = new Signer(t.actor().username(), INNOVATION_LEAD);
        documents.write(t, new OfficialDraft(OfficialDocumentKind.INFORME, innovation, c.getId(), JEFE_OGTIE,
                "Informe de cierre del proyecto", conformity, body, t.actor().username(), List.of(me),
                List.of(OfficialDraft.Recipient.unit(ogtie(t)))));
        documents.approveAndSign(t, OfficialDocumentKind.INFORME, innovation, true);
    }

    private void writeActa(Transition t, String subject, String body, List<Signer> signers) {
        writeSigned(t, OfficialDocumentKind.ACTA, subject, body, signers);
    }

    /** Drafts (or, while editable, rewrites) the case's document of that kind and subject, approved for signature. */
    private void writeSigned(Transition t, OfficialDocumentKind kind, String subject, String body,
            List<Signer> signers) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        String unit = engine.unitOf(c.getInstitutionCode(), queueOf(t));
        OfficialDocument request = ownerOficio(c);
        OfficialDraft draft = new OfficialDraft(kind, unit, c.getId(),
                String.join("\n", signers.stream().map(Signer::capacity).toList()), subject,
                "Solicitud " + c.getNumber() + " del SIGTI", body, t.actor().username(), signers,
                List.of(OfficialDraft.Recipient.unit(unit), OfficialDraft.Recipient.unit(request.getUnitCode())));
        Optional<OfficialDocument> drafted = latest(c.getId(), kind, subject);
        long id;
        if (drafted.isPresent() && drafted.get().isEditable()) {
            id = drafted.get().getId();
            desk.rewrite(t.actor(), id, draft);
        } else if (drafted.isPresent()) {
            // a second round (after defects, observations or a rollback): the signed acta stays, a new one is drafted
            id = desk.draft(t.actor(), draft);
        } else {
            id = desk.draft(t.actor(), draft);
        }
        desk.askReview(t.actor(), id);
        desk.approve(t.actor(), id);
    }

    /** The unit that issues the actor's document: the quality analyst's team (GOBTI: 23, 24) or the innovation team. */
    private String queueOf(Transition t) {
        return "23".equals(t.fromStep()) || "24".equals(t.fromStep()) ? S04020001.GOVERNANCE
                : S04020001.INNOVATION;
    }

    private OfficialDocument acta(Transition t, String subject) {
        return latest(t.caseId(), OfficialDocumentKind.ACTA, subject).orElseThrow(() -> new WorkflowException("procedures.dictamen.missing",
                subject));
    }

    /** The case's newest document of that kind with that subject. */
    private Optional<OfficialDocument> latest(long caseId, OfficialDocumentKind kind, String subject) {
        return em.createQuery("select d from OfficialDocument d where d.caseId = :c and d.kind = :k"
                + " and d.subject = :s order by d.id desc", OfficialDocument.class).setParameter("c", caseId)
                .setParameter("k", kind).setParameter("s", subject).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private OfficialDocument ownerOficio(WorkCase c) {
        return em.createQuery("select d from OfficialDocument d where d.caseId = :c and d.kind = :k"
                + " and d.authorUsername = :owner and d.state <> :draft order by d.id", OfficialDocument.class)
                .setParameter("c", c.getId()).setParameter("k", OfficialDocumentKind.OFICIO)
                .setParameter("owner", c.getRequesterUsername()).setParameter("draft", OfficialDocumentState.DRAFT)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new WorkflowException("procedures.dictamen.missing", "OFICIO"));
    }

    /** The system owner: the Director(a) / Jefe(a) who filed the requirement. */
    private Signer owner(WorkCase c) {
        return new Signer(c.getRequesterUsername(), "Propietario del sistema");
    }

    /** The Analista en programación de sistemas the innovation lead named at step 8. */
    private Signer programmer(Transition t) {
        String username = cases.values(t).get(S04020001.PROGRAMMER_USER.name());
        return new Signer(innovationTechnician(t, username == null ? "" : username.strip()).orElseThrow(
                () -> new WorkflowException("procedures.lifecycle.programmer", String.valueOf(username)))
                .getUsername(), PROGRAMMER);
    }

    private Optional<UserProfile> innovationTechnician(Transition t, String username) {
        String unit = engine.unitOf(t.actor().institutionCode(), S04020001.INNOVATION);
        return em.createQuery("select p from UserProfile p join p.unit u where p.username = :u"
                + " and u.institutionCode = :i and u.code = :unit", UserProfile.class).setParameter("u", username)
                .setParameter("i", t.actor().institutionCode()).setParameter("unit", unit).getResultStream()
                .filter(p -> p.getRoles().contains(Roles.TECNICO)).findFirst();
    }

    private String ogtie(Transition t) {
        return engine.unitOf(t.actor().institutionCode(), S04020001.CHIEF);
    }
}
