package org.sigti.statistics;

import java.util.List;

/**
 * A table as read from an uploaded file: its header (names as written) and its data rows, each with its row number
 * in the file (the header's row is 1 unless blank rows come before it).
 */
public record UploadedTable(List<String> header, List<Row> rows) {

    /** A data row: its row in the file and its cells as text (a formula cell of an XLSX as "=" and its formula). */
    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public UploadedTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
