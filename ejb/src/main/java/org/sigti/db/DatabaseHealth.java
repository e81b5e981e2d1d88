package org.sigti.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Answers the readiness probe: is the database reachable and its schema up to date right now? */
@Stateless
@PermitAll // the readiness probe is called by load balancers and monitors without a login; it reveals no data
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseHealth {

    /** How long a probe may wait for the database before saying DOWN. */
    static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private DataSource dataSource;

    @EJB
    private DatabaseMigration migration;

    public boolean isDatabaseUp() {
        if (!migration.isReady()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
