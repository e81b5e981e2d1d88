package org.sigti.workflow;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * How many cases each person filed (the count of "Mis solicitudes" on the home page), kept between requests: it was
 * counted again on every render of the home page (issue 20), though it changes only when that person files a case. A
 * case's requester never changes and no case is deleted, so the kernel's two filing paths are the only invalidation:
 * {@link CaseEngine} calls {@link #filedBy} in the filing transaction.
 *
 * <p>Each person's count is tagged with the generation it was counted in. Filing advances the person's generation at
 * once and again when the transaction ends (committed or rolled back), so a count read while the filing was under way
 * (which cannot see it) is never served after its commit, and a count never includes a case that rolled back. The
 * cache holds one number per person who opened the home page since the server started, up to {@link #MOST_PEOPLE}.
 */
@ApplicationScoped
public class FiledCounts {

    /** Beyond this many people the counts are dropped and counted again as they are asked for. */
    static final int MOST_PEOPLE = 20_000;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private final Map<String, Long> generations = new ConcurrentHashMap<>();
    private final Map<String, Counted> counts = new ConcurrentHashMap<>();

    private record Counted(long generation, long count) {
    }

    /** {@code username}'s filed cases: the kept count, or {@code query}'s when none is kept for this generation. */
    public long count(String username, LongSupplier query) {
        long generation = generations.getOrDefault(username, 0L);
        Counted kept = counts.get(username);
        if (kept != null && kept.generation() == generation) {
            return kept.count();
        }
        long count = query.getAsLong();
        if (counts.size() >= MOST_PEOPLE) {
            counts.clear();
        }
        counts.put(username, new Counted(generation, count));
        return count;
    }

    /** {@code username} files a case in the current transaction: their count is dropped now and when it ends. */
    public void filedBy(String username) {
        advance(username);
        if (transactions != null && transactions.getTransactionKey() != null
                && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing before: the count is dropped once the outcome is known
                }

                @Override
                public void afterCompletion(int status) {
                    advance(username);
                }
            });
        }
    }

    void advance(String username) {
        generations.merge(username, 1L, Long::sum);
    }
}
