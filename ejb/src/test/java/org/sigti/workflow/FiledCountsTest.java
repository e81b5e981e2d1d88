package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The kept count of "Mis solicitudes": counted once per person, served again until that person files a case, and never
 * served from a count read while a filing was under way once it has ended.
 */
class FiledCountsTest {

    private final FiledCounts counts = new FiledCounts(); // no transaction: a filing ends when filedBy returns
    private final AtomicLong database = new AtomicLong(7);
    private final AtomicLong queries = new AtomicLong();

    private long count(String username) {
        return counts.count(username, () -> {
            queries.incrementAndGet();
            return database.get();
        });
    }

    @Test
    void counted_once_then_kept_across_pages() {
        assertEquals(7, count("ana"));
        assertEquals(7, count("ana"));
        assertEquals(7, count("ana"));
        assertEquals(1, queries.get(), "the second and third renders read no count");
    }

    @Test
    void the_person_s_own_filing_drops_their_count_and_no_one_else_s() {
        assertEquals(7, count("ana"));
        assertEquals(7, count("beto"));
        database.set(8);
        counts.filedBy("ana");
        assertEquals(8, count("ana"));
        assertEquals(7, count("beto"), "beto's kept count is still his");
        assertEquals(3, queries.get());
    }

    @Test
    void a_count_read_during_the_filing_is_not_served_after_it_ends() {
        counts.filedBy("ana"); // the filing's first advance: under way, its case not visible yet
        assertEquals(7, count("ana")); // read while the transaction runs: without the new case
        database.set(8); // the commit
        counts.advance("ana"); // its afterCompletion
        assertEquals(8, count("ana"), "the count read before the commit is dropped");
        assertEquals(2, queries.get());
    }
}
