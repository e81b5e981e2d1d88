package org.sigti.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The capped count of {@link Inbox}: "Mi bandeja" counted as its two disjoint sets, each asked only for the rows the
 * cap still lacks, adds up to the count of their union up to the cap.
 */
class InboxCountTest {

    private static final int CAP = Inbox.COUNT_CAP + 1;

    @Test
    void parts_under_the_cap_add_up_to_the_exact_count() {
        List<Integer> limits = new ArrayList<>();
        int count = Inbox.countUpTo(CAP, List.of(300, 450), (rows, limit) -> ask(rows, limit, limits));
        assertEquals(750, count);
        assertEquals(List.of(1001, 701), limits, "the second part is asked only for what the cap still lacks");
    }

    @Test
    void the_count_stops_at_the_cap_whichever_part_reaches_it() {
        List<Integer> limits = new ArrayList<>();
        assertEquals(CAP, Inbox.countUpTo(CAP, List.of(200_000, 25_000), (rows, limit) -> ask(rows, limit, limits)));
        assertEquals(List.of(1001), limits, "a full first part leaves the second unasked");

        limits.clear();
        assertEquals(CAP, Inbox.countUpTo(CAP, List.of(600, 25_000), (rows, limit) -> ask(rows, limit, limits)));
        assertEquals(List.of(1001, 401), limits);

        limits.clear();
        assertEquals(CAP, Inbox.countUpTo(CAP, List.of(1001, 0), (rows, limit) -> ask(rows, limit, limits)));
        assertEquals(List.of(1001), limits);
    }

    @Test
    void the_same_rows_as_one_capped_query_over_the_union() {
        int[] sizes = {0, 1, 500, 1000, 1001, 1002, 5000};
        for (int a : sizes) {
            for (int b : sizes) {
                int count = Inbox.countUpTo(CAP, List.of(a, b), (rows, limit) -> Math.min(rows, limit));
                assertEquals(Math.min(a + b, CAP), count, a + " + " + b);
            }
        }
    }

    @Test
    void a_page_asks_for_the_union_and_a_count_for_each_set_with_its_own_parameters() {
        Inbox.Filter filter = Inbox.Filter.of(" where w.status = :open",
                List.of(new Inbox.Clause("w.unitCode = :unit and w.assignee is null", Map.of("unit", "AIT")),
                        new Inbox.Clause("w.assignee = :me", Map.of("me", "ait.operador01"))),
                " and w.priority = :priority", Map.of("open", WorkItemStatus.OPEN, "priority", "P1"));

        assertEquals(" where w.status = :open and ((w.unitCode = :unit and w.assignee is null) or (w.assignee = :me))"
                + " and w.priority = :priority", filter.whole().where());
        assertEquals(Map.of("open", WorkItemStatus.OPEN, "priority", "P1", "unit", "AIT", "me", "ait.operador01"),
                filter.whole().params());

        assertEquals(2, filter.parts().size());
        assertEquals(" where w.status = :open and w.unitCode = :unit and w.assignee is null and w.priority = :priority",
                filter.parts().get(0).where());
        assertEquals(Map.of("open", WorkItemStatus.OPEN, "priority", "P1", "unit", "AIT"),
                filter.parts().get(0).params(), "a query is given only the parameters it names");
        assertEquals(" where w.status = :open and w.assignee = :me and w.priority = :priority",
                filter.parts().get(1).where());
        assertEquals(Map.of("open", WorkItemStatus.OPEN, "priority", "P1", "me", "ait.operador01"),
                filter.parts().get(1).params());
    }

    @Test
    void a_scope_of_one_set_is_counted_by_the_page_s_own_clause() {
        Inbox.Filter filter = Inbox.Filter.of(" where w.status = :open and w.unitCode = :unit", List.of(), "",
                Map.of("open", WorkItemStatus.OPEN, "unit", "AIT"));
        assertEquals(List.of(filter.whole()), filter.parts());
    }

    /** A part of {@code rows} rows asked for at most {@code limit}: records the limit, answers what a LIMIT would. */
    private static int ask(int rows, int limit, List<Integer> limits) {
        limits.add(limit);
        return Math.min(rows, limit);
    }
}
