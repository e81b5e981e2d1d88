package org.sigti.secplatform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V51 (H2, or the PostgreSQL of -Dsigti.test.jdbc-url): the register's entities match the schema (Hibernate validates
 * them); a platform with its administrators, a profile, a user and a month's backup round-trips; a platform code is
 * unique in its institution and a profile name on its platform.
 */
class SecurityPlatformSchemaTest {

    // held, so that the level stays set
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private static SessionFactory factory;

    @BeforeAll
    static void migrate() {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        String url = System.getProperty("sigti.test.jdbc-url", "jdbc:h2:mem:secplatform_schema;DB_CLOSE_DELAY=-1");
        String user = System.getProperty("sigti.test.jdbc-user", "sa");
        String password = System.getProperty("sigti.test.jdbc-password", "");
        Flyway flyway = Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/demo").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        factory = new Configuration().addAnnotatedClass(SecurityPlatform.class)
                .addAnnotatedClass(SecurityPlatformProfile.class).addAnnotatedClass(SecurityPlatformUser.class)
                .addAnnotatedClass(SecurityPlatformBackup.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.connection.password", password)
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("jakarta.persistence.validation.mode", "none")
                .buildSessionFactory();
        // the case the rows name (a step's move writes them)
        factory.inTransaction(s -> s.createNativeMutationQuery("insert into work_case (id, case_number,"
                + " procedure_code, origin_procedure, title, channel, requester_username, requester_name, status,"
                + " opened_at, updated_at, response_breached, resolution_breached, audit_count, audit_head, version,"
                + " institution_code) values (1, 'SOL-2026-000001', 'S04.04.00.01', 'S04.04.00.01', 'Plataforma',"
                + " 'PORTAL', 'responsable.ciber', 'Mónica Sánchez Ibarra', 'OPEN', current_timestamp,"
                + " current_timestamp, false, false, 0, '0', 0, 'MINDEF')").executeUpdate());
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void a_platform_its_profile_user_and_backup_round_trip() {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        long platformId = factory.fromTransaction(s -> {
            SecurityPlatform p = new SecurityPlatform("MINDEF", "FW-SCHEMA", now);
            p.describe("Firewall perimetral", SecurityPlatformKind.FIREWALL, "Centro de datos");
            s.persist(p);
            s.flush();
            return p.getId();
        });
        factory.inTransaction(s -> {
            SecurityPlatform p = s.find(SecurityPlatform.class, platformId);
            p.keepCredentialAt("Equipo EQ-01, cifrado asimétrico");
            SecurityPlatformProfile profile = new SecurityPlatformProfile(platformId, "Administrador",
                    "configuración de reglas", 1, "tecnico.ciber", now);
            s.persist(profile);
            s.flush();
            s.persist(new SecurityPlatformUser(platformId, "admin.fw", "Víctor Núñez", profile.getId(), true, 1,
                    "tecnico.ciber", now));
            SecurityPlatformBackup b = new SecurityPlatformBackup(platformId, YearMonth.of(2026, 12), 1, true);
            b.done("fw.tgz", "VS-01:/respaldos", "tecnico.ciber", now);
            s.persist(b);
        });
        assertEquals(List.of("FIREWALL Equipo EQ-01, cifrado asimétrico Administrador admin.fw 2026-12 fw.tgz"),
                factory.fromSession(s -> s.createQuery("select p.kind, p.credentialCustody, f.name, u.login,"
                        + " b.period, b.fileName from SecurityPlatform p, SecurityPlatformProfile f,"
                        + " SecurityPlatformUser u, SecurityPlatformBackup b where f.platformId = p.id"
                        + " and u.profileId = f.id and b.platformId = p.id and p.id = :id", Object[].class)
                        .setParameter("id", platformId).getResultList()).stream()
                        .map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3] + " " + r[4] + " " + r[5]).toList());
        assertThrows(RuntimeException.class, () -> factory.inTransaction(s -> {
            SecurityPlatform twin = new SecurityPlatform("MINDEF", "FW-SCHEMA", now);
            twin.describe("Otro", SecurityPlatformKind.WAF, "Otro lugar");
            s.persist(twin);
        }), "a code is unique in its institution");
        assertThrows(RuntimeException.class, () -> factory.inTransaction(s -> s.persist(
                new SecurityPlatformProfile(platformId, "Administrador", "otra", 1, "tecnico.ciber", now))),
                "a profile name is unique on its platform");
    }
}
