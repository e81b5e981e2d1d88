package org.sigti.blocklist;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.sigti.blocklist.BlockedEntry.Kind;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * The only code that writes the blocklist, inside the transaction of a case's move (S04.04.00.02 steps 6, 9 and 18):
 * the blocks are written with the move or not at all. What the institution already blocks gets no second line: it is
 * counted on its line and answered as {@link Block#already already blocked}, for the case's trail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Blocklist {

    @PersistenceContext
    EntityManager em;

    /** One value a move blocked: new, or already on the list (by {@code caseNumber}, since {@code since}). */
    public record Block(Kind kind, String value, boolean already, String caseNumber, Instant since) {
    }

    /** Blocks each value (already normalized, see {@link BlockValues}) for the case; answers what became of each. */
    public List<Block> block(long caseId, Kind kind, List<String> values, String actor) {
        WorkCase c = em.find(WorkCase.class, caseId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Block> done = new ArrayList<>();
        for (String value : values) {
            BlockedEntry known = em.createNamedQuery("BlockedEntry.find", BlockedEntry.class)
                    .setParameter("institution", c.getInstitutionCode()).setParameter("kind", kind)
                    .setParameter("value", value).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                    .findFirst().orElse(null);
            if (known == null) {
                em.persist(new BlockedEntry(c.getInstitutionCode(), kind, value, caseId, actor, now));
                done.add(new Block(kind, value, false, c.getNumber(), now));
            } else {
                if (known.getCaseId() != caseId) {
                    known.reportAgain(caseId, now);
                }
                done.add(new Block(kind, value, true, em.find(WorkCase.class, known.getCaseId()).getNumber(),
                        known.getBlockedAt()));
            }
        }
        try {
            em.flush(); // another case blocking the same value at this moment: this move is refused, not lost
        } catch (PersistenceException clash) {
            throw new WorkflowException("blocklist.busy", c.getNumber());
        }
        return done;
    }

    /** What the case blocked first, as "KIND value" lines, oldest first. */
    public List<String> blockedBy(long caseId) {
        return em.createQuery("select b from BlockedEntry b where b.caseId = :c order by b.id", BlockedEntry.class)
                .setParameter("c", caseId).getResultStream().map(b -> b.getKind() + " " + b.getValue()).toList();
    }
}
