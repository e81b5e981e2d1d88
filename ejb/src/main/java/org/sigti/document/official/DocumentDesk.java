package org.sigti.document.official;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.sigti.security.Roles;
import org.sigti.document.OfficialCounter;
import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentEvent;
import org.sigti.document.OfficialDocumentEvent.Action;
import org.sigti.document.OfficialDocumentState;
import org.sigti.document.OfficialRecipient;
import org.sigti.document.OfficialSignature;
import org.sigti.people.UserProfile;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.SecurityEventKind;
import org.sigti.security.SecurityEvents;
import org.sigti.unit.Institution;
import org.sigti.workflow.Actor;
import org.sigti.workflow.NotFoundException;
import org.sigti.workflow.WorkflowException;

/**
 * Does the work of {@link OfficialDocuments} for a given {@link Actor}, inside the caller's transaction: every
 * action checks that the document is of the actor's institution and that the actor is the one the document names
 * for it (the author, the reviewer, the next signer), changes it, and writes its trail row. A refusal of who acts is
 * a security event plus {@link AccessDeniedException} (403); a refusal of when (a second signer before the first)
 * is a {@link WorkflowException} with the message the user reads, and nothing changes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DocumentDesk {

    public static final int MAX_PAGE_SIZE = 100;
    private static final String OBJECT = "official_document";

    @PersistenceContext
    EntityManager em;

    @EJB
    SecurityEvents securityEvents;

    @EJB
    OfficialNumbers numbers;

    Clock clock = Clock.systemUTC();

    /** Drafts a document in the actor's institution. @return its id */
    public long draft(Actor actor, OfficialDraft draft) {
        Institution institution = institution(actor);
        Map<String, String> problems = problems(actor, draft);
        if (!problems.isEmpty()) {
            throw new WorkflowException("document.official.invalid", problems);
        }
        Instant now = clock.instant();
        OfficialDocument d = new OfficialDocument(institution.getCode(), draft.unitCode(), draft.kind(),
                draft.caseId(), actor.username(), actor.fullName(), now,
                LocalDate.ofInstant(now, institution.getZone()).getYear());
        write(actor, d, draft);
        em.persist(d);
        em.flush();
        trail(d, actor, Action.DRAFTED, d.getKind().heading() + ": " + d.getSubject());
        return d.getId();
    }

    /** The author rewrites a draft or an observed document. */
    public void rewrite(Actor actor, long id, OfficialDraft draft) {
        OfficialDocument d = locked(actor, id, "rewrite");
        requireAuthor(actor, d, "rewrite");
        requireState(d.isEditable());
        Map<String, String> problems = problems(actor, draft);
        if (!problems.isEmpty()) {
            throw new WorkflowException("document.official.invalid", problems);
        }
        write(actor, d, draft);
        trail(d, actor, Action.EDITED, null);
    }

    /** The author asks the named reviewer for a visto bueno. */
    public void askReview(Actor actor, long id) {
        OfficialDocument d = locked(actor, id, "askReview");
        requireAuthor(actor, d, "askReview");
        requireState(d.isEditable());
        d.askReview();
        trail(d, actor, Action.REVIEW_ASKED, d.getReviewerUsername());
    }

    /** The reviewer gives the visto bueno: the signers may sign, in order. */
    public void approve(Actor actor, long id) {
        OfficialDocument d = reviewed(actor, id, "approve");
        d.approve();
        trail(d, actor, Action.APPROVED, null);
    }

    /** The reviewer sends the document back to its author, saying why. */
    public void observe(Actor actor, long id, String note) {
        if (note == null || note.isBlank()) {
            throw new WorkflowException("document.official.invalid", Map.of("note", "document.official.required"));
        }
        OfficialDocument d = reviewed(actor, id, "observe");
        d.observe();
        trail(d, actor, Action.OBSERVED, note.strip());
    }

    /**
     * The actor signs, when it is their turn; the last signature numbers the document.
     *
     * @return the number, when this signature was the last; otherwise null
     */
    public String sign(Actor actor, long id) {
        OfficialDocument d = locked(actor, id, "sign");
        boolean named = d.getSigners().stream().anyMatch(s -> s.getUsername().equals(actor.username()));
        if (!named) {
            throw denied(actor, "sign", d, "not a signer of the document");
        }
        requireState(d.getState() == OfficialDocumentState.SIGNING);
        OfficialSignature next = d.nextSigner().orElseThrow();
        if (!next.getUsername().equals(actor.username())) {
            boolean signed = d.getSigners().stream()
                    .anyMatch(s -> s.getUsername().equals(actor.username()) && s.isSigned());
            throw new WorkflowException(signed ? "document.official.alreadySigned" : "document.official.notYourTurn",
                    next.getFullName(), next.getCapacity());
        }
        Instant now = clock.instant();
        boolean last = d.sign(actor.username(), now);
        trail(d, actor, Action.SIGNED, next.getCapacity());
        if (!last) {
            return null;
        }
        Institution institution = em.find(Institution.class, d.getInstitutionCode());
        int year = LocalDate.ofInstant(now, institution.getZone()).getYear();
        long n = numbers.next(new OfficialCounter.Key(d.getInstitutionCode(), d.getUnitCode(), d.getKind(), year));
        String number = NumberFormat.render(institution.getNumberFormat(), d.getKind().heading(), n, year,
                d.getInstitutionCode(), d.getUnitCode());
        d.number(number, year, n);
        trail(d, actor, Action.NUMBERED, number);
        return number;
    }

    /** Sends a signed document to its recipients: the author or a signer. */
    public void send(Actor actor, long id) {
        OfficialDocument d = locked(actor, id, "send");
        requireSender(actor, d, "send");
        requireState(d.getState() == OfficialDocumentState.SIGNED);
        d.send(clock.instant());
        trail(d, actor, Action.SENT, String.join(", ", d.getRecipients().stream().map(OfficialRecipient::getName)
                .toList()));
    }

    /** Records (or corrects) an external recipient's registry number, e.g. a SISTRADOC expediente. */
    public void externalNumber(Actor actor, long id, int recipient, String registryNumber) {
        OfficialDocument d = locked(actor, id, "externalNumber");
        requireSender(actor, d, "externalNumber");
        boolean external = recipient >= 0 && recipient < d.getRecipients().size()
                && !d.getRecipients().get(recipient).isInternal();
        requireState(d.getState() == OfficialDocumentState.SENT && external);
        if (registryNumber != null && registryNumber.strip().length() > OfficialRecipient.REGISTRY_MAXLENGTH) {
            throw new WorkflowException("document.official.invalid",
                    Map.of("externalNumber", "document.official.tooLong"));
        }
        d.externalNumber(recipient, registryNumber);
        trail(d, actor, Action.EXTERNAL_NUMBER, d.getRecipients().get(recipient).getName() + ": "
                + (registryNumber == null ? "" : registryNumber.strip()));
    }

    /** The document with its trail and the actions the actor may take on it. */
    public OfficialDocumentView view(Actor actor, long id) {
        OfficialDocument d = readable(actor, id, "view");
        Institution institution = em.find(Institution.class, d.getInstitutionCode());
        List<OfficialDocumentView.SignerLine> signers = d.getSigners().stream()
                .map(s -> new OfficialDocumentView.SignerLine(s.getUsername(), s.getFullName(), s.getCapacity(),
                        s.getSignedAt())).toList();
        List<OfficialDocumentView.RecipientLine> recipients = new ArrayList<>();
        for (int i = 0; i < d.getRecipients().size(); i++) {
            OfficialRecipient r = d.getRecipients().get(i);
            recipients.add(new OfficialDocumentView.RecipientLine(i, r.isInternal(), r.getUnitCode(), r.getName(),
                    r.getExternalNumber(), r.getSentAt()));
        }
        List<OfficialDocumentView.TrailLine> trail = em.createNamedQuery("OfficialDocumentEvent.trail",
                OfficialDocumentEvent.class).setParameter("document", d.getId()).getResultStream()
                .map(e -> new OfficialDocumentView.TrailLine(e.getAt(), e.getUsername(), e.getFullName(),
                        e.getAction(), e.getDetail())).toList();
        return new OfficialDocumentView(d.getId(), institution.getName(), institution.getAddress(),
                institution.getZone(), d.getKind(), d.getUnitCode(), d.getCaseId(), d.getState(), d.getNumber(),
                d.getAuthorName(), d.getReviewerUsername(), d.getAddressees(), d.getSubject(), d.getReference(),
                paragraphs(d.getBody()), d.getCreatedAt(), d.getSignedAt(), d.getSentAt(), signers, recipients, trail,
                d.nextSigner().map(OfficialSignature::getFullName).orElse(null), may(actor, d));
    }

    /** A page of the institution's documents, newest first, filtered in the database. */
    public List<OfficialDocumentRow> page(Actor actor, OfficialDocumentQuery query, int first, int size) {
        TypedQuery<OfficialDocumentRow> q = filtered(actor, query, "select new org.sigti.document.official"
                + ".OfficialDocumentRow(d.id, d.kind, d.unitCode, d.number, d.subject, d.state, d.authorName,"
                + " d.createdAt) from OfficialDocument d", " order by d.createdAt desc, d.id desc",
                OfficialDocumentRow.class);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .getResultList();
    }

    public long count(Actor actor, OfficialDocumentQuery query) {
        return filtered(actor, query, "select count(d) from OfficialDocument d", "", Long.class).getSingleResult();
    }

    /** The entity, for the PDF: only a signed (or sent) document of the actor's institution. */
    public OfficialDocument signed(Actor actor, long id) {
        OfficialDocument d = readable(actor, id, "pdf");
        if (d.getNumber() == null) {
            throw new WorkflowException("document.official.notSigned");
        }
        return d;
    }

    private <T> TypedQuery<T> filtered(Actor actor, OfficialDocumentQuery query, String select, String order,
            Class<T> type) {
        StringBuilder where = new StringBuilder(" where d.institutionCode = :institution");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("institution", actor.institutionCode());
        if (query.kind() != null) {
            where.append(" and d.kind = :kind");
            parameters.put("kind", query.kind());
        }
        if (query.unitCode() != null && !query.unitCode().isBlank()) {
            where.append(" and d.unitCode = :unit");
            parameters.put("unit", query.unitCode().strip());
        }
        if (query.year() != null) {
            where.append(" and d.year = :year");
            parameters.put("year", query.year());
        }
        if (query.state() != null) {
            where.append(" and d.state = :state");
            parameters.put("state", query.state());
        }
        if (query.signer() != null && !query.signer().isBlank()) {
            where.append(" and exists (select 1 from OfficialDocument x join x.signers s where x.id = d.id"
                    + " and (lower(s.username) like :signer or lower(s.fullName) like :signer))");
            parameters.put("signer", "%" + query.signer().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("%", "").replace("_", "") + "%");
        }
        if (query.caseId() != null) {
            where.append(" and d.caseId = :case");
            parameters.put("case", query.caseId());
        }
        if (!seesAll(actor)) {
            where.append(" and (d.authorUsername = :me or d.reviewerUsername = :me or exists (select 1 from"
                    + " OfficialDocument z join z.signers s2 where z.id = d.id and s2.username = :me)"
                    + " or (d.state = :sentState and exists (select 1 from OfficialDocument w join w.recipients r2"
                    + " where w.id = d.id and r2.unitCode = :meUnit)))");
            parameters.put("me", actor.username());
            parameters.put("sentState", OfficialDocumentState.SENT);
            parameters.put("meUnit", actor.unitCode() == null ? "" : actor.unitCode());
        }
        if (query.received()) {
            where.append(" and d.state = :sent and exists (select 1 from OfficialDocument y join y.recipients r"
                    + " where y.id = d.id and r.unitCode = :myUnit)");
            parameters.put("sent", OfficialDocumentState.SENT);
            parameters.put("myUnit", actor.unitCode() == null ? "" : actor.unitCode());
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type);
        parameters.forEach(q::setParameter);
        return q;
    }

    private Set<OfficialDocumentView.Action> may(Actor actor, OfficialDocument d) {
        Set<OfficialDocumentView.Action> may = EnumSet.noneOf(OfficialDocumentView.Action.class);
        boolean author = d.getAuthorUsername().equals(actor.username());
        boolean sender = author || d.getSigners().stream().anyMatch(s -> s.getUsername().equals(actor.username()));
        if (!actor.isItStaff()) {
            return may;
        }
        if (author && d.isEditable()) {
            may.add(OfficialDocumentView.Action.EDIT);
            may.add(OfficialDocumentView.Action.ASK_REVIEW);
        }
        if (d.getState() == OfficialDocumentState.IN_REVIEW && actor.username().equals(d.getReviewerUsername())) {
            may.add(OfficialDocumentView.Action.APPROVE);
            may.add(OfficialDocumentView.Action.OBSERVE);
        }
        if (d.nextSigner().filter(s -> s.getUsername().equals(actor.username())).isPresent()) {
            may.add(OfficialDocumentView.Action.SIGN);
        }
        if (sender && d.getState() == OfficialDocumentState.SIGNED) {
            may.add(OfficialDocumentView.Action.SEND);
        }
        if (sender && d.getState() == OfficialDocumentState.SENT
                && d.getRecipients().stream().anyMatch(r -> !r.isInternal())) {
            may.add(OfficialDocumentView.Action.EXTERNAL_NUMBER);
        }
        return may;
    }

    private void write(Actor actor, OfficialDocument d, OfficialDraft draft) {
        List<OfficialSignature> signers = draft.signers().stream()
                .map(s -> new OfficialSignature(s.username().strip(), fullName(s.username().strip()),
                        s.capacity().strip())).toList();
        List<OfficialRecipient> recipients = draft.recipients().stream()
                .map(r -> r.unitCode() != null && !r.unitCode().isBlank()
                        ? OfficialRecipient.unit(r.unitCode().strip(), unitName(actor, r.unitCode().strip()))
                        : OfficialRecipient.external(r.externalName().strip())).toList();
        d.write(draft.addressees().strip(), draft.subject().strip(), blankToNull(draft.reference()),
                draft.body().strip(), blankToNull(draft.reviewer()), signers, recipients);
    }

    /** Field → message key for what is missing or wrong in a draft. */
    private Map<String, String> problems(Actor actor, OfficialDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (draft.kind() == null) {
            problems.put("kind", "document.official.required");
        }
        if (blank(draft.unitCode())) {
            problems.put("unit", "document.official.required");
        } else if (unitName(actor, draft.unitCode().strip()) == null) {
            problems.put("unit", "document.official.unknownUnit");
        }
        require(problems, "addressees", draft.addressees(), OfficialDocument.ADDRESSEES_MAXLENGTH);
        require(problems, "subject", draft.subject(), OfficialDocument.SUBJECT_MAXLENGTH);
        if (draft.reference() != null && draft.reference().strip().length() > OfficialDocument.REFERENCE_MAXLENGTH) {
            problems.put("reference", "document.official.tooLong");
        }
        require(problems, "body", draft.body(), OfficialDocument.BODY_MAXLENGTH);
        if (blank(draft.reviewer())) {
            problems.put("reviewer", "document.official.required");
        }
        if (draft.signers().isEmpty() || draft.signers().stream().anyMatch(s -> blank(s.username())
                || blank(s.capacity()) || s.capacity().strip().length() > OfficialSignature.CAPACITY_MAXLENGTH)) {
            problems.put("signers", "document.official.signers");
        } else if (draft.signers().stream().map(s -> s.username().strip()).distinct().count()
                < draft.signers().size()) {
            problems.put("signers", "document.official.signerTwice");
        }
        if (draft.recipients().isEmpty() || draft.recipients().stream().anyMatch(r -> blank(r.unitCode())
                ? blank(r.externalName()) : unitName(actor, r.unitCode().strip()) == null)) {
            problems.put("recipients", "document.official.recipients");
        }
        if (draft.caseId() != null && em.createQuery("select count(c) from WorkCase c where c.id = :id"
                + " and c.institutionCode = :institution", Long.class).setParameter("id", draft.caseId())
                .setParameter("institution", actor.institutionCode()).getSingleResult() == 0) {
            problems.put("case", "document.official.unknownCase");
        }
        return problems;
    }

    private static void require(Map<String, String> problems, String field, String value, int max) {
        if (blank(value)) {
            problems.put(field, "document.official.required");
        } else if (value.strip().length() > max) {
            problems.put(field, "document.official.tooLong");
        }
    }

    private String unitName(Actor actor, String code) {
        return em.createQuery("select u.name from OrgUnit u where u.institutionCode = :institution"
                + " and u.code = :code", String.class).setParameter("institution", actor.institutionCode())
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private String fullName(String username) {
        return em.createNamedQuery("UserProfile.findByUsername", UserProfile.class).setParameter("username", username)
                .getResultStream().findFirst().map(UserProfile::getFullName).orElse(username);
    }

    private Institution institution(Actor actor) {
        Institution institution = em.find(Institution.class, actor.institutionCode());
        if (institution == null) {
            throw new IllegalStateException("Unknown institution " + actor.institutionCode());
        }
        return institution;
    }

    private OfficialDocument reviewed(Actor actor, long id, String action) {
        OfficialDocument d = locked(actor, id, action);
        if (!actor.username().equals(d.getReviewerUsername())) {
            throw denied(actor, action, d, "not the reviewer of the document");
        }
        requireState(d.getState() == OfficialDocumentState.IN_REVIEW);
        return d;
    }

    private void requireAuthor(Actor actor, OfficialDocument d, String action) {
        if (!d.getAuthorUsername().equals(actor.username())) {
            throw denied(actor, action, d, "not the author of the document");
        }
    }

    private void requireSender(Actor actor, OfficialDocument d, String action) {
        boolean sender = d.getAuthorUsername().equals(actor.username())
                || d.getSigners().stream().anyMatch(s -> s.getUsername().equals(actor.username()));
        if (!sender) {
            throw denied(actor, action, d, "neither the author nor a signer of the document");
        }
    }

    private static void requireState(boolean ok) {
        if (!ok) {
            throw new WorkflowException("document.official.wrongState");
        }
    }

    /** The document, write-locked so that actions on it are serialized; another institution's is refused. */
    private OfficialDocument locked(Actor actor, long id, String action) {
        OfficialDocument d = em.find(OfficialDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
        return ofInstitution(actor, id, d, action);
    }

    private OfficialDocument readable(Actor actor, long id, String action) {
        return ofInstitution(actor, id, em.find(OfficialDocument.class, id), action);
    }

    private OfficialDocument ofInstitution(Actor actor, long id, OfficialDocument d, String action) {
        if (d == null) {
            throw new NotFoundException("document.official.notFound");
        }
        if (!actor.of(d.getInstitutionCode())) {
            throw denied(actor, action, d, "document of another institution");
        }
        if (!seesAll(actor) && !takesPart(actor, d)) {
            throw denied(actor, action, d, "takes no part in the document");
        }
        return d;
    }

    /** IT staff and the Auditor see all the institution's documents; the people outside IT, those they are in. */
    private static boolean seesAll(Actor actor) {
        return actor.isItStaff() || actor.has(Roles.AUDITOR);
    }

    /** Whether the actor wrote, reviews or signs the document, or their unit received it. */
    private static boolean takesPart(Actor actor, OfficialDocument d) {
        String me = actor.username();
        return me.equals(d.getAuthorUsername()) || me.equals(d.getReviewerUsername())
                || d.getSigners().stream().anyMatch(s -> s.getUsername().equals(me))
                || d.getState() == OfficialDocumentState.SENT && actor.unitCode() != null
                        && d.getRecipients().stream().anyMatch(r -> actor.unitCode().equals(r.getUnitCode()));
    }

    private AccessDeniedException denied(Actor actor, String action, OfficialDocument d, String detail) {
        securityEvents.refused(SecurityEventKind.ACCESS_DENIED, actor.username(), actor.roles(), actor.unitCode(),
                "OfficialDocuments." + action, OBJECT, String.valueOf(d.getId()), detail);
        return new AccessDeniedException(actor.username() + " may not " + action + " document " + d.getId());
    }

    private void trail(OfficialDocument d, Actor actor, Action action, String detail) {
        em.persist(new OfficialDocumentEvent(d.getId(), clock.instant(), actor.username(), actor.fullName(), action,
                detail));
    }

    static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
