package org.sigti.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The bitácora's order (S04.03.01.03): authorization by someone else than the host, then entry, then exit. */
class DataCenterVisitTest {

    private static final Instant T0 = Instant.parse("2026-11-21T14:00:00Z");

    @Test
    void the_host_may_not_authorize_their_own_visit() {
        assertThrows(IllegalStateException.class, () -> DataCenterVisit.authorized(1, "ana", "UPS", "ANA", T0));
    }

    @Test
    void a_visit_exits_only_after_entering() {
        // given an authorized visit
        DataCenterVisit v = DataCenterVisit.authorized(1, "ana", "Revisión del UPS", "beto", T0);
        // when it tries to exit first, then it is refused and nothing changes
        assertThrows(IllegalStateException.class, () -> v.exit(T0.plusSeconds(60)));
        assertNull(v.getExitedAt());
        // when it enters then exits
        v.enter("Vera Visita", "DNI 123", "Beto", T0.plusSeconds(60));
        assertThrows(IllegalStateException.class, () -> v.exit(T0.plusSeconds(30)), "before the entry");
        v.exit(T0.plusSeconds(600));
        assertEquals(T0.plusSeconds(600), v.getExitedAt());
        assertThrows(IllegalStateException.class, () -> v.exit(T0.plusSeconds(700)), "twice");
    }

    @Test
    void the_entry_is_not_before_the_authorization_nor_twice() {
        DataCenterVisit v = DataCenterVisit.authorized(1, "ana", "UPS", "beto", T0);
        assertThrows(IllegalStateException.class, () -> v.enter("Vera", "DNI 1", "Beto", T0.minusSeconds(1)));
        assertNull(v.getEnteredAt());
        v.enter("Vera", "DNI 1", "Beto", T0);
        assertThrows(IllegalStateException.class, () -> v.enter("Vera", "DNI 1", "Beto", T0.plusSeconds(1)));
    }
}
