package org.sigti.workflow;

import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.document.PdfSignatures;
import org.sigti.document.SignatureRefusedException;
import org.sigti.document.SignedPdfVerifier;
import org.sigti.people.UserProfile;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;

/**
 * What screens call to move cases: file, act on a step, ask the requester, take, assign, attach. Each call is one
 * transaction (it happens whole or not at all). Who acts is the caller; whether they may is decided by the kernel
 * from the step's declared role and unit. Every refusal of who may act is recorded as a security event and answers
 * {@link AccessDeniedException} (403); every undeclared move is recorded as an illegal transition and answers a
 * {@link WorkflowException} the user reads. The Auditor reads and never reaches this service.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class Workflow {

    @Inject
    CaseEngine engine;

    @Inject
    Procedures procedures;

    @Inject
    CaseFiles files;

    @EJB
    SecurityEvents securityEvents;

    @EJB
    SignedPdfVerifier verifier;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Files a case in a procedure, with its first attachments. */
    public CaseRef start(String procedureCode, NewCase draft, List<Upload> files) {
        Actor actor = actor();
        ProcedureFlow flow = procedures.flow(procedureCode)
                .orElseThrow(() -> new WorkflowException("workflow.procedure.unknown", String.valueOf(procedureCode)));
        List<Attachments.Checked> checked = files == null ? List.of()
                : files.stream().map(Attachments::check).toList();
        WorkCase c = guarded("Workflow.start " + procedureCode, null,
                () -> engine.start(procedureCode, actor, draft, flow));
        checked.forEach(file -> store(c, file, actor, null));
        return CaseRef.of(c);
    }

    /**
     * The procedures the caller may file a case in, as the kernel decides at {@link #start}: those the declaration
     * lets the caller's roles file, those begun by the requester, and those begun in their queue.
     */
    public List<String> startable() {
        Actor actor = actor();
        return procedures.all().stream().filter(def -> engine.mayStart(actor, def)).map(def -> def.code()).toList();
    }

    /** Does one declared move on a step waiting for the caller. */
    public CaseRef act(Move move) {
        Actor actor = actor();
        WorkItem item = em.find(WorkItem.class, move.itemId());
        ProcedureFlow flow = item == null ? null : procedures.flow(item.getProcedureCode()).orElse(null);
        return CaseRef.of(guarded("Workflow.act " + move.outcome(), move.itemId(),
                () -> engine.act(actor, move, flow)));
    }

    /** Asks the requester for information before the step goes on. */
    public CaseRef observe(Move move) {
        Actor actor = actor();
        return CaseRef.of(guarded("Workflow.observe", move.itemId(), () -> engine.observe(actor, move)));
    }

    /** Takes a step of the caller's queue. */
    public CaseRef take(long itemId, long version) {
        Actor actor = actor();
        return CaseRef.of(guarded("Workflow.take", itemId, () -> engine.take(actor, Move.of(itemId, version,
                null, null))));
    }

    /** Assigns or reassigns a step to a person of its unit (Jefe; Responsable of the unit). */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
    public CaseRef assign(long itemId, long version, String username) {
        Actor actor = actor();
        UserProfile assignee = em.createNamedQuery("UserProfile.findByUsername", UserProfile.class)
                .setParameter("username", username == null ? "" : username.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new WorkflowException("workflow.assign.unknownPerson", String.valueOf(username)));
        return CaseRef.of(guarded("Workflow.assign", itemId, () -> engine.assign(actor, Move.of(itemId, version,
                null, null), assignee.getUsername(), assignee.getRoles(),
                assignee.getUnit() == null ? null : assignee.getUnit().getCode())));
    }

    /**
     * Attaches a file to a case the caller may act on or requested. A signed PDF is attached only when every
     * signature in it verifies against the installation's trust anchors ({@link SignedPdfVerifier}); its signers are
     * recorded in the trail.
     *
     * @return the signers of a signed PDF, oldest signature first; empty for any other file
     * @throws SignatureRefusedException when a signature of the PDF does not verify, with the reason
     */
    public List<PdfSignatures.Signer> attach(long caseId, Upload file) {
        Actor actor = actor();
        Attachments.Checked checked = Attachments.check(file);
        WorkCase c = em.find(WorkCase.class, caseId);
        boolean allowed = c != null && engine.mayAttach(c, actor);
        if (!allowed) {
            securityEvents.accessDenied("Workflow.attach", "case", String.valueOf(caseId), null, null);
            throw new AccessDeniedException("may not attach to case " + caseId);
        }
        List<PdfSignatures.Signer> signers = "application/pdf".equals(checked.contentType())
                && PdfSignatures.signed(checked.content()) ? verifier.verify(checked.content()) : List.of();
        store(c, checked, actor, null, signers);
        return signers;
    }

    private void store(WorkCase c, Attachments.Checked file, Actor actor, String step) {
        store(c, file, actor, step, List.of());
    }

    private void store(WorkCase c, Attachments.Checked file, Actor actor, String step,
            List<PdfSignatures.Signer> signers) {
        files.store(c, file, actor, step, signers);
    }

    private <T> T guarded(String action, Long itemId, Supplier<T> move) {
        try {
            return move.get();
        } catch (CaseEngine.Denied e) {
            // recorded by the kernel with who acted
            throw new AccessDeniedException(e.getMessage());
        } catch (CaseEngine.IllegalMove e) {
            throw new WorkflowException("workflow.illegal");
        }
    }

    private Actor actor() {
        return Callers.actor(context, em);
    }
}
