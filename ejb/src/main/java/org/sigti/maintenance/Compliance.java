package org.sigti.maintenance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A semester's "% de sistemas con mantenimiento preventivo cumplido" (DPG/ESIN-PRO-5, section 9): executed ÷ planned
 * × 100, where planned = the plan's preventive items and executed = those whose case ended DONE. Also carries the
 * security evaluations, counted the same way.
 */
public record Compliance(String semester, long planned, long executed, long securityPlanned, long securityExecuted)
        implements Serializable {

    /** The percentage with one decimal, or null when nothing was planned. */
    public BigDecimal percent() {
        return percent(executed, planned);
    }

    public BigDecimal securityPercent() {
        return percent(securityExecuted, securityPlanned);
    }

    static BigDecimal percent(long done, long planned) {
        return planned == 0 ? null : BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(planned), 1,
                RoundingMode.HALF_UP);
    }
}
