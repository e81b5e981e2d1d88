package org.sigti.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Gap-free numbers per series and year ({@code SOL-2026-000123}): the counter row is read under a pessimistic lock in
 * the caller's transaction, so a number is used only if the case that took it commits. The first number of a year
 * creates the row in its own transaction; two servers racing to create it both end up using the one row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    CounterRows rows;

    public String next(String series, int year) {
        NumberCounter.Key key = new NumberCounter.Key(series, year);
        NumberCounter counter = em.find(NumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                rows.ensure(series, year);
            } catch (CounterRaced raced) {
                // created meanwhile by someone else
            }
            counter = em.find(NumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return String.format("%s-%d-%06d", series, year, counter.next());
    }

    /** Creates a counter row apart from the caller's transaction. */
    @ApplicationScoped
    public static class CounterRows {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void ensure(String series, int year) {
            if (em.find(NumberCounter.class, new NumberCounter.Key(series, year)) == null) {
                try {
                    em.persist(new NumberCounter(series, year));
                    em.flush();
                } catch (PersistenceException raced) {
                    // another transaction created it first: the row exists, which is all we need
                    throw new CounterRaced();
                }
            }
        }
    }

    /** Rolls back the losing creation of a counter row without bothering the caller. */
    @jakarta.ejb.ApplicationException(rollback = true)
    static class CounterRaced extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
