package org.sigti.kb;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.flywaydb.core.Flyway;
import org.hibernate.cfg.Configuration;
import org.sigti.unit.OrgUnit;

/**
 * A database with SIGTI's real migrations and demo data, and Hibernate outside the server, for the persistence tests.
 * An in-memory H2 by default; a PostgreSQL when {@code -Dsigti.test.jdbc-url=jdbc:postgresql://...} (with
 * {@code sigti.test.jdbc-user} and {@code sigti.test.jdbc-password}) names a throw-away database, which is wiped.
 */
public final class TestDatabase implements AutoCloseable {

    // held, so that the levels stay set
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final EntityManagerFactory factory;

    private TestDatabase(EntityManagerFactory factory) {
        this.factory = factory;
    }

    static TestDatabase migrated(String name) {
        return migrated(name, OrgUnit.class, KbArticle.class, KbArticleCase.class);
    }

    /**
     * A freshly migrated database (migrations and demo data) with Hibernate mapping these entities (and checking
     * their tables: hbm2ddl validate).
     */
    public static TestDatabase migrated(String name, Class<?>... entities) {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        FLYWAY_LOG.setLevel(Level.WARNING);
        String url = System.getProperty("sigti.test.jdbc-url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        String user = System.getProperty("sigti.test.jdbc-user", "sa");
        String password = System.getProperty("sigti.test.jdbc-password", "");
        Flyway flyway = Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/demo")
                .cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        Configuration configuration = new Configuration();
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        EntityManagerFactory factory = configuration
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.connection.password", password)
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .setProperty("jakarta.persistence.validation.mode", "none")
                .buildSessionFactory();
        return new TestDatabase(factory);
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}
