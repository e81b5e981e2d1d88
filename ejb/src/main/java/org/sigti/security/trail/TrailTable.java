package org.sigti.security.trail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sigti.workflow.TrailSeal;

/**
 * The trail tables besides the cases' own ({@code case_event}, which chains its records itself): each record of these
 * is entered in a ledger named after its table, in its institution's sequence, and the entry seals every column of
 * the row as it was committed ({@link #canonical}). The verifier reads the row again and compares, so a changed row, a
 * deleted one or one inserted outside SIGTI is found without these tables having a seal of their own.
 *
 * <p>A security event may concern no institution (a refused caller SIGTI does not know): those share the
 * installation's sequence, institution {@value #INSTALLATION}.
 */
public enum TrailTable {

    SECURITY_EVENT("security_event", "'" + TrailTable.INSTALLATION + "'", Set.of("occurred_at"), "occurred_at",
            "username", "roles", "unit_code", "kind", "action", "object_type", "object_id", "source_address",
            "detail"),
    ACCOUNT_EVENT("account_event", "(select a.institution_code from account a where a.id = r.account_id)",
            Set.of("occurred_at"), "account_id", "occurred_at", "actor", "action", "case_id", "detail"),
    PLATFORM_CHANGE("platform_change", "r.institution_code", Set.of("occurred_at"), "institution_code",
            "platform_code", "privilege_code", "occurred_at", "actor", "action", "detail"),
    EQUIPMENT_CUSTODY("equipment_custody", "(select q.institution_code from equipment q where q.id = r.equipment_id)",
            Set.of("changed_at"), "equipment_id", "from_username", "from_name", "to_username", "to_name",
            "to_unit_code", "state", "changed_at", "changed_by", "case_id");

    /** The institution of the installation-wide sequence. */
    public static final String INSTALLATION = "*";

    private final String ledger;
    private final String institutionSql;
    private final Set<String> times;
    private final List<String> columns;

    TrailTable(String ledger, String institutionSql, Set<String> times, String... columns) {
        this.ledger = ledger;
        this.institutionSql = institutionSql;
        this.times = times;
        this.columns = List.of(columns);
    }

    /** The ledger's name: the table's. */
    public String ledger() {
        return ledger;
    }

    /** Every column but the id, in the order they are sealed. */
    public List<String> columns() {
        return columns;
    }

    public static Optional<TrailTable> ofLedger(String ledger) {
        for (TrailTable t : values()) {
            if (t.ledger.equals(ledger)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The select of this table's rows, aliased {@code r}: the id, the institution, then {@link #columns()}; callers
     * add their own join and condition after it.
     */
    public String select() {
        // the institution under a name of its own: a table may have an institution_code column too (sealed as well)
        return "select r.id, " + institutionSql + " as ledger_institution, r." + String.join(", r.", columns)
                + " from " + ledger + " r";
    }

    /**
     * What an entry seals of a row read with {@link #select()}, its columns starting at {@code first}: the table, the
     * id and every column, times at microsecond precision (what both databases keep), each as both databases give it.
     */
    public String canonical(ResultSet row, int first) throws SQLException {
        List<Object> fields = new ArrayList<>(columns.size() + 2);
        fields.add(ledger);
        fields.add(row.getLong(first - 2));
        for (int i = 0; i < columns.size(); i++) {
            if (times.contains(columns.get(i))) {
                OffsetDateTime at = row.getObject(first + i, OffsetDateTime.class);
                fields.add(at == null ? null : micros(at.toInstant()));
            } else {
                fields.add(row.getString(first + i));
            }
        }
        return TrailSeal.canonical(fields.toArray());
    }

    private static String micros(Instant at) {
        return at.getEpochSecond() + "." + String.format("%06d", at.getNano() / 1000);
    }
}
