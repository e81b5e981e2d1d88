package org.sigti.workflow;

import java.util.List;

/**
 * Priority from impact × urgency, the ITIL matrix: P1 (Alta × Alta) to P5 (Baja × Baja), each step of impact or
 * urgency lowering the priority by one.
 */
public final class Priorities {

    private static final List<String> LEVELS = List.of("ALTA", "MEDIA", "BAJA");

    private Priorities() {
    }

    /** "P1".."P5"; unknown levels count as BAJA. */
    public static String of(String impact, String urgency) {
        int i = Math.max(0, LEVELS.indexOf(impact));
        int u = Math.max(0, LEVELS.indexOf(urgency));
        if (!LEVELS.contains(impact)) {
            i = 2;
        }
        if (!LEVELS.contains(urgency)) {
            u = 2;
        }
        return "P" + (i + u + 1);
    }
}
