package org.sigti.document;

import static java.util.Objects.requireNonNull;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;

/**
 * Numbers for the documents SIGTI issues, per institution, kind and year, consecutive and without gaps:
 * R1-2026-000001, R1-2026-000002, ... and again 000001 for each new year; each institution numbers its own.
 *
 * <p><b>Called by other services, not by screens</b> (the workflow kernel, when a step produces a document). The
 * number is taken in the caller's transaction: the counter row stays locked until that transaction ends, so
 * concurrent callers wait their turn, and if the caller rolls back, its number is given again, so no number is lost.
 * Take the number as late as possible in the transaction. The roles are those that can act on a case; the Auditor
 * reads and never issues documents.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
public class DocumentNumbers {

    /** Creating a missing counter can lose a race once; a second failure is a real fault. */
    private static final int ATTEMPTS = 3;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DocumentCounterCreation creation;

    /**
     * The next number of a kind of document an institution issues in a year, e.g. {@code next("DP",
     * new DocumentSeries("SUPPORT_FORM", "R1"), 2026)} is {@code R1-2026-000012}.
     *
     * @param institution the issuing institution's code (the case's)
     * @param series the kind's code (its counter) and prefix
     * @param year the year of the number (usually the current year in the institution's zone), four digits
     * @throws IllegalArgumentException if the year does not have four digits
     */
    public String next(String institution, DocumentSeries series, int year) {
        requireNonNull(series, "Document series is required.");
        DocumentCounter.Key key = new DocumentCounter.Key(institution, series, year);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // SELECT ... FOR UPDATE: concurrent callers queue here until the holder's transaction ends
            DocumentCounter counter = em.find(DocumentCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (counter != null) {
                return series.number(year, counter.take());
            }
            creation.createIfMissing(institution, series, year);
        }
        throw new IllegalStateException("The counter of " + key + " could not be created.");
    }
}
