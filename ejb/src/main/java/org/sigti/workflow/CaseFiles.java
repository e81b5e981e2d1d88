package org.sigti.workflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.document.PdfSignatures;

/**
 * The files of a case: a checked file ({@link Attachments#check}) kept with the case and noted on its trail
 * ("Archivo adjunto": name, size, SHA-256 and the signers of a signed PDF), in the caller's transaction. What the
 * screens attach ({@link Workflow#attach}) and what a module files for someone (a mail's {@code .eml}) go this way.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseEngine engine;

    /** Keeps the file with the case, at the given step (or none), as attached by the actor. */
    public void store(WorkCase c, Attachments.Checked file, Actor actor, String step,
            List<PdfSignatures.Signer> signers) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        em.persist(new CaseAttachment(c.getId(), file.fileName(), file.contentType(), file.content(), file.sha256(),
                step, actor.username(), now));
        engine.note(c, actor, "ATTACH", null, file.fileName() + " (" + file.content().length + " B, SHA-256 "
                + file.sha256() + ")" + signers.stream().map(s -> "; firmado por " + s.name()
                        + (s.signedAt() == null ? "" : " el " + s.signedAt())).collect(Collectors.joining()));
    }
}
