package org.sigti.maintenance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A semester's "% de sistemas con mantenimiento preventivo cumplido" (DPG/ESIN-PRO-5, section 9): executed ÷ planned
 * × 100, where planned = the plan's preventive items and executed = those whose case ended DONE. Also carries the
 * security evaluations, counted the same way, and the manual's second indicator, "% de sistemas con mantenimiento
 * evolutivo", from the register DGP/ESIN-R-6: the evolutive requests of the semester found feasible (requested and
 * approved) and those of them that went to production (executed).
 *
 * <p>The manual writes the second ratio as (solicitados y aprobados / ejecutados) × 100, which exceeds 100 % whenever
 * some approved work is not done yet (procedures.md F3: it looks inverted). SIGTI shows it as written
 * ({@link #evolutiveAsWritten()}) and computes the indicator as executed ÷ approved × 100
 * ({@link #evolutivePercent()}), the share of the approved evolutive maintenance that reached production.
 */
public record Compliance(String semester, long planned, long executed, long securityPlanned, long securityExecuted,
        long evolutiveApproved, long evolutiveExecuted) implements Serializable {

    /** A semester without evolutive maintenance counted (the preventive plan's figures only). */
    public Compliance(String semester, long planned, long executed, long securityPlanned, long securityExecuted) {
        this(semester, planned, executed, securityPlanned, securityExecuted, 0, 0);
    }

    /** The percentage with one decimal, or null when nothing was planned. */
    public BigDecimal percent() {
        return percent(executed, planned);
    }

    /** SIGTI's "% de sistemas con mantenimiento evolutivo": executed ÷ requested and approved × 100. */
    public BigDecimal evolutivePercent() {
        return percent(evolutiveExecuted, evolutiveApproved);
    }

    /** The manual's formula as written: requested and approved ÷ executed × 100 (null when nothing was executed). */
    public BigDecimal evolutiveAsWritten() {
        return percent(evolutiveApproved, evolutiveExecuted);
    }

    public BigDecimal securityPercent() {
        return percent(securityExecuted, securityPlanned);
    }

    static BigDecimal percent(long done, long planned) {
        return planned == 0 ? null : BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(planned), 1,
                RoundingMode.HALF_UP);
    }
}
