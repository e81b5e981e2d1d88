package org.sigti.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrailProtectionTest {

    private static TrailProtection.Schema schema(String appRole) {
        return new TrailProtection.Schema("public", "sigti", appRole, List.of("case_event", "security_event"),
                List.of("case_event", "flyway_schema_history", "security_event", "work_case"),
                List.of("work_case_seq"), false);
    }

    @Test
    void every_trail_table_gets_a_row_trigger_and_a_truncate_trigger_made_again_on_each_start() {
        List<String> statements = TrailProtection.statements(schema("sigti_app"));
        assertTrue(statements.get(0).startsWith("CREATE OR REPLACE FUNCTION \"public\".\"sigti_append_only\"()"
                + " RETURNS trigger LANGUAGE plpgsql"), statements.get(0));
        assertTrue(statements.get(0).contains("append-only audit trail"), statements.get(0));
        assertEquals(List.of(
                "DROP TRIGGER IF EXISTS \"sigti_append_only\" ON \"public\".\"case_event\"",
                "CREATE TRIGGER \"sigti_append_only\" BEFORE UPDATE OR DELETE ON \"public\".\"case_event\" FOR EACH ROW"
                        + " EXECUTE FUNCTION \"public\".\"sigti_append_only\"()",
                "DROP TRIGGER IF EXISTS \"sigti_no_truncate\" ON \"public\".\"case_event\"",
                "CREATE TRIGGER \"sigti_no_truncate\" BEFORE TRUNCATE ON \"public\".\"case_event\" FOR EACH STATEMENT"
                        + " EXECUTE FUNCTION \"public\".\"sigti_append_only\"()"), statements.subList(1, 5));
        assertEquals(4, statements.stream().filter(s -> s.contains("\"security_event\"") && s.contains("TRIGGER"))
                .count());
    }

    @Test
    void the_runtime_account_may_change_the_other_tables_and_only_add_to_the_trail() {
        List<String> statements = TrailProtection.statements(schema("sigti_app"));
        assertEquals(List.of(
                "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE \"public\".\"flyway_schema_history\","
                        + " \"public\".\"work_case\" TO \"sigti_app\"",
                "GRANT SELECT, INSERT ON TABLE \"public\".\"case_event\", \"public\".\"security_event\""
                        + " TO \"sigti_app\"",
                "GRANT USAGE, SELECT, UPDATE ON SEQUENCE \"public\".\"work_case_seq\" TO \"sigti_app\"",
                "REVOKE UPDATE, DELETE, TRUNCATE ON TABLE \"public\".\"case_event\", \"public\".\"security_event\""
                        + " FROM \"sigti_app\", PUBLIC"), statements.subList(statements.size() - 4, statements.size()));
    }

    @Test
    void with_one_account_nothing_is_granted_and_only_the_trigger_holds() {
        List<String> statements = TrailProtection.statements(schema("sigti"));
        assertFalse(statements.stream().anyMatch(s -> s.startsWith("GRANT")), statements::toString);
        assertEquals("REVOKE UPDATE, DELETE, TRUNCATE ON TABLE \"public\".\"case_event\", \"public\".\"security_event\""
                + " FROM PUBLIC", statements.get(statements.size() - 1));
        assertTrue(schema("sigti").describe().contains("one database account (sigti)"));
    }

    @Test
    void a_trail_table_not_created_yet_gets_nothing() {
        TrailProtection.Schema early = new TrailProtection.Schema("public", "sigti", "sigti_app", List.of(),
                List.of("work_case"), List.of(), false);
        List<String> statements = TrailProtection.statements(early);
        assertFalse(statements.stream().anyMatch(s -> s.contains("TRIGGER") || s.startsWith("REVOKE")),
                statements::toString);
        assertTrue(TrailProtection.TRAIL_TABLES.containsAll(List.of("case_event", "trail_entry")));
        // the ledgers' counters move with every record: never append-only
        assertFalse(TrailProtection.TRAIL_TABLES.contains("trail_ledger"));
    }

    @Test
    void a_role_name_from_the_configuration_stays_a_name() {
        List<String> statements = TrailProtection.statements(schema("app\"; DROP TABLE case_event; --"));
        assertTrue(statements.get(statements.size() - 1).endsWith(
                " FROM \"app\"\"; DROP TABLE case_event; --\", PUBLIC"), statements::toString);
        assertEquals("\"Mixed Case\"", SqlIdentifier.quote("Mixed Case"));
        assertThrows(IllegalArgumentException.class, () -> SqlIdentifier.quote(""));
        assertThrows(IllegalArgumentException.class, () -> SqlIdentifier.quote("a\0b"));
    }

    @Test
    void a_runtime_account_with_the_owner_s_rights_is_said_to_be_held_by_the_trigger_alone() {
        TrailProtection.Schema unbound = new TrailProtection.Schema("public", "sigti", "sigti_app",
                List.of("case_event"), List.of("case_event"), List.of(), true);
        assertTrue(unbound.describe().contains("WARNING: sigti_app is a superuser or has the rights of sigti"),
                unbound.describe());
    }
}
