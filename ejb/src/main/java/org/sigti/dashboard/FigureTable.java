package org.sigti.dashboard;

import java.io.Serializable;
import java.util.List;

/** A dashboard table's rows for one filter, computed in the database. */
public record FigureTable(DashboardTable table, List<FigureRow> rows) implements Serializable {

    public FigureTable {
        rows = List.copyOf(rows);
    }
}
