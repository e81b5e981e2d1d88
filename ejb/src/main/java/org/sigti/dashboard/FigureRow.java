package org.sigti.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a dashboard table: its key (a procedure code, a unit code, a priority, a semester such as "2026-S1", an
 * expiry kind) and its figures in the table's column order (a null percentage: nothing to divide by).
 */
public record FigureRow(String key, List<BigDecimal> values) implements Serializable {

    public FigureRow {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    /** A row of counts. */
    public static FigureRow counts(String key, long... counts) {
        return new FigureRow(key, java.util.Arrays.stream(counts).mapToObj(BigDecimal::valueOf).toList());
    }
}
