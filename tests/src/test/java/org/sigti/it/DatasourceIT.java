package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.annotation.Resource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, next to the deployed EAR: SIGTI's datasource is the database the environment chose (H2 on disk
 * by default, PostgreSQL with SIGTI_DB_KIND=postgresql), its schema was migrated, and the EJB timer store is there.
 */
@AlsoOnH2
@ExtendWith(ArquillianExtension.class)
class DatasourceIT {

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private DataSource dataSource;

    private Sql sql;

    @Deployment(name = "sigti", testable = false, order = 1)
    static EnterpriseArchive sigti() {
        return Sigti.ear();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "probe.war").addClasses(DatasourceIT.class, Sigti.class,
                Sql.class);
    }

    @BeforeEach
    void statements() {
        sql = new Sql(dataSource);
    }

    private static String expectedKind() {
        String kind = System.getenv("SIGTI_DB_KIND");
        return kind == null ? "h2" : kind.toLowerCase(Locale.ROOT);
    }

    @Test
    @OperateOnDeployment("probe")
    void the_datasource_is_the_database_the_environment_chose() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            if (expectedKind().equals("postgresql")) {
                assertEquals("PostgreSQL", meta.getDatabaseProductName());
                assertTrue(meta.getURL().startsWith(System.getenv("SIGTI_DB_URL")), meta.getURL());
            } else {
                assertEquals("H2", meta.getDatabaseProductName());
                // on disk in the server's data directory, not in memory: it survives restarts
                assertTrue(meta.getURL().startsWith("jdbc:h2:file:")
                        && meta.getURL().contains("/standalone/data/sigti/sigti"), meta.getURL());
            }
        }
    }

    @Test
    @OperateOnDeployment("probe")
    void the_schema_is_migrated_and_the_demo_data_loaded() throws SQLException {
        assertTrue(sql.number("select count(*) from \"flyway_schema_history\" where \"success\" = true") >= 2);
        assertEquals(0, sql.number("select count(*) from \"flyway_schema_history\" where \"success\" = false"));
        assertTrue(sql.number("select count(*) from org_unit") >= 6);
        assertTrue(sql.number("select count(*) from work_case") >= 4, "the demo cases are filed at start");
    }

    @Test
    @OperateOnDeployment("probe")
    void persistent_timers_are_stored_in_the_same_database() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            boolean found = false;
            while (tables.next()) {
                found |= tables.getString("TABLE_NAME").equalsIgnoreCase("jboss_ejb_timer");
            }
            assertTrue(found, "the EJB timer table is missing from SIGTI's database");
        }
    }
}
