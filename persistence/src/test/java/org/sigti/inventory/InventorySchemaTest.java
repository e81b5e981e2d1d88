package org.sigti.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** V10 on H2 (or the PostgreSQL named by -Dsigti.test.jdbc-url): the constraints the services rely on hold. */
class InventorySchemaTest {

    private static Connection db;

    @BeforeAll
    static void migrate() throws SQLException {
        String url = System.getProperty("sigti.test.jdbc-url", "jdbc:h2:mem:inventory_schema;DB_CLOSE_DELAY=-1");
        String user = System.getProperty("sigti.test.jdbc-user", "sa");
        String password = System.getProperty("sigti.test.jdbc-password", "");
        Flyway flyway = Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/demo").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        db = DriverManager.getConnection(url, user, password);
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO license_pool (id, institution_code, code, product, license_type, seats_total,"
                    + " seats_used, system_id, created_at, updated_at, version) SELECT 900001, 'DP', 'P1', 'Office',"
                    + " 'PER_USER', 1, 0, id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0 FROM it_system WHERE code = 'ZIMBRA'");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void seats_used_never_exceed_seats_total() {
        assertThrows(SQLException.class, () -> update("UPDATE license_pool SET seats_used = 2 WHERE id = 900001"));
    }

    @Test
    void one_active_seat_per_pool_and_holder_but_released_ones_repeat() throws SQLException {
        String seat = "INSERT INTO license_seat (id, pool_id, holder_username, active_holder, assigned_at, assigned_by,"
                + " version) VALUES (%d, 900001, 'ana', %s, CURRENT_TIMESTAMP, 'jefe', 0)";
        update(String.format(seat, 900010, "NULL"));
        update(String.format(seat, 900011, "NULL"));
        update(String.format(seat, 900012, "'ana'"));
        assertThrows(SQLException.class, () -> update(String.format(seat, 900013, "'ana'")));
    }

    @Test
    void patrimonial_codes_are_unique_in_an_institution_and_assigned_equipment_has_a_custodian()
            throws SQLException {
        String row = "INSERT INTO equipment (id, institution_code, kind, serial, patrimonial_code, brand, model, state,"
                + " custodian_username, created_at, updated_at, version) VALUES (%d, 'AGETIC', 'LAPTOP', '%s', '%s',"
                + " 'HP', 'X', '%s', %s, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)";
        assertEquals(1, update(String.format(row, 900020, "S1", "C1", "IN_STOCK", "NULL")));
        assertThrows(SQLException.class, () -> update(String.format(row, 900021, "S2", "C1", "IN_STOCK", "NULL")));
        assertThrows(SQLException.class, () -> update(String.format(row, 900022, "S1", "C2", "IN_STOCK", "NULL")));
        assertThrows(SQLException.class, () -> update(String.format(row, 900023, "S3", "C3", "ASSIGNED", "NULL")));
        // another institution has its own codes and serials
        assertEquals(1, update(String.format(row, 900024, "S1", "C1", "IN_STOCK", "NULL").replace("'AGETIC'",
                "'MINDEF'")));
    }

    private static int update(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            return s.executeUpdate(sql);
        }
    }
}
