package org.sigti.sla;

import static java.util.Objects.requireNonNull;

/**
 * The priority of a case, from its impact and urgency with the ITIL 3×3 matrix. P1 is the most pressing. Screens
 * show {@code Priority.<VALUE>} from the bundle (Crítica, Alta, Media, Baja, Planificada).
 *
 * <pre>
 *                 Urgency ALTA   MEDIA   BAJA
 *   Impact ALTA           P1     P2      P3
 *          MEDIA          P2     P3      P4
 *          BAJA           P3     P4      P5
 * </pre>
 */
public enum Priority {
    /** Crítica. */
    P1,
    /** Alta. */
    P2,
    /** Media. */
    P3,
    /** Baja. */
    P4,
    /** Planificada. */
    P5;

    /** The priority the matrix gives to an impact and an urgency. */
    public static Priority of(Impact impact, Urgency urgency) {
        requireNonNull(impact, "Impact is required.");
        requireNonNull(urgency, "Urgency is required.");
        // each step down in impact or in urgency lowers the priority by one: the matrix is the sum of the two
        return values()[impact.ordinal() + urgency.ordinal()];
    }
}
