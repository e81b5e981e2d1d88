package org.sigti.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads restore links as rows with their case numbers and copy file names. Not a service: the secured
 * {@link Restores} and the semester's timer (which has no caller) both read through it.
 */
@ApplicationScoped
public class RestoreRecords {

    @PersistenceContext
    EntityManager em;

    /** The restores of {@code institution}'s cases done in [from, to), oldest first. */
    public List<RestoreRow> between(String institution, Instant from, Instant to) {
        return rows(em.createNamedQuery("RestoreLink.findRestoredBetween", RestoreLink.class)
                .setParameter("institution", institution).setParameter("from", from).setParameter("to", to).setMaxResults(1000).getResultList());
    }

    List<RestoreRow> rows(List<RestoreLink> links) {
        if (links.isEmpty()) {
            return List.of();
        }
        List<Long> caseIds = links.stream().map(RestoreLink::getCaseId).toList();
        List<Long> copyIds = links.stream().map(RestoreLink::getCopyId).filter(Objects::nonNull).toList();
        Map<Long, String> numbers = new HashMap<>();
        em.createQuery("select c.id, c.number from WorkCase c where c.id in :ids", Object[].class)
                .setParameter("ids", caseIds).getResultList().forEach(r -> numbers.put((Long) r[0], (String) r[1]));
        Map<Long, String> files = new HashMap<>();
        if (!copyIds.isEmpty()) {
            em.createQuery("select c.id, c.fileName from BackupCopy c where c.id in :ids", Object[].class)
                    .setParameter("ids", copyIds).getResultList().forEach(r -> files.put((Long) r[0], (String) r[1]));
        }
        List<RestoreRow> rows = new ArrayList<>();
        for (RestoreLink l : links) {
            OutsideCopy outside = l.getCopyOrigin() == RestoreLink.CopyOrigin.EXTERNA ? new OutsideCopy(
                    l.getOutsideLocation(), l.getOutsideCopy(), l.getOutsideTakenOn()) : null;
            rows.add(new RestoreRow(l.getCaseId(), numbers.get(l.getCaseId()), l.getCopyId(),
                    l.getCopyId() == null ? null : files.get(l.getCopyId()), l.getTargetKind().name(),
                    l.getTargetName(), l.getUpToDate(), l.isOverwrites(), l.getRestoredBy(), l.getRestoredAt(),
                    outside));
        }
        return rows;
    }
}
