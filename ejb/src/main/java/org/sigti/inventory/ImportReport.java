package org.sigti.inventory;

import java.io.Serializable;
import java.util.List;

/**
 * What a CSV import did. All or nothing: {@code imported} is the number of rows stored, which is every data row
 * when {@code rejected} is empty and zero otherwise.
 */
public record ImportReport(int rows, int imported, List<Rejection> rejected) implements Serializable {

    public boolean applied() {
        return rejected.isEmpty() && imported > 0;
    }
}
