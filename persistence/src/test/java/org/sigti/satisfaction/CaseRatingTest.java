package org.sigti.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CaseRatingTest {

    @Test
    void a_rating_keeps_what_the_indicators_group_by() {
        CaseRating r = new CaseRating(42, "MINDEF", "S04.03.04.02", "MESA", "2026-12", 4, "Rápido.",
                "solicitante.mindef", Instant.parse("2026-12-07T12:00:00Z"));

        assertEquals("2026-12", r.getPeriod());
        assertEquals("MESA", r.getUnitCode());
        assertEquals(4, r.getScore());
    }

    @Test
    void a_score_is_from_1_to_5() {
        for (int score : new int[] {0, 6, -1}) {
            assertThrows(IllegalArgumentException.class, () -> new CaseRating(42, "MINDEF", "S04.03.04.02", "MESA",
                    "2026-12", score, null, "solicitante.mindef", Instant.now()), () -> "score " + score);
        }
    }
}
