package org.sigti.statistics;

import java.io.Serializable;
import java.util.List;

/**
 * Why a row of an upload is refused: its row in the file (the header is row 1 in a CSV and an XLSX; 0 is the file as
 * a whole), the column (or null), the bundle key of the reason and its arguments.
 */
public record Rejection(int row, String column, String reasonKey, List<String> arguments) implements Serializable {

    public Rejection {
        arguments = List.copyOf(arguments);
    }

    public static Rejection of(int row, String column, String reasonKey, String... arguments) {
        return new Rejection(row, column, reasonKey, List.of(arguments));
    }
}
