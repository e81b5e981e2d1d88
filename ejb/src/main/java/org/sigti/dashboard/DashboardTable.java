package org.sigti.dashboard;

import java.util.List;

/**
 * The dashboard's tables: what each row is (its key), its columns (named by a key the screens translate) and which of
 * them its chart draws. Columns are counts unless their key ends in {@code Percent}.
 */
public enum DashboardTable {
    /** Cases per procedure: opened in the period, closed of them, within and out of service level. */
    PROCEDURE(CaseColumns.ALL, CaseColumns.ALL),
    /** The same per unit (the units whose staff worked on the case). */
    UNIT(CaseColumns.ALL, CaseColumns.ALL),
    /** The same per priority (a case without one has the key "-"). */
    PRIORITY(CaseColumns.ALL, CaseColumns.ALL),
    /** DP's indicators per semester (DPG/ESIN-PRO-5): % preventive maintenance done, % evolutive maintenance. */
    MAINTENANCE(List.of("planned", "executed", "preventivePercent", "evolutiveApproved", "evolutiveExecuted",
            "evolutivePercent"), List.of("preventivePercent", "evolutivePercent")),
    /** Backup runs per semester (S04.03.02.01): planned, done, missed, failed; copies registered and verified. */
    BACKUP(List.of("planned", "done", "missed", "failed", "copies", "verified"),
            List.of("done", "missed", "verified")),
    /** Access reviews per semester: opened, completed, % completed. */
    ACCESS_REVIEW(List.of("reviews", "completed", "completedPercent"), List.of("reviews", "completed")),
    /** Inventory expiries per kind (license pools, equipment warranties): expired, in 30 days, in 90 days. */
    EXPIRY(List.of("expired", "within30", "within90"), List.of("expired", "within30", "within90"));

    private final List<String> columns;
    private final List<String> charted;

    DashboardTable(List<String> columns, List<String> charted) {
        this.columns = columns;
        this.charted = charted;
    }

    /** The column keys, in order. */
    public List<String> columns() {
        return columns;
    }

    /** The indexes of the columns the chart draws, as series. */
    public int[] chartedColumns() {
        return charted.stream().mapToInt(columns::indexOf).toArray();
    }

    /** Whether a column holds percentages (one decimal) rather than counts. */
    public boolean isPercent(int column) {
        return columns.get(column).endsWith("Percent");
    }

    /** The table named {@code name} in a URL ("procedure", "ACCESS_REVIEW"), if any. */
    public static java.util.Optional<DashboardTable> named(String name) {
        for (DashboardTable t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }

    private static final class CaseColumns {
        static final List<String> ALL = List.of("opened", "closed", "withinSla", "outOfSla");
    }
}
