package org.sigti.web.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void a_database_that_does_not_answer_is_told_apart_from_a_defect() {
        // what a page meets with PostgreSQL stopped: the service's exception around the pool's around the driver's
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001",
                new ConnectException("Connection refused"));
        assertTrue(ErrorPageServlet.databaseUnavailable(new EJBException(new PersistenceException(refused))));
        assertTrue(ErrorPageServlet.databaseUnavailable(new RuntimeException(new ConnectException("refused"))));
        // a defect stays a defect (500 with a reference), whatever else is wrapped around it
        assertFalse(ErrorPageServlet.databaseUnavailable(new EJBException(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))));
        assertFalse(ErrorPageServlet.databaseUnavailable(new NullPointerException()));
        assertFalse(ErrorPageServlet.databaseUnavailable(null));
    }
}
