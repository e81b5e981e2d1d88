package org.sigti.db;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void the_default_h2_configuration_is_fine() {
        assertNull(new DatabaseSettings("h2", "jdbc:h2:file:/srv/data/sigti/sigti", false).problem());
        assertNull(new DatabaseSettings("postgresql", "jdbc:postgresql://db/sigti", false).problem());
    }

    @Test
    void a_postgresql_kind_with_the_h2_url_says_which_variables_to_set() {
        String problem = new DatabaseSettings("postgresql", "jdbc:h2:file:/srv/x", false).problem();
        assertTrue(problem.startsWith("SIGTI: SIGTI_DB_URL='jdbc:h2:file:/srv/x' does not fit SIGTI_DB_KIND=postgresql"),
                problem);
        assertTrue(problem.contains("SIGTI_DB_URL=jdbc:postgresql://HOST:PORT/DATABASE"), problem);
    }

    @Test
    void an_unknown_kind_is_one_clear_line() {
        String problem = new DatabaseSettings("mysql", "jdbc:mysql://x", false).problem();
        assertTrue(problem.startsWith("SIGTI: SIGTI_DB_KIND='mysql' is not supported"), problem);
        assertTrue(problem.lines().count() == 1, problem);
    }

    @Test
    void an_unreachable_database_names_the_url_the_cause_and_the_fix() {
        String line = new DatabaseSettings("postgresql", "jdbc:postgresql://db:5432/sigti", false)
                .unreachable("Connection refused");
        assertTrue(line.startsWith("SIGTI: cannot connect to the database at jdbc:postgresql://db:5432/sigti"
                + " (Connection refused). Fix:"), line);
    }

    @Test
    void on_postgresql_each_account_needs_a_password_of_its_own_the_default_is_refused() {
        DatabaseSettings pg = new DatabaseSettings("postgresql", "jdbc:postgresql://db/sigti", false);
        String unset = pg.passwordProblem(java.util.Map.of());
        assertTrue(unset.startsWith("SIGTI: on PostgreSQL SIGTI_DB_PASSWORD must be the account's own password"),
                unset);
        assertTrue(unset.contains("SIGTI_DB_PASSWORD_SOURCE=credential-store"), unset);
        assertTrue(pg.passwordProblem(java.util.Map.of("SIGTI_DB_PASSWORD", "sigti")) != null);
        assertTrue(pg.passwordProblem(java.util.Map.of("SIGTI_DB_PASSWORD", " ")) != null);
        assertNull(pg.passwordProblem(java.util.Map.of("SIGTI_DB_PASSWORD", "Zx8-q")));
        // a separate owner needs its own too
        String owner = pg.passwordProblem(java.util.Map.of("SIGTI_DB_USER", "sigti_app", "SIGTI_DB_PASSWORD", "Zx8-q",
                "SIGTI_DB_OWNER", "sigti"));
        assertTrue(owner.contains("SIGTI_DB_OWNER_PASSWORD") && !owner.contains("SIGTI_DB_PASSWORD and"), owner);
        assertNull(pg.passwordProblem(java.util.Map.of("SIGTI_DB_USER", "sigti_app", "SIGTI_DB_PASSWORD", "Zx8-q",
                "SIGTI_DB_OWNER", "sigti", "SIGTI_DB_OWNER_PASSWORD", "Yw7-p")));
        // kept in WildFly's credential store: nothing in the environment to check
        assertNull(pg.passwordProblem(java.util.Map.of("SIGTI_DB_PASSWORD_SOURCE", "credential-store")));
        // the embedded H2, reachable from the server alone, keeps the default
        assertNull(new DatabaseSettings("h2", "jdbc:h2:file:/srv/data/sigti/sigti", false)
                .passwordProblem(java.util.Map.of()));
    }
}
