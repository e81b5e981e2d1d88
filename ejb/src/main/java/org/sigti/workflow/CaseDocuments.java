package org.sigti.workflow;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.people.Institutions;
import org.sigti.document.DocumentNumbers;
import org.sigti.document.InstitutionSeals;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.unit.OrgUnit;
import org.sigti.workflow.document.CaseFacts;
import org.sigti.workflow.document.DocumentKind;
import org.sigti.workflow.document.DocumentKinds;
import org.sigti.workflow.flow.Text;

/**
 * The documents of a case as PDF, whatever kinds the procedures declare ({@link DocumentKind}): which a case has
 * now (its procedures' own and the kernel's), issuing one, and copies of an issued one. Issuing gives the document
 * its number (per kind and year), keeps it on the case ({@code doc_<code>}), renders it as PDF/A, seals it once with
 * the institution's certificate ({@link InstitutionSeals}) and keeps that file ({@link IssuedDocument}), and records
 * the issue in the trail, so every copy is the same sealed file; only IT staff and the requester issue. A copy is
 * served only once issued, to whoever may read the case: the Auditor reads copies and never issues.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE, Roles.AUDITOR})
public class CaseDocuments {

    /** A rendered copy. */
    public record Document(String fileName, byte[] pdf) implements Serializable {
    }

    /**
     * A document the case has now.
     *
     * @param code     the kind's code
     * @param name     its name
     * @param number   the number issued, or null while not issued
     * @param mayIssue whether the caller may issue it now (not issued, and IT staff or the requester)
     */
    public record Listed(String code, Text name, String number, boolean mayIssue) implements Serializable {

        public boolean issued() {
            return number != null;
        }
    }

    /** The case field that keeps the number issued for a kind. */
    static final String FIELD_PREFIX = "doc_";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    CaseAccess access;

    @Inject
    CaseEngine engine;

    @Inject
    DocumentKinds kinds;

    @EJB
    SecurityEvents securityEvents;

    @EJB
    DocumentNumbers numbers;

    @Inject
    InstitutionSeals seals;

    @Inject
    Institutions institutions;

    /** The documents the case has now, in the order the page lists them, issued or not. */
    public List<Listed> available(long caseId) {
        Actor actor = Callers.actor(context, em);
        WorkCase c = readable(caseId, actor);
        CaseFacts facts = facts(c);
        boolean writer = writer(c, actor);
        return kinds.of(facts).stream().map(k -> {
            String number = issuedNumber(facts, k);
            return new Listed(k.code(), k.name(), number, number == null && writer);
        }).toList();
    }

    /**
     * Issues a document of the case: its number, recorded on the case and in the trail. Issuing an issued document
     * issues nothing and answers its number.
     *
     * @return the document's number
     * @throws WorkflowException     when the case does not have that document now
     * @throws AccessDeniedException when the caller may not read the case, or may read but not issue
     */
    public String issue(long caseId, String code) {
        Actor actor = Callers.actor(context, em);
        WorkCase c = readable(caseId, actor);
        CaseFacts facts = facts(c);
        DocumentKind kind = kinds.find(code).orElseThrow(() -> new WorkflowException("workflow.document.unknown"));
        if (!kinds.of(facts).contains(kind)) {
            throw new WorkflowException("workflow.document.notAvailable", kind.name().es());
        }
        String number = issuedNumber(facts, kind);
        if (number != null) {
            return number;
        }
        if (!writer(c, actor)) {
            securityEvents.accessDenied("CaseDocuments.issue", "document", caseId + "/" + code, null,
                    "may read but not issue");
            throw new AccessDeniedException("may not issue " + code + " of case " + caseId);
        }
        number = numbers.next(c.getInstitutionCode(), kind.series(), LocalDate.now(facts.zone()).getYear());
        Instant now = now();
        CaseField row = new CaseField(c.getId(), FIELD_PREFIX + kind.code());
        row.record(number, "-", actor.username(), now);
        em.persist(row);
        byte[] sealed = sealed(kind, facts, number, c.getInstitutionCode());
        em.persist(new IssuedDocument(c.getId(), kind.code(), number, sealed, Attachments.sha256(sealed),
                actor.username(), now));
        engine.note(c, actor, "DOCUMENT", kind.name().es() + " emitido", number);
        return number;
    }

    /**
     * A copy of an issued document, with its number. Never issues.
     *
     * @throws WorkflowException     when the document was not issued on the case (or is no kind of this deployment)
     * @throws AccessDeniedException when the caller may not read the case
     */
    public Document download(long caseId, String code) {
        Actor actor = Callers.actor(context, em);
        WorkCase c = readable(caseId, actor);
        CaseFacts facts = facts(c);
        DocumentKind kind = kinds.find(code).filter(k -> DocumentKinds.belongs(k, facts))
                .orElseThrow(() -> new WorkflowException("workflow.document.unknown"));
        String number = issuedNumber(facts, kind);
        if (number == null) {
            throw new WorkflowException("workflow.document.notIssued", kind.name().es());
        }
        byte[] pdf = em.createNamedQuery("IssuedDocument.findByCaseAndKind", IssuedDocument.class)
                .setParameter("caseId", c.getId()).setParameter("kind", kind.code()).getResultStream().findFirst()
                .map(IssuedDocument::getContent)
                // issued before documents were kept: sealed now, as it prints today
                .orElseGet(() -> sealed(kind, facts, number, c.getInstitutionCode()));
        return new Document(number + ".pdf", pdf);
    }

    /** The document rendered and sealed by the institution. */
    private byte[] sealed(DocumentKind kind, CaseFacts facts, String number, String institution) {
        return seals.seal(kind.render(facts, number), institution,
                "Emitido por SIGTI: " + kind.name().es() + " " + number);
    }

    private static String issuedNumber(CaseFacts facts, DocumentKind kind) {
        return facts.value(FIELD_PREFIX + kind.code()).orElse(null);
    }

    private static boolean writer(WorkCase c, Actor actor) {
        return actor.isItStaff() || c.getRequesterUsername().equals(actor.username());
    }

    /** The case as the kinds see it. */
    private CaseFacts facts(WorkCase c) {
        org.sigti.unit.Institution home = em.find(org.sigti.unit.Institution.class, c.getInstitutionCode());
        List<WorkItem> done = em.createQuery("select w from WorkItem w where w.workCase = :c and w.status = :done"
                + " order by w.completedAt, w.id", WorkItem.class).setParameter("c", c)
                .setParameter("done", WorkItemStatus.DONE).getResultList();
        Set<String> procedures = new LinkedHashSet<>(List.of(c.getOriginProcedure(), c.getProcedureCode()));
        em.createQuery("select distinct w.procedureCode from WorkItem w where w.workCase = :c", String.class)
                .setParameter("c", c).getResultList().forEach(procedures::add);
        Map<String, CaseFacts.RecordedField> fields = new HashMap<>();
        em.createQuery("select f from CaseField f where f.caseId = :c", CaseField.class).setParameter("c", c.getId())
                .getResultList().forEach(f -> fields.put(f.getName(), new CaseFacts.RecordedField(f.getName(),
                        f.getValue(), f.getRecordedBy(), f.getRecordedAt())));
        return new CaseFacts(c.getId(), c.getNumber(), c.getProcedureCode(), procedures, c.getStatus(),
                c.getTitle(), c.getDescription(), c.getRequestType(), c.getRequesterUsername(),
                c.getRequesterName(), c.getRequesterUnitCode(), c.getContactPhone(), c.getContactEmail(),
                c.getPriority(), c.getOpenedAt(), c.getClosedAt(), done.stream()
                        .map(w -> new CaseFacts.CompletedStep(w.getProcedureCode(), w.getStepCode(), w.getOutcome(),
                                w.getCompletedBy(), w.getCompletedAt(), w.getUnitCode())).toList(),
                fields, new Directory(c.getInstitutionCode()), institutions.letterhead(home), now(),
                home.getZone());
    }

    /** Names read when a document asks, once each. */
    private final class Directory implements CaseFacts.Directory {

        private final String institution;

        Directory(String institution) {
            this.institution = institution;
        }

        private final Map<String, String> people = new HashMap<>();
        private final Map<String, String> units = new HashMap<>();

        @Override
        public String fullName(String username) {
            return username == null ? null : people.computeIfAbsent(username, u -> em.createQuery(
                    "select p.fullName from UserProfile p where p.username = :u", String.class).setParameter("u", u)
                    .getResultStream().findFirst().orElse(u));
        }

        @Override
        public String unitName(String code) {
            return code == null ? null : units.computeIfAbsent(code, k -> em.createNamedQuery("OrgUnit.findByCode",
                    OrgUnit.class).setParameter("institution", institution).setParameter("code", k).getResultStream().findFirst().map(OrgUnit::getName)
                    .map(n -> k + " - " + n).orElse(k));
        }
    }

    private WorkCase readable(long caseId, Actor actor) {
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null || !access.mayRead(c, actor)) {
            securityEvents.accessDenied("CaseDocuments", "case", String.valueOf(caseId), null,
                    c == null ? "no such case" : null);
            throw new AccessDeniedException("may not read case " + caseId);
        }
        return c;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
