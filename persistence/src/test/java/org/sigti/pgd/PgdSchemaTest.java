package org.sigti.pgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * V66 (H2, or the PostgreSQL of -Dsigti.test.jdbc-url): the PGD's entities match the schema (Hibernate validates
 * them); a plan with its rows and two portfolio versions round-trips, projects by priority; a plan shorter than three
 * years is refused by the database too; a portfolio version number is unique in its plan.
 */
class PgdSchemaTest {

    // held, so that the level stays set
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private static SessionFactory factory;

    @BeforeAll
    static void migrate() {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        String url = System.getProperty("sigti.test.jdbc-url", "jdbc:h2:mem:pgd_schema;DB_CLOSE_DELAY=-1");
        String user = System.getProperty("sigti.test.jdbc-user", "sa");
        String password = System.getProperty("sigti.test.jdbc-password", "");
        Flyway flyway = Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/demo").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        factory = new Configuration().addAnnotatedClass(PgdPlan.class).addAnnotatedClass(PgdPortfolio.class)
                .addAnnotatedClass(PgdProject.class).addAnnotatedClass(PgdActivity.class)
                .addAnnotatedClass(PgdRisk.class).addAnnotatedClass(PgdStatus.class)
                .addAnnotatedClass(PgdApproval.class).addAnnotatedClass(PgdFollowUp.class)
                .addAnnotatedClass(PgdProgress.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.connection.password", password)
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("jakarta.persistence.validation.mode", "none")
                .buildSessionFactory();
        factory.inTransaction(s -> s.createNativeMutationQuery("insert into work_case (id, case_number,"
                + " procedure_code, origin_procedure, title, channel, requester_username, requester_name, status,"
                + " opened_at, updated_at, response_breached, resolution_breached, audit_count, audit_head, version,"
                + " institution_code) values (1, 'S04-2026-000001', 'S04.01.00.01', 'S04.01.00.01', 'PGD',"
                + " 'PORTAL', 'jefe.ogtie', 'Fernando Castro Ruiz', 'OPEN', current_timestamp,"
                + " current_timestamp, false, false, 0, '0', 0, 'MINDEF')").executeUpdate());
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void a_plan_its_rows_and_two_portfolio_versions_round_trip() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long planId = factory.fromTransaction(s -> {
            PgdPlan plan = new PgdPlan(1, "MINDEF", 2027, 2029, now);
            plan.strategicApproach("PESEM", "OEI.03", "Política");
            s.persist(plan);
            s.flush();
            PgdPortfolio first = new PgdPortfolio(plan.getId(), 1, now);
            first.approve("2-2027", "Aprobar el portafolio");
            s.persist(first);
            s.flush();
            PgdProject a = new PgdProject(first.getId(), "INN-01", "Mesa de partes digital", "INNOV", false);
            a.sheet("Digitalizar", "OEI.03", new BigDecimal("1250000.50"), 18, "Trámites (%)");
            a.prioritize(2);
            PgdProject b = new PgdProject(first.getId(), "C-1", "Ventanilla única", "INNOV", true);
            b.prioritize(1);
            s.persist(a);
            s.persist(b);
            s.persist(new PgdActivity(plan.getId(), 1, "Preparación", "Equipo", LocalDate.of(2027, 1, 4), 10));
            s.persist(new PgdRisk(plan.getId(), 1, "Diagnóstico", "Información incompleta", "Plazo adicional"));
            PgdStatus status = new PgdStatus(plan.getId(), "INFRA", "Centro de datos alterno", "Paralizado");
            status.decide(PgdStatus.Decision.DESESTIMADO);
            s.persist(status);
            s.persist(new PgdApproval(plan.getId(), "Cronograma", "1-2027", "Aprobar", "comite.mindef", now));
            s.flush();
            PgdPortfolio second = new PgdPortfolio(plan.getId(), 2, now);
            s.persist(second);
            s.flush();
            s.persist(a.copyInto(second.getId()));
            return plan.getId();
        });
        factory.inTransaction(s -> {
            List<String> first = s.createQuery("select p.code from PgdProject p, PgdPortfolio v where p.portfolioId"
                    + " = v.id and v.planId = :p and v.number = 1 order by case when p.priority is null then 1 else 0"
                    + " end, p.priority, p.code", String.class).setParameter("p", planId).getResultList();
            assertEquals(List.of("C-1", "INN-01"), first);
            PgdProject copied = s.createQuery("select p from PgdProject p, PgdPortfolio v where p.portfolioId"
                    + " = v.id and v.planId = :p and v.number = 2", PgdProject.class).setParameter("p", planId)
                    .getSingleResult();
            assertEquals(new BigDecimal("1250000.50"), copied.getBudget());
            assertEquals(PgdStatus.Decision.DESESTIMADO, s.createQuery("select s from PgdStatus s where s.planId"
                    + " = :p", PgdStatus.class).setParameter("p", planId).getSingleResult().getDecision());
            assertEquals("2-2027", s.createQuery("select v from PgdPortfolio v where v.planId = :p and v.number = 1",
                    PgdPortfolio.class).setParameter("p", planId).getSingleResult().getApprovedSession());
        });
        assertThrows(RuntimeException.class, () -> factory.inTransaction(s -> s.persist(new PgdPortfolio(planId, 2,
                now))), "a version number once per plan");
        assertThrows(RuntimeException.class, () -> factory.inTransaction(s -> s.createNativeMutationQuery(
                "update pgd_plan set end_year = 2028 where id = " + planId).executeUpdate()),
                "the database refuses a plan shorter than three years");
    }

    @Test
    void a_follow_up_once_per_plan_and_year_with_its_progress_from_0_to_100() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        factory.inTransaction(s -> s.createNativeMutationQuery("insert into work_case (id, case_number,"
                + " procedure_code, origin_procedure, title, channel, requester_username, requester_name, status,"
                + " opened_at, updated_at, response_breached, resolution_breached, audit_count, audit_head, version,"
                + " institution_code) select id + 100, 'S04-2026-00' || (id + 100), 'S04.01.00.02', 'S04.01.00.02',"
                + " 'Seguimiento', 'SCHEDULE', 'sigti', 'SIGTI', 'OPEN', current_timestamp, current_timestamp, false,"
                + " false, 0, '0', 0, 'MINDEF' from work_case where id = 1").executeUpdate());
        long[] ids = factory.fromTransaction(s -> {
            PgdPlan plan = new PgdPlan(101, "MINDEF", 2026, 2028, now); // the follow-up case stands in for a plan's
            s.persist(plan);
            s.flush();
            PgdPortfolio first = new PgdPortfolio(plan.getId(), 1, now);
            s.persist(first);
            s.flush();
            PgdFollowUp f = new PgdFollowUp(plan.getId(), 101, 2026, first.getId(), now);
            f.noted("4-2026", "Actualizar el portafolio", true);
            s.persist(f);
            s.flush();
            s.persist(new PgdProgress(f.getId(), "INNOV", "INN-01", "Mesa de partes digital", 45, "Piloto",
                    "Retraso en la contratación"));
            return new long[] {plan.getId(), first.getId(), f.getId()};
        });
        factory.inTransaction(s -> {
            PgdFollowUp f = s.find(PgdFollowUp.class, ids[2]);
            assertEquals(2026, f.getYear());
            assertEquals(Boolean.TRUE, f.getPortfolioModified());
            assertEquals(45, s.createQuery("select p from PgdProgress p where p.followUpId = :f", PgdProgress.class)
                    .setParameter("f", ids[2]).getSingleResult().getPercent());
        });
        assertThrows(RuntimeException.class, () -> factory.inTransaction(s -> s.persist(new PgdFollowUp(ids[0], 1,
                2026, ids[1], now))), "one follow-up per plan and year");
        assertThrows(RuntimeException.class, () -> factory.inTransaction(s -> s.createNativeMutationQuery(
                "update pgd_progress set percent_done = 101 where followup_id = " + ids[2]).executeUpdate()),
                "the database refuses a percentage over 100");
        assertThrows(IllegalArgumentException.class, () -> new PgdProgress(ids[2], "INNOV", "INN-02", "X", -1, "a",
                "b"));
    }
}
