package org.sigti.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of the key tables counted at dump time (in the dump's snapshot) against those counted in the restored
 * scratch database. Equal when every table is there with the same count; the detail names each difference, in
 * Spanish, the users' language, as it is stored on the copy.
 *
 * @param equal       whether nothing differs
 * @param tables      how many tables were compared
 * @param differences one line per differing table
 */
public record RowCounts(boolean equal, int tables, List<String> differences) {

    /** {@code restored} holds null for a table missing from the restore. */
    public static RowCounts compare(Map<String, Long> atDump, Map<String, Long> restored) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, Long> table : new TreeMap<>(atDump).entrySet()) {
            Long found = restored.get(table.getKey());
            if (found == null) {
                differences.add(table.getKey() + ": falta en la restauración (" + table.getValue()
                        + " filas al copiar)");
            } else if (!found.equals(table.getValue())) {
                differences.add(table.getKey() + ": " + table.getValue() + " filas al copiar, " + found
                        + " restauradas");
            }
        }
        return new RowCounts(differences.isEmpty(), atDump.size(), List.copyOf(differences));
    }

    /** The readable detail for the copy. */
    public String detail() {
        if (equal) {
            return "Restauración verificada: " + tables + " tablas con el mismo número de filas que al copiar.";
        }
        return "Las filas restauradas no coinciden con las copiadas: " + String.join("; ", differences) + ".";
    }
}
