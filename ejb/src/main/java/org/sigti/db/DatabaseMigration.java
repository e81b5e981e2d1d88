package org.sigti.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date (Flyway, {@code db/migration} of the persistence module) when SIGTI starts,
 * and tells everyone else whether the database is usable.
 *
 * <p>A database that is down or misconfigured does not stop the deployment: this bean writes one clear line to the
 * log saying what is wrong and how to fix it, pages answer "SIGTI no está disponible", {@code /health/ready} reports
 * DOWN, and the migration is retried every {@value #RETRY_SECONDS} seconds until it succeeds.
 *
 * <p>The migrations run as the schema's owner (datasource SigtiOwnerDS: {@code SIGTI_DB_OWNER}, by default the same
 * account as SIGTI_DB_USER), the rest of SIGTI as the runtime account (SigtiDS). On PostgreSQL the owner then makes
 * the audit trails append-only ({@link TrailProtection}); a failure there counts as a failed migration, so that SIGTI
 * never serves with an unprotected trail.
 *
 * <p>With {@code SIGTI_DEMO_DATA=true} (the run command) the demo data of {@code db/demo} is added too.
 */
@Singleton
@Startup
@PermitAll // no business operation: start-up work and a status flag, no caller identity involved
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits each migration itself
public class DatabaseMigration {

    static final int RETRY_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/datasources/SigtiOwnerDS")
    private DataSource ownerDataSource;

    @Resource
    private TimerService timerService;

    private volatile boolean ready;
    private volatile String lastProblem;

    @jakarta.ejb.EJB
    private org.sigti.workflow.DemoCases demoCases;

    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<DatabaseReady> readiness;

    @PostConstruct
    void start() {
        migrate();
    }

    @Timeout
    void retry(Timer timer) {
        migrate();
    }

    /** True once the schema is up to date; from then on availability is a matter of the connection pool. */
    public boolean isReady() {
        return ready;
    }

    private synchronized void migrate() {
        if (ready) {
            return;
        }
        DatabaseSettings settings = DatabaseSettings.fromSystem();
        String problem = settings.problem();
        if (problem == null) {
            problem = settings.passwordProblem(System.getenv());
        }
        if (problem == null) {
            problem = connectionProblem(settings, dataSource);
        }
        if (problem == null) {
            problem = connectionProblem(settings, ownerDataSource);
        }
        if (problem == null) {
            problem = runMigrations(settings);
        }
        if (problem == null) {
            ready = true;
            lastProblem = null;
            try {
                readiness.fire(new DatabaseReady());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "SIGTI: a clean-up after the last stop failed: " + rootMessage(e), e);
            }
            if (settings.demoData()) {
                demoCases.seedIfEmpty();
            }
            return;
        }
        if (!Objects.equals(problem, lastProblem)) {
            LOG.severe(problem);
        } else {
            LOG.fine(problem);
        }
        lastProblem = problem;
        timerService.createSingleActionTimer(RETRY_SECONDS * 1000L, new TimerConfig("sigti-db-retry", false));
    }

    private static String connectionProblem(DatabaseSettings settings, DataSource source) {
        try (Connection connection = source.getConnection()) {
            return connection.isValid(5) ? null : settings.unreachable("the connection is not valid");
        } catch (SQLException e) {
            return settings.unreachable(rootMessage(e));
        }
    }

    private String runMigrations(DatabaseSettings settings) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (settings.demoData()) {
            locations.add("classpath:db/demo");
        }
        boolean postgresql = settings.kind() == DbKind.POSTGRESQL;
        try {
            Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                    .dataSource(ownerDataSource)
                    .locations(locations.toArray(String[]::new))
                    .failOnMissingLocations(true)
                    // the trail written before the audit key, sealed under it (needs the key, so not plain SQL)
                    .javaMigrations(new V43__Seal_trail())
                    // the EJB timer store creates its table in the same schema before SIGTI starts
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load();
            if (postgresql && flyway.info().pending().length > 0) {
                TrailProtection.lift(ownerDataSource);
            }
            MigrateResult result = flyway.migrate();
            TrailProtection.Schema trail = postgresql ? TrailProtection.apply(ownerDataSource, dataSource) : null;
            LOG.info(() -> "SIGTI database ready (" + settings.kind().name().toLowerCase() + ", schema "
                    + currentVersion(result) + ", " + result.migrationsExecuted + " migration(s) applied now"
                    + (settings.demoData() ? ", demo data on" : "") + ")");
            if (trail != null) {
                LOG.log(trail.appUnbound() ? Level.WARNING : Level.INFO, "SIGTI: " + trail.describe());
            }
            return null;
        } catch (FlywayException e) {
            LOG.log(Level.FINE, "Schema migration failed", e);
            return "SIGTI: the database schema could not be brought up to date: " + rootMessage(e)
                    + ". Fix: check that the owner account (SIGTI_DB_OWNER, else SIGTI_DB_USER) may create tables in"
                    + " the database of SIGTI_DB_URL, and that no other program changed SIGTI's tables; details at"
                    + " DEBUG level of " + DatabaseMigration.class.getName() + ".";
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Audit trail protection failed", e);
            return "SIGTI: the audit trail's protection could not be set up: " + rootMessage(e)
                    + ". Fix: SIGTI_DB_OWNER (else SIGTI_DB_USER) must own SIGTI's tables, as it does when its"
                    + " migrations created them; see \"Database roles\" in the README; details at DEBUG level of "
                    + DatabaseMigration.class.getName() + ".";
        }
    }

    private static String currentVersion(MigrateResult result) {
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String line = message.lines().findFirst().orElse(message).strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
