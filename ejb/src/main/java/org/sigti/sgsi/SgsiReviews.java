package org.sigti.sgsi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.workflow.Attachments;
import org.sigti.workflow.CaseAttachment;
import org.sigti.workflow.Transition;
import org.sigti.workflow.Upload;
import org.sigti.workflow.WorkflowException;

/**
 * Writes the SGSI register for the moves of S04.01.00.03, inside the move's transaction (a refusal rolls the whole
 * move back, register included): the entries a team sends for review (step 1, en revisión), the Especialista's
 * observations and agreements (steps 2, 3, 5), the new file versions the coordinator applies (step 4, from the files
 * attached to the case) and the Jefe(a)'s approval by Memorándum interno (step 12: vigente with the newest version).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SgsiReviews {

    /** A line of step 4: the code, then the new version label. */
    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("\\s*(\\S+)\\s+(\\S+)\\s*");

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * Step 1: the team's register entries sent for review, named by code (separated by commas, spaces or lines):
     * each of the case's institution, of the chosen team, and vigente (not already in review, not obsolete).
     */
    public List<String> sendForReview(Transition t, String team, String codes) {
        Set<String> given = new LinkedHashSet<>();
        for (String part : (codes == null ? "" : codes).split("[,;\\s]+")) {
            if (!part.isBlank()) {
                given.add(part.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (given.isEmpty()) {
            throw new WorkflowException("sgsi.review.none");
        }
        if (!items(t.caseId()).isEmpty()) {
            throw new WorkflowException("sgsi.review.again", t.caseNumber());
        }
        Instant now = clock.instant();
        List<String> sent = new ArrayList<>();
        for (String code : given) {
            SgsiDocument d = document(t, code);
            if (!d.getTeamCode().equals(team)) {
                throw new WorkflowException("sgsi.review.otherTeam", d.getCode(), d.getTeamCode(), team);
            }
            if (d.getState() != SgsiDocumentState.VIGENTE) {
                throw new WorkflowException("sgsi.review.notVigente", d.getCode());
            }
            d.sendForReview(now);
            em.persist(new SgsiReviewItem(t.caseId(), d.getId()));
            sent.add(d.getCode());
        }
        em.flush();
        return sent;
    }

    /** Steps 2, 3 and 5: what the Especialista wrote, kept; a blank text records nothing. */
    public void note(Transition t, SgsiReviewNote.Kind kind, String text) {
        if (text != null && !text.isBlank()) {
            em.persist(new SgsiReviewNote(t.caseId(), t.fromStep(), kind, text, t.actor().username(),
                    clock.instant()));
        }
    }

    /**
     * Step 4: one new version per line ("SGSI-FOR-026 2.0"), of an entry the case reviews, with a label it has not
     * had, from the newest file attached to the case whose name begins with the code; the file is checked again as
     * every upload is. At least one line.
     */
    public List<String> applyVersions(Transition t, String lines) {
        List<String[]> wanted = new ArrayList<>();
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            java.util.regex.Matcher m = LINE.matcher(line);
            String version = m.matches() ? SgsiTeams.version(m.group(2)) : null;
            if (version == null) {
                throw new WorkflowException("sgsi.versions.line", line.strip());
            }
            wanted.add(new String[] {m.group(1).toUpperCase(Locale.ROOT), version});
        }
        if (wanted.isEmpty()) {
            throw new WorkflowException("sgsi.versions.none");
        }
        List<Long> reviewed = items(t.caseId());
        Instant now = clock.instant();
        List<String> applied = new ArrayList<>();
        for (String[] w : wanted) {
            SgsiDocument d = document(t, w[0]);
            if (!reviewed.contains(d.getId())) {
                throw new WorkflowException("sgsi.versions.notReviewed", d.getCode(), t.caseNumber());
            }
            if (!em.createQuery("select v.id from SgsiDocumentVersion v where v.documentId = :d"
                    + " and v.versionLabel = :l", Long.class).setParameter("d", d.getId()).setParameter("l", w[1])
                    .getResultList().isEmpty()) {
                throw new WorkflowException("sgsi.versions.taken", d.getCode(), w[1]);
            }
            CaseAttachment file = em.createQuery("select a from CaseAttachment a where a.caseId = :c"
                    + " and upper(a.fileName) like :prefix order by a.uploadedAt desc, a.id desc", CaseAttachment.class)
                    .setParameter("c", t.caseId()).setParameter("prefix", d.getCode() + "%").setMaxResults(1)
                    .getResultStream().findFirst().orElseThrow(() -> new WorkflowException(
                            "sgsi.versions.noFile", d.getCode()));
            Attachments.Checked checked = Attachments.check(new Upload(file.getFileName(), file.getContentType(),
                    file.getContent()));
            em.persist(new SgsiDocumentVersion(d.getId(), w[1], checked.fileName(), checked.contentType(),
                    checked.content(), checked.sha256(), t.caseId(), t.actor().username(), now));
            applied.add(d.getCode() + " " + w[1]);
        }
        em.flush();
        return applied;
    }

    /**
     * Step 12: the Jefe(a)'s Memorándum interno {@code number} approves the case's entries: each becomes vigente with
     * its newest version (the one in force when the team uploaded none), stamped with the memorándum.
     */
    public void approve(Transition t, String number) {
        Instant now = clock.instant();
        for (Long id : items(t.caseId())) {
            SgsiDocument d = em.find(SgsiDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
            SgsiDocumentVersion newest = newest(id);
            String label = newest == null ? d.getVersionLabel() : newest.getVersionLabel();
            if (newest != null) {
                newest.approve(number, now);
            }
            d.approve(label, number, now);
        }
        em.flush();
    }

    /**
     * Step 9: the case ends without the Jefe(a)'s approval (the unexpected-event branch): its entries still in review
     * are in force again with the version they had; what was uploaded stays in their versions.
     */
    public void release(Transition t) {
        Instant now = clock.instant();
        for (Long id : items(t.caseId())) {
            em.find(SgsiDocument.class, id, LockModeType.PESSIMISTIC_WRITE).release(now);
        }
        em.flush();
    }

    /** The case's entries as the memorándum lists them: "code, title, versión x". */
    public List<String> summary(long caseId) {
        List<String> lines = new ArrayList<>();
        for (Long id : items(caseId)) {
            SgsiDocument d = em.find(SgsiDocument.class, id);
            SgsiDocumentVersion newest = newest(id);
            lines.add(d.getCode() + " «" + d.getTitle() + "», versión "
                    + (newest == null ? d.getVersionLabel() : newest.getVersionLabel()));
        }
        return lines;
    }

    /** A value an earlier step of the case recorded (the team chosen at step I), or null. */
    public String recorded(long caseId, String field) {
        return em.createQuery("select f.value from CaseField f where f.caseId = :c and f.name = :n", String.class)
                .setParameter("c", caseId).setParameter("n", field).getResultStream().findFirst().orElse(null);
    }

    /** The ids of the entries the case reviews, in the order they were sent. */
    public List<Long> items(long caseId) {
        return em.createQuery("select i.documentId from SgsiReviewItem i where i.caseId = :c order by i.id",
                Long.class).setParameter("c", caseId).getResultList();
    }

    private SgsiDocumentVersion newest(long documentId) {
        return em.createQuery("select v from SgsiDocumentVersion v where v.documentId = :d"
                + " order by v.uploadedAt desc, v.id desc", SgsiDocumentVersion.class).setParameter("d", documentId)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private SgsiDocument document(Transition t, String given) {
        String code = SgsiTeams.code(given);
        SgsiDocument d = code == null ? null : em.createNamedQuery("SgsiDocument.findByCode", SgsiDocument.class)
                .setParameter("institution", t.actor().institutionCode()).setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (d == null) {
            throw new WorkflowException("sgsi.review.unknown", given);
        }
        return d;
    }
}
