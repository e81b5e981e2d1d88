package org.sigti.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigti.inventory.ItSystem;
import org.sigti.inventory.LicensePool;

/**
 * V19 with the demo data (H2, or the PostgreSQL of -Dsigti.test.jdbc-url): the platform entities match the schema
 * (Hibernate validates them), the platforms of V11 got their system's name and are active, and the list's query
 * (entity joins, count subqueries) runs.
 */
class PlatformSchemaTest {

    // held, so that the level stays set
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private static SessionFactory factory;

    @BeforeAll
    static void migrate() {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        String url = System.getProperty("sigti.test.jdbc-url", "jdbc:h2:mem:platform_schema;DB_CLOSE_DELAY=-1");
        String user = System.getProperty("sigti.test.jdbc-user", "sa");
        String password = System.getProperty("sigti.test.jdbc-password", "");
        Flyway flyway = Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/demo").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        factory = new Configuration().addAnnotatedClass(AccountPlatform.class).addAnnotatedClass(PlatformPrivilege.class)
                .addAnnotatedClass(PlatformChange.class).addAnnotatedClass(Account.class)
                .addAnnotatedClass(AccountEvent.class).addAnnotatedClass(ItSystem.class)
                .addAnnotatedClass(LicensePool.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.connection.password", password)
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("jakarta.persistence.validation.mode", "none")
                .buildSessionFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void the_platforms_of_v11_have_their_systems_name_and_are_active() {
        AccountPlatform ad = factory.fromSession(s -> s.find(AccountPlatform.class, "AD"));
        assertTrue(ad.isActive());
        assertEquals(factory.fromSession(s -> s.createQuery("select s.name from ItSystem s where s.code = 'AD'",
                String.class).getSingleResult()), ad.getName());
        PlatformPrivilege usb = factory.fromSession(s -> s.find(PlatformPrivilege.class,
                new PlatformPrivilege.Key("AD", "USB")));
        assertTrue(usb.isUncommon());
        assertTrue(usb.isActive());
    }

    @Test
    void the_list_query_counts_privileges_and_accounts_per_platform() {
        List<Object[]> rows = factory.fromSession(s -> s.createQuery("select p.code, coalesce(p.name, s.name), lp.code,"
                + " (select count(a) from Account a where a.platformCode = p.code and a.status <> :closed),"
                + " (select count(u) from PlatformPrivilege u where u.platformCode = p.code and u.active = true"
                + " and u.uncommon = true)"
                + " from AccountPlatform p join ItSystem s on s.code = p.code left join LicensePool lp"
                + " on lp.id = p.licensePoolId where p.code = 'AD'", Object[].class)
                .setParameter("closed", AccountStatus.CLOSED).getResultList());
        assertEquals(1, rows.size());
        assertEquals(3L, ((Number) rows.get(0)[4]).longValue(), "USB, REDES_SOCIALES, PERIFERICOS");
    }

    @Test
    void a_change_is_stored_with_its_action() {
        factory.inTransaction(s -> s.persist(new PlatformChange("MINDEF", "AD", "USB", Instant.now(), "jefe",
                PlatformChange.Action.PRIVILEGE_CHANGED, "nombre=USB")));
        long changes = factory.fromSession(s -> s.createQuery("select count(c) from PlatformChange c"
                + " where c.platformCode = 'AD' and c.action = :a", Long.class)
                .setParameter("a", PlatformChange.Action.PRIVILEGE_CHANGED).getSingleResult());
        assertEquals(1L, changes);
    }
}
