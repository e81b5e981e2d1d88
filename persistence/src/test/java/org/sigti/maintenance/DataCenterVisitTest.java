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

    @Test
    void a_contractor_is_inside_from_the_entry_to_the_exit() {
        DataCenterVisit v = DataCenterVisit.authorizedContractor(1, DataCenterVisit.Branch.OGTIE_EQUIPMENT, "ana",
                "UPS", "Energía SAC", "Luis Soto", "12345678", "beto", T0);
        assertNull(v.getInsideDocument());
        assertThrows(IllegalStateException.class, () -> v.supervise("Infraestructura: Teo"), "not inside yet");
        v.enter("Teo", T0.plusSeconds(60));
        assertEquals("12345678", v.getInsideDocument());
        assertEquals("Luis Soto", v.getVisitorName());
        v.supervise("Infraestructura: Teo");
        v.exit(T0.plusSeconds(120));
        assertNull(v.getInsideDocument());
        assertEquals("Infraestructura: Teo", v.getSupervisor());
    }

    @Test
    void the_dni_has_eight_digits_and_a_visit_of_the_sg_is_not_a_contractor() {
        assertEquals(true, DataCenterVisit.isDni("01234567"));
        assertEquals(false, DataCenterVisit.isDni("1234567"));
        assertEquals(false, DataCenterVisit.isDni("DNI 12345678"));
        assertThrows(IllegalArgumentException.class, () -> DataCenterVisit.authorizedContractor(1,
                DataCenterVisit.Branch.SG_VISIT, "ana", "UPS", "X", "Y", "12345678", "beto", T0));
    }
}
