package org.sigti.procedure.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.OfficialDocumentState;
import org.sigti.document.official.DocumentDesk;
import org.sigti.document.official.OfficialDraft;
import org.sigti.people.UserProfile;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkItemStatus;
import org.sigti.workflow.WorkflowException;

/**
 * The official documents a case issues through its steps (SEPREM-DI-004.1's Dictamen Técnico and documento de
 * traslado), written with the kernel's {@link DocumentDesk} inside the move's transaction and kept with the case
 * (one document of each kind per case): the step's performer drafts it and asks the named person for the visto
 * bueno; that person's step gives it and signs, which numbers it in the institution's format, or observes it back
 * to its author, whose step writes it again. A refusal rolls the move back whole, document included.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DictamenDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentDesk desk;

    @Inject
    CaseEngine engine;

    /** The case's document of a kind, if a step drafted it. */
    public Optional<OfficialDocument> ofCase(long caseId, OfficialDocumentKind kind) {
        return em.createQuery("select d from OfficialDocument d where d.caseId = :c and d.kind = :k order by d.id",
                OfficialDocument.class).setParameter("c", caseId).setParameter("k", kind).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * The case's document of a kind issued by a unit, if a step drafted it: a case may hold several documents of one
     * kind when different units issue them (the U.O.'s oficio and the OGTIE's reply).
     */
    public Optional<OfficialDocument> ofCase(long caseId, OfficialDocumentKind kind, String unitCode) {
        return em.createQuery("select d from OfficialDocument d where d.caseId = :c and d.kind = :k"
                + " and d.unitCode = :u order by d.id", OfficialDocument.class).setParameter("c", caseId)
                .setParameter("k", kind).setParameter("u", unitCode).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The step's performer writes the case's document of {@code draft.kind()} issued by {@code draft.unitCode()}
     * (drafted the first time, written again after an observation) and asks its reviewer for the visto bueno.
     */
    public void write(Transition t, OfficialDraft draft) {
        Optional<OfficialDocument> drafted = ofCase(t.caseId(), draft.kind(), draft.unitCode());
        long id;
        if (drafted.isPresent()) {
            id = drafted.get().getId();
            desk.rewrite(t.actor(), id, draft);
        } else {
            id = desk.draft(t.actor(), draft);
        }
        desk.askReview(t.actor(), id);
    }

    /**
     * The reviewer's step: visto bueno and signature, which numbers the document; then it goes to its recipients
     * when {@code send}.
     *
     * @return the document's number
     */
    public String approveAndSign(Transition t, OfficialDocumentKind kind, boolean send) {
        return approveAndSign(t, awaitingReview(t, kind, ofCase(t.caseId(), kind)), send);
    }

    /** {@link #approveAndSign(Transition, OfficialDocumentKind, boolean)} for the document the unit issues. */
    public String approveAndSign(Transition t, OfficialDocumentKind kind, String unitCode, boolean send) {
        return approveAndSign(t, awaitingReview(t, kind, ofCase(t.caseId(), kind, unitCode)), send);
    }

    private String approveAndSign(Transition t, OfficialDocument d, boolean send) {
        OfficialDocumentKind kind = d.getKind();
        desk.approve(t.actor(), d.getId());
        String number = desk.sign(t.actor(), d.getId());
        if (number == null) {
            throw new IllegalStateException(kind + " of case " + t.caseNumber() + " has more than one signer");
        }
        if (send) {
            desk.send(t.actor(), d.getId());
        }
        return number;
    }

    /** The reviewer's step sends the document back to its author, with the move's comment as the reason. */
    public void observe(Transition t, OfficialDocumentKind kind) {
        if (t.comment() == null || t.comment().isBlank()) {
            throw new WorkflowException("procedures.dictamen.reasonRequired", Map.of("comment",
                    "procedures.dictamen.reasonRequired.field"));
        }
        desk.observe(t.actor(), awaitingReview(t, kind, ofCase(t.caseId(), kind)).getId(), t.comment());
    }

    /** {@link #observe(Transition, OfficialDocumentKind)} for the document the unit issues. */
    public void observe(Transition t, OfficialDocumentKind kind, String unitCode) {
        if (t.comment() == null || t.comment().isBlank()) {
            throw new WorkflowException("procedures.dictamen.reasonRequired", Map.of("comment",
                    "procedures.dictamen.reasonRequired.field"));
        }
        desk.observe(t.actor(), awaitingReview(t, kind, ofCase(t.caseId(), kind, unitCode)).getId(), t.comment());
    }

    /** The author sends a signed document to its recipients. */
    public void send(Transition t, OfficialDocumentKind kind) {
        OfficialDocument d = ofCase(t.caseId(), kind).orElseThrow(() -> new WorkflowException(
                "procedures.dictamen.missing", kind.heading()));
        if (d.getState() == OfficialDocumentState.SIGNED) {
            desk.send(t.actor(), d.getId());
        }
    }

    /**
     * The one person SIGTI knows with {@code role} in the unit serving {@code queue} of the case's institution (the
     * Jefe de Infraestructura, the Director de Informática), who reviews and signs; the first by user name when there
     * are several (the others are told whose visto bueno the document waits for).
     *
     * @throws WorkflowException {@code procedures.dictamen.noSigner} when nobody with that role has used SIGTI yet
     */
    public OfficialDraft.Signer signer(Transition t, String role, String queue, String capacity) {
        String unit = engine.unitOf(t.actor().institutionCode(), queue);
        List<UserProfile> people = em.createQuery("select p from UserProfile p join p.unit u"
                + " where u.institutionCode = :institution and u.code = :unit order by p.username", UserProfile.class)
                .setParameter("institution", t.actor().institutionCode()).setParameter("unit", unit).getResultList();
        return people.stream().filter(p -> p.getRoles().contains(role)).findFirst()
                .map(p -> new OfficialDraft.Signer(p.getUsername(), capacity))
                .orElseThrow(() -> new WorkflowException("procedures.dictamen.noSigner", capacity, unit));
    }

    /**
     * The person who did the case's step {@code stepCode} (the last time), when they still hold {@code role} in the
     * unit serving {@code queue}: the Jefe who routed the case is the one its documents address, even when the unit
     * has several people with that role; otherwise {@link #signer}.
     */
    public OfficialDraft.Signer performerOf(Transition t, String stepCode, String role, String queue,
            String capacity) {
        String unit = engine.unitOf(t.actor().institutionCode(), queue);
        return em.createQuery("select w.completedBy from WorkItem w where w.workCase.id = :c and w.stepCode = :step"
                + " and w.status = :done order by w.completedAt desc, w.id desc", String.class)
                .setParameter("c", t.caseId()).setParameter("step", stepCode)
                .setParameter("done", WorkItemStatus.DONE).setMaxResults(1).getResultStream()
                .flatMap(username -> em.createQuery("select p from UserProfile p join p.unit u where p.username = :u"
                        + " and u.institutionCode = :institution and u.code = :unit", UserProfile.class)
                        .setParameter("u", username).setParameter("institution", t.actor().institutionCode())
                        .setParameter("unit", unit).getResultStream())
                .filter(p -> p.getRoles().contains(role)).findFirst()
                .map(p -> new OfficialDraft.Signer(p.getUsername(), capacity))
                .orElseGet(() -> signer(t, role, queue, capacity));
    }

    /** The full name SIGTI knows for a user name (the user name itself when it knows none). */
    public String fullName(String username) {
        return em.createNamedQuery("UserProfile.findByUsername", UserProfile.class).setParameter("username", username)
                .getResultStream().findFirst().map(UserProfile::getFullName).orElse(username);
    }

    private OfficialDocument awaitingReview(Transition t, OfficialDocumentKind kind,
            Optional<OfficialDocument> found) {
        OfficialDocument d = found.orElseThrow(() -> new WorkflowException("procedures.dictamen.missing",
                kind.heading()));
        if (d.getState() == OfficialDocumentState.IN_REVIEW
                && !t.actor().username().toLowerCase(Locale.ROOT).equals(d.getReviewerUsername())) {
            throw new WorkflowException("procedures.dictamen.otherReviewer", kind.heading(),
                    fullName(d.getReviewerUsername()));
        }
        return d;
    }
}
