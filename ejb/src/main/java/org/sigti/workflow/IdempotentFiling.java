package org.sigti.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.sigti.security.Roles;

/**
 * Files a case at most once per caller and {@code Idempotency-Key} (the REST API's POST): the key is recorded in the
 * filing's transaction before {@link Workflow#start} files the case, under the unique constraint of
 * {@code api_idempotency_key}. A retry finds the key and gets the case filed the first time; a concurrent retry waits
 * on the constraint until the first commits and is then refused with {@link KeyInUse}, which the caller answers by
 * asking again ({@link #earlier}). Keys count for {@link #KEEP}; older ones are deleted every hour
 * ({@link IdempotencyKeySweep}) and may be used again. Everything else (who may file, the draft's checks, the trail) is {@link Workflow#start}'s.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class IdempotentFiling {

    /** How long a key counts. */
    public static final Duration KEEP = Duration.ofHours(24);

    @EJB
    Workflow workflow;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** A filed case, and whether it was filed by an earlier request with the same key. */
    public record Filed(CaseRef ref, boolean replayed) {
    }

    /**
     * Files a case, or answers the case an earlier request with the same key filed.
     *
     * @param key         the client's key
     * @param fingerprint what the request asks, reduced to a digest: the same key with another fingerprint is refused
     * @throws KeyInUse          when a concurrent request with the key filed first (ask {@link #earlier} then)
     * @throws WorkflowException {@code api.idempotency.reused} when the key was used for another request
     */
    public Filed file(String key, String fingerprint, String procedureCode, NewCase draft) {
        Optional<Filed> earlier = earlier(key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        IdempotencyKey row = new IdempotencyKey(caller(), key, fingerprint, now);
        try {
            em.persist(row);
            em.flush(); // before the case: a concurrent request with the key waits here, not after filing its own
        } catch (PersistenceException e) {
            throw new KeyInUse(key);
        }
        CaseRef ref = workflow.start(procedureCode, draft, List.of());
        row.filed(ref.id());
        return new Filed(ref, false);
    }

    /**
     * The case an earlier request of the caller with this key filed (empty when the key is unused or expired).
     *
     * @throws WorkflowException {@code api.idempotency.reused} when that request asked something else
     */
    public Optional<Filed> earlier(String key, String fingerprint) {
        Instant now = Instant.now();
        Optional<IdempotencyKey> found = em.createNamedQuery("IdempotencyKey.find", IdempotencyKey.class)
                .setParameter("username", caller()).setParameter("key", key).getResultStream().findFirst();
        if (found.isPresent() && found.get().expired(now, KEEP)) {
            em.remove(found.get());
            em.flush();
            return Optional.empty();
        }
        return found.map(k -> {
            if (!k.getFingerprint().equals(fingerprint)) {
                throw new WorkflowException("api.idempotency.reused");
            }
            WorkCase c = em.find(WorkCase.class, k.getCaseId());
            return new Filed(CaseRef.of(c), true);
        });
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    /** A concurrent request with the same key filed first; this one filed nothing. */
    @ApplicationException(rollback = true)
    public static class KeyInUse extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public KeyInUse(String key) {
            super("Idempotency-Key in use: " + key);
        }
    }
}
