package org.sigti.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SendSlotsTest {

    @Test
    void at_most_three_nudged_sends_run_at_once_and_a_finished_one_frees_its_slot() {
        SendSlots slots = new SendSlots();

        assertTrue(slots.tryTake());
        assertTrue(slots.tryTake());
        assertTrue(slots.tryTake());
        assertFalse(slots.tryTake(), "a fourth send while three run");
        slots.give();
        assertTrue(slots.tryTake());
    }
}
