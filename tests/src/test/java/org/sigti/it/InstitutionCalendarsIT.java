package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.security.AccessDeniedException;
import org.sigti.sla.NationalHolidayYears;
import org.sigti.sla.Priority;
import org.sigti.sla.ServiceLevels;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;
import org.sigti.workflow.WorkCase;

/**
 * Each institution's service clock runs on its own calendar: its zone, its working hours and its country's national
 * holidays, which SIGTI generated for this year and the next. A case of MINDEF (Peru) and one of AGETIC (Bolivia),
 * both filed the working day before Peru's San Pedro y San Pablo, are due a business day apart: the holiday stops
 * only MINDEF's clock; Guatemala's Independence Day stops only SEPREM's. A Jefe may not remove another institution's holiday: a security event, and nothing changes.
 */
@ExtendWith(ArquillianExtension.class)
class InstitutionCalendarsIT {

    /** A Monday; Tuesday 29 June 2027 is San Pedro y San Pablo in Peru, a working day in Bolivia. */
    private static final LocalDate DAY_BEFORE = LocalDate.of(2027, 6, 28);
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final ZoneId LA_PAZ = ZoneId.of("America/La_Paz");
    /** A Tuesday; Wednesday 15 September 2027 is Guatemala's Independence Day, a working day in Bolivia. */
    private static final LocalDate GUATEMALA_DAY_BEFORE = LocalDate.of(2027, 9, 14);
    private static final ZoneId GUATEMALA = ZoneId.of("America/Guatemala");

    private static final Actor OPERADOR_AGETIC = new Actor("calendario.operador", "Olivia Calendario", null,
            List.of("Operador", "Solicitante"), "AIT", "AGETIC");
    private static final Actor TECNICO_MINDEF = new Actor("calendario.tecnico", "Teodoro Calendario", null,
            List.of("Tecnico", "Solicitante"), "INFRA", "MINDEF");

    @Inject
    CaseEngine engine;

    @EJB
    NationalHolidayYears holidayYears;

    @EJB
    ServiceLevels serviceLevels;

    @EJB(lookup = AsRole.JEFE)
    AsRole asJefe;

    @PersistenceContext(unitName = "sigti")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        return Sigti.earWithProbe(ShrinkWrap.create(WebArchive.class, "calendars-probe.war")
                .addClasses(InstitutionCalendarsIT.class, Sigti.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml"));
    }

    @BeforeEach
    void filled() throws Exception {
        sql = new Sql(db);
        // the years are filled a second after start-up; filling again adds nothing
        asJefe.call(() -> holidayYears.fillMissing());
    }

    @Test
    void every_institution_has_its_countrys_holidays_of_this_year_and_the_next() throws SQLException {
        String peru = holidays("MINDEF", 2027);
        String guatemala = holidays("SEPREM", 2027);
        String bolivia = holidays("AGETIC", 2027);
        assertTrue(peru.contains("2027-06-29") && peru.contains("2027-12-08") && peru.contains("2027-03-25"), peru);
        assertTrue(guatemala.contains("2027-10-20") && guatemala.contains("2027-09-15")
                && guatemala.contains("2027-03-27"), guatemala);
        assertTrue(bolivia.contains("2027-01-22") && bolivia.contains("2027-02-08"), bolivia);
        assertTrue(!bolivia.contains("2027-06-29") && !guatemala.contains("2027-06-29"), bolivia + guatemala);
        assertEquals(holidays("AGETIC", 2027), holidays("DP", 2027), "one country, one law");
    }

    @Test
    void a_peruvian_holiday_moves_the_due_instant_of_the_mindef_case_only() throws Exception {
        // given: a case of each institution, filed on the Monday before San Pedro y San Pablo at 10:00 local time
        long agetic = open("UGAT/AIT-PR01", "Calendario: caso de AGETIC");
        long mindef = open("S04.03.01.05", "Calendario: caso del MINDEF");
        filedAt(agetic, DAY_BEFORE.atTime(10, 0).atZone(LA_PAZ).toInstant());
        filedAt(mindef, DAY_BEFORE.atTime(10, 0).atZone(LIMA).toInstant());

        // when: each is classified P2 (impact high, urgency medium): one business day to resolve
        act(OPERADOR_AGETIC, agetic, "continuar", Map.of("impacto", "ALTA", "urgencia", "MEDIA"));
        act(TECNICO_MINDEF, mindef, "detectado", Map.of());
        act(TECNICO_MINDEF, mindef, "continuar", Map.of("impacto", "ALTA", "urgencia", "MEDIA"));

        // then: Bolivia works on Tuesday, Peru on Wednesday
        WorkCase a = em.find(WorkCase.class, agetic);
        WorkCase m = em.find(WorkCase.class, mindef);
        assertEquals("P2", a.getPriority());
        assertEquals("P2", m.getPriority());
        assertEquals(LocalDateTime.of(2027, 6, 29, 10, 0), local(a.getResolutionDue(), LA_PAZ));
        assertEquals(LocalDateTime.of(2027, 6, 30, 10, 0), local(m.getResolutionDue(), LIMA));
        assertEquals(local(a.getResponseDue(), LA_PAZ).toLocalTime(), local(m.getResponseDue(), LIMA).toLocalTime(),
                "the same hours in each institution's own zone");
    }

    @Test
    void a_guatemalan_holiday_stops_seprems_clock_and_not_the_bolivian_one() throws Exception {
        // given: SEPREM's support case and AGETIC's, filed on Tuesday 14 September 2027 at 10:00 local time, the day
        // before Guatemala's Independence Day (a working day in Bolivia)
        long seprem = open("SEPREM-DI-008.1", "Calendario: caso de SEPREM");
        long agetic = open("UGAT/AIT-PR01", "Calendario: caso de AGETIC del 14 de septiembre");
        filedAt(seprem, GUATEMALA_DAY_BEFORE.atTime(10, 0).atZone(GUATEMALA).toInstant());
        filedAt(agetic, GUATEMALA_DAY_BEFORE.atTime(10, 0).atZone(LA_PAZ).toInstant());
        WorkCase s = em.find(WorkCase.class, seprem);
        WorkCase a = em.find(WorkCase.class, agetic);

        // when: each is given one business day (the P2 resolution target) on its own institution's calendar
        Instant sepremDue = asJefe.call(() -> serviceLevels.resolutionDue(s.getInstitutionCode(), s.getOpenedAt(),
                Priority.P2));
        Instant ageticDue = asJefe.call(() -> serviceLevels.resolutionDue(a.getInstitutionCode(), a.getOpenedAt(),
                Priority.P2));

        // then: SEPREM's clock skips the 15th, AGETIC's does not
        assertEquals(List.of("SEPREM", "AGETIC"), List.of(s.getInstitutionCode(), a.getInstitutionCode()));
        assertEquals(LocalDateTime.of(2027, 9, 16, 10, 0), local(sepremDue, GUATEMALA));
        assertEquals(LocalDateTime.of(2027, 9, 15, 10, 0), local(ageticDue, LA_PAZ));
    }

    @Test
    void a_jefe_may_not_remove_another_institutions_holiday() throws Exception {
        long peruvian = sql.number("select id from holiday where institution_code = 'MINDEF' and holiday_date = ?",
                DAY_BEFORE.plusDays(1));
        String institution = asJefe.call(() -> serviceLevels.institution());
        assertTrue(!"MINDEF".equals(institution), institution);
        long events = sql.number("select count(*) from security_event where object_type = 'Holiday' and object_id = ?",
                String.valueOf(peruvian));

        assertThrows(AccessDeniedException.class, () -> asJefe.call(() -> {
            serviceLevels.removeHoliday(peruvian);
            return null;
        }));

        assertEquals(1, sql.number("select count(*) from holiday where id = ?", peruvian));
        assertEquals(events + 1, sql.number("select count(*) from security_event where object_type = 'Holiday'"
                + " and object_id = ?", String.valueOf(peruvian)));
    }

    private String holidays(String institution, int year) throws SQLException {
        return sql.rows("select holiday_date from holiday where institution_code = ? and holiday_date >= ?"
                + " and holiday_date < ? order by holiday_date", institution, LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1));
    }

    private long open(String procedure, String title) throws Exception {
        return inTransaction(() -> engine.startBySystem(procedure, title, "Antes del feriado.", null, null, Map.of())
                .getId());
    }

    private void filedAt(long caseId, Instant at) throws SQLException {
        sql.update("update work_case set opened_at = ? where id = ?", at.atOffset(ZoneOffset.UTC), caseId);
    }

    private void act(Actor actor, long caseId, String outcome, Map<String, String> fields) throws Exception {
        long[] item = sql.numbers("select id, version from work_item where case_id = ? and status = 'OPEN'"
                + " order by id", caseId);
        inTransaction(() -> engine.act(actor, new Move(item[0], item[1], outcome, null, fields, null), null));
    }

    /** The work in a transaction of its own, rolled back if it fails. */
    private <T> T inTransaction(Callable<T> work) throws Exception {
        tx.begin();
        boolean done = false;
        try {
            T result = work.call();
            done = true;
            return result;
        } finally {
            if (done) {
                tx.commit();
            } else {
                tx.rollback();
            }
        }
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime();
    }
}
