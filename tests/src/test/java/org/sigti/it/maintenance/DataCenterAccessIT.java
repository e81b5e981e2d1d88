package org.sigti.it.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.AsRole;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.maintenance.DataCenterLog;
import org.sigti.maintenance.DataCenterVisit;
import org.sigti.maintenance.DataCenterVisits;
import org.sigti.maintenance.VisitRow;
import org.sigti.procedure.datacenter.S04030103;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * S04.03.01.03 (procedures.md E9) inside the deployed EAR, the moves each role makes: the visit the SG announced is
 * authorized by the Jefe (never by its host) before the entry, and exits after it; a contractor of another U.O.
 * (6 → 14) and one of the OGTIE (7 → 16, with a DIPEC observation) get one bitácora line per person; refused: an
 * exit before the entry, a person inside twice at once, a DNI that is not 8 digits, a bad schedule. Every refusal
 * changes nothing. The browser walk of 7 → 16 is {@code org.sigti.it.procedures.DataCenterWalkIT}.
 */
@ExtendWith(ArquillianExtension.class)
class DataCenterAccessIT {

    static final Actor HOST = new Actor("dc.anfitrion", "Ana Anfitriona", null, List.of("Solicitante"), "DGA", "MINDEF");
    static final Actor COORD = new Actor("dc.coord", "Carlos Coord", null, List.of("Responsable", "Solicitante"),
            "INFRA", "MINDEF");
    static final Actor DESK = new Actor("dc.mesa", "Marta Mesa", null, List.of("Operador", "Solicitante"), "MESA", "MINDEF");
    static final Actor INFRA = new Actor("dc.infra", "Teo Infra", null, List.of("Tecnico", "Solicitante"), "INFRA", "MINDEF");
    static final Actor JEFE = new Actor("dc.jefe", "Julia Jefa", null, List.of("Jefe", "Solicitante"), "OGTIE", "MINDEF");
    /** The Secretario(a) General, who announces a high-level visit (step 1). */
    static final Actor SG = new Actor("dc.sg", "Silvia Secretaria", null, List.of("Autoridad", "Solicitante"), "SG",
            "MINDEF");
    /** The Director of the unit whose equipment is serviced (step 6). */
    static final Actor DIRECTOR = new Actor("dc.director", "Dora Directora", null, List.of("Director",
            "Solicitante"), "DGA", "MINDEF");

    @Inject
    CaseEngine engine;

    @Inject
    org.sigti.workflow.Procedures procedures;

    @Inject
    DataCenterVisits visits;

    @EJB(lookup = AsRole.JEFE)
    AsRole asJefe;

    @EJB(lookup = AsRole.AUDITOR)
    AsRole asAuditor;

    @EJB(lookup = "java:global/sigti/sigti-ejb/DataCenterLog!org.sigti.maintenance.DataCenterLog")
    DataCenterLog log;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;
    ProcedureFlow access;
    int n;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "datacenter-probe.war")
                .addClasses(DataCenterAccessIT.class, Sigti.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
        return Sigti.earWithProbe(probe);
    }

    @BeforeEach
    void flow() {
        sql = new Sql(db);
        access = procedures.flow(S04030103.CODE).orElseThrow();
        n = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    // ---------------------------------------------------------------- 1 → 5, the visit the SG announced

    @Test
    void the_jefe_authorizes_the_visit_of_the_sg_then_it_enters_then_exits() throws Exception {
        // given the Jefe hosts a visit: he may not authorize it himself
        long own = file(JEFE, "Visita del Viceministro " + n);
        act(COORD, own, "visita_sg", Map.of());
        act(SG, own, "continuar", Map.of());
        String before = caseState(own);
        WorkflowException fourEyes = assertThrows(WorkflowException.class,
                () -> act(JEFE, own, "autorizar", Map.of()));
        assertEquals("datacenter.fourEyes.host", fourEyes.messageKey());
        assertEquals(before, caseState(own), "the refused authorization changed nothing");

        // given a visit hosted by someone else, the step 2 belongs to the Jefe, not to the coordinator
        long c = file(HOST, "Visita de la Secretaria General " + n);
        act(COORD, c, "visita_sg", Map.of());
        assertThrows(CaseEngine.Denied.class, () -> act(JEFE, c, "continuar", Map.of()),
                "step 1 is the Secretario General's, not recorded by the Jefe on their behalf");
        act(SG, c, "continuar", Map.of());
        assertEquals("2", openStep(c));
        assertThrows(CaseEngine.Denied.class, () -> act(COORD, c, "autorizar", Map.of()));
        // no entry without the authorization
        WorkflowException unauthorized = assertThrows(WorkflowException.class,
                () -> inTx(() -> visits.enter(c, "Vera Visita", dni(1), "Julia Jefa")));
        assertEquals("datacenter.entry.unauthorized", unauthorized.messageKey());
        act(JEFE, c, "autorizar", Map.of());
        assertEquals("dc.anfitrion dc.jefe SG_VISIT", sql.text("select host_username || ' ' || authorized_by"
                + " || ' ' || branch from data_center_visit where case_id = ?", c));
        // no exit before the entry, even called directly
        String authorized = caseState(c);
        WorkflowException noExit = assertThrows(WorkflowException.class, () -> inTx(() -> visits.exit(c)));
        assertEquals("datacenter.exit.notEntered", noExit.messageKey());
        // a DNI that is not 8 digits is refused at the entry
        WorkflowException badDni = assertThrows(WorkflowException.class, () -> act(COORD, c, "continuar", Map.of(
                S04030103.VISITOR, "Vera Visita", S04030103.DOCUMENT, "DNI " + n, S04030103.ESCORT, "Julia Jefa")));
        assertEquals("datacenter.dni.invalid", badDni.messageKey());
        assertEquals(authorized, caseState(c), "the refusals changed nothing");

        act(COORD, c, "continuar", Map.of(S04030103.VISITOR, "Vera Visita", S04030103.DOCUMENT, dni(1),
                S04030103.ESCORT, "Julia Jefa"));
        assertEquals(dni(1), sql.text("select inside_document from data_center_visit where case_id = ?", c));
        act(JEFE, c, "continuar", Map.of());
        act(COORD, c, "registrar_salida", Map.of());
        assertEquals(1, sql.number("select count(*) from data_center_visit where case_id = ? and exited_at >="
                + " entered_at and entered_at >= authorized_at and inside_document is null", c));
        assertEquals("CLOSED", sql.text("select status from work_case where id = ?", c));
        // MINDEF's Auditor reads it on the bitácora; another institution's reads none of MINDEF's visitors
        VisitRow row = row(c, dni(1));
        assertEquals("Vera Visita", row.visitorName());
        assertEquals("Julia Jefa", row.escort());
        assertEquals(DataCenterVisit.Branch.SG_VISIT, row.branch());
        String number = sql.text("select case_number from work_case where id = ?", c);
        assertTrue(asAuditor.callIn("AGETIC", () -> log.page(0, DataCenterLog.MAX_PAGE)).stream()
                .noneMatch(r -> r.caseNumber().equals(number)), "AGETIC's Auditor reads no MINDEF visitor");
        assertEquals(0, asAuditor.callIn("AGETIC", () -> log.count()) - asAuditor.callIn("AGETIC",
                () -> sql.number("select count(*) from data_center_visit v join work_case c on c.id = v.case_id"
                        + " where c.institution_code = 'AGETIC'")), "AGETIC counts its own visits only");
    }

    @Test
    void a_visit_the_jefe_denies_leaves_no_line_in_the_bitacora() throws Exception {
        long c = file(HOST, "Visita denegada " + n);
        act(COORD, c, "visita_sg", Map.of());
        act(SG, c, "continuar", Map.of());
        act(JEFE, c, "denegar", Map.of());
        assertEquals("CLOSED", sql.text("select status from work_case where id = ?", c));
        assertEquals(0, sql.number("select count(*) from data_center_visit where case_id = ?", c));
    }

    // ---------------------------------------------------------------- 6 → 14, another U.O.'s contractor

    @Test
    void the_contractor_of_another_unit_goes_from_6_to_14_and_nobody_is_inside_twice() throws Exception {
        long c = unitVisit("Cableado de la DGA " + n, "Ana Pérez, " + dni(2) + "\nLuis Soto; " + dni(3));
        assertEquals("14", openStep(c));
        assertEquals("UNIT_EQUIPMENT,Redes SAC,dc.director;UNIT_EQUIPMENT,Redes SAC,dc.director;", sql.rows("select"
                + " branch, company, authorized_by from data_center_visit where case_id = ? order by id", c));
        // a second ticket names Luis Soto again
        long other = unitVisit("Cableado, segundo turno " + n, "Luis Soto, " + dni(3));
        act(INFRA, c, "continuar", Map.of(S04030103.ESCORT, "Teo Infra"));
        assertEquals(2, sql.number("select count(*) from data_center_visit where case_id = ? and inside_document"
                + " is not null", c));
        String before = caseState(other);
        WorkflowException twice = assertThrows(WorkflowException.class,
                () -> act(INFRA, other, "continuar", Map.of(S04030103.ESCORT, "Teo Infra")));
        assertEquals("datacenter.entry.inside", twice.messageKey());
        assertEquals(dni(3), twice.arguments().get(0));
        assertEquals(before, caseState(other), "the refused entry changed nothing");
        // supervision by kind of equipment: cybersecurity needs its team too
        String inside = caseState(c);
        WorkflowException cyber = assertThrows(WorkflowException.class, () -> act(INFRA, c, "continuar", Map.of(
                S04030103.EQUIPMENT_KIND, "CIBERSEGURIDAD", S04030103.SUPERVISOR_INFRA, "Teo Infra")));
        assertEquals("datacenter.supervision.cyber", cyber.messageKey());
        assertEquals(inside, caseState(c));
        act(INFRA, c, "continuar", Map.of(S04030103.EQUIPMENT_KIND, "CIBERSEGURIDAD", S04030103.SUPERVISOR_INFRA,
                "Teo Infra", S04030103.SUPERVISOR_CYBER, "Cira Ciber"));
        act(INFRA, c, "cerrar", Map.of());
        assertEquals("CLOSED", sql.text("select status from work_case where id = ?", c));
        assertEquals(2, sql.number("select count(*) from data_center_visit where case_id = ? and exited_at >="
                + " entered_at and inside_document is null and supervisor = ?", c,
                "Infraestructura: Teo Infra; Ciberseguridad: Cira Ciber"));
        // out: the second ticket's entry now goes through
        act(INFRA, other, "continuar", Map.of(S04030103.ESCORT, "Teo Infra"));
        assertNotNull(sql.text("select entered_at from data_center_visit where case_id = ?", other));
        act(INFRA, other, "continuar", Map.of(S04030103.EQUIPMENT_KIND, "INFRAESTRUCTURA",
                S04030103.SUPERVISOR_INFRA, "Teo Infra"));
        act(INFRA, other, "cerrar", Map.of());
        VisitRow row = row(c, dni(2));
        assertEquals("Redes SAC", row.company());
        assertEquals("Ana Pérez", row.visitorName());
        assertEquals("Teo Infra", row.escort());
        assertEquals(DataCenterVisit.Branch.UNIT_EQUIPMENT, row.branch());
    }

    @Test
    void a_bad_dni_or_schedule_of_another_unit_opens_no_line() throws Exception {
        long c = file(HOST, "Trabajos de la DGA " + n);
        act(COORD, c, "equipos_uo", Map.of(S04030103.UNIT, "DGA"));
        assertThrows(CaseEngine.Denied.class, () -> act(COORD, c, "continuar", unitFields("2026-12-01 09:30",
                "Ana Pérez, " + dni(4))), "step 6 is the unit Director's, not the coordinator's");
        String before = caseState(c);
        WorkflowException dni = assertThrows(WorkflowException.class, () -> act(DIRECTOR, c, "continuar",
                unitFields("2026-12-01 09:30", "Ana Pérez, 1234567")));
        assertEquals("datacenter.dni.invalid", dni.messageKey());
        WorkflowException when = assertThrows(WorkflowException.class, () -> act(DIRECTOR, c, "continuar",
                unitFields("el lunes", "Ana Pérez, " + dni(4))));
        assertEquals("datacenter.schedule.format", when.messageKey());
        assertEquals(before, caseState(c), "the refusals changed nothing");
    }

    // ---------------------------------------------------------------- 7 → 16, an OGTIE contractor

    @Test
    void the_ogtie_contractor_goes_through_dipec_review_and_induction_and_each_observation_is_kept()
            throws Exception {
        long c = file(COORD, "Mantenimiento del UPS del centro de datos " + n);
        act(COORD, c, "equipos_ogtie", Map.of());
        act(COORD, c, "continuar", Map.of(S04030103.SCHEDULE, "2026-12-01 09:30", S04030103.DESIGNATED,
                "Teo Infra"));
        act(COORD, c, "continuar", Map.of(S04030103.CONTACT, "Pedro Proveedor, 999 888 777", S04030103.SCTR,
                "Póliza SCTR 2026-" + n));
        // the help desk's ticket: a DNI of 7 digits is refused, nothing changes
        String atTicket = caseState(c);
        WorkflowException bad = assertThrows(WorkflowException.class, () -> act(DESK, c, "continuar", Map.of(
                S04030103.COMPANY, "Energía SAC", S04030103.VISITORS, "Ana Pérez, 1234567")));
        assertEquals("datacenter.dni.invalid", bad.messageKey());
        assertEquals(atTicket, caseState(c));
        act(DESK, c, "continuar", Map.of(S04030103.COMPANY, "Energía SAC", S04030103.VISITORS,
                "Ana Pérez, " + dni(5) + "\nLuis Soto, " + dni(6)));
        // DIPEC observes once (an observation must say what), then approves
        String atReview = caseState(c);
        WorkflowException empty = assertThrows(WorkflowException.class, () -> act(COORD, c, "observado", Map.of()));
        assertEquals("datacenter.review.observations", empty.messageKey());
        assertEquals(atReview, caseState(c));
        act(COORD, c, "observado", Map.of(S04030103.DIPEC_OBSERVATIONS, "SCTR vencido " + n));
        assertEquals("10", openStep(c));
        act(COORD, c, "aprobado", Map.of());
        assertEquals("OBSERVED,SCTR vencido " + n + ",dc.coord;APPROVED,null,dc.coord;", sql.rows("select verdict,"
                + " observations, recorded_by from data_center_review where case_id = ? order by recorded_at, id", c));
        act(COORD, c, "continuar", Map.of(S04030103.AGREED, "2026-12-02 08:00", S04030103.EQUIPMENT_TOOLS,
                "Baterías, multímetro; EPP completo"));
        act(COORD, c, "continuar", Map.of(S04030103.PLATFORM, "VIS-" + n));
        assertEquals(0, sql.number("select count(*) from data_center_visit where case_id = ?", c),
                "no line before DIPEC's visto bueno");
        // no exit before the entry
        WorkflowException noLine = assertThrows(WorkflowException.class, () -> inTx(() -> visits.exit(c)));
        assertEquals("datacenter.exit.notEntered", noLine.messageKey());
        act(COORD, c, "visto_bueno", Map.of(S04030103.VISTO_BUENO, "Correo DIPEC " + n));
        assertEquals(2, sql.number("select count(*) from data_center_visit where case_id = ? and branch ="
                + " 'OGTIE_EQUIPMENT' and company = 'Energía SAC' and entered_at is null", c));
        String authorized = caseState(c);
        WorkflowException noExit = assertThrows(WorkflowException.class, () -> inTx(() -> visits.exit(c)));
        assertEquals("datacenter.exit.notEntered", noExit.messageKey());
        assertEquals(authorized, caseState(c), "the refused exit changed nothing");
        act(INFRA, c, "continuar", Map.of(S04030103.ESCORT, "Teo Infra"));
        act(INFRA, c, "continuar", Map.of(S04030103.EQUIPMENT_KIND, "INFRAESTRUCTURA", S04030103.SUPERVISOR_INFRA,
                "Teo Infra"));
        act(INFRA, c, "cerrar", Map.of());
        assertEquals("CLOSED SOLVED", sql.text("select status || ' ' || outcome from work_case where id = ?", c));
        assertEquals(2, sql.number("select count(*) from data_center_visit where case_id = ? and exited_at >="
                + " entered_at and escort = 'Teo Infra' and supervisor = 'Infraestructura: Teo Infra'", c));
        WorkflowException again = assertThrows(WorkflowException.class, () -> inTx(() -> visits.exit(c)));
        assertEquals("datacenter.exit.again", again.messageKey());
    }

    // ---------------------------------------------------------------- helpers

    private String dni(int k) {
        return String.format("%08d", (n * 10L + k) % 100_000_000L);
    }

    private long unitVisit(String title, String visitors) throws Exception {
        long c = file(HOST, title);
        act(COORD, c, "equipos_uo", Map.of(S04030103.UNIT, "DGA"));
        act(DIRECTOR, c, "continuar", unitFields("2026-12-01 09:30", visitors));
        return c;
    }

    private static Map<String, String> unitFields(String when, String visitors) {
        return Map.of(S04030103.SCHEDULE, when, S04030103.COMPANY, "Redes SAC", S04030103.VISITORS, visitors);
    }

    private VisitRow row(long caseId, String dni) throws Exception {
        String number = sql.text("select case_number from work_case where id = ?", caseId);
        assertTrue(asAuditor.callIn("MINDEF", () -> log.count()) >= 1);
        for (int first = 0; ; first += DataCenterLog.MAX_PAGE) {
            int from = first;
            List<VisitRow> page = asAuditor.callIn("MINDEF", () -> log.page(from, DataCenterLog.MAX_PAGE));
            assertTrue(!page.isEmpty(), () -> number + " " + dni + " is not on the bitácora");
            for (VisitRow r : page) {
                if (r.caseNumber().equals(number) && dni.equals(r.idDocument())) {
                    return r;
                }
            }
        }
    }

    private void inTx(Runnable work) throws Exception {
        try {
            asJefe.call(() -> {
                work.run();
                return null;
            });
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }

    private long file(Actor requester, String title) throws Exception {
        try {
            WorkCase c = asJefe.call(() -> engine.start(S04030103.CODE, requester, new NewCase(title, null, null,
                    null, null, null, null), access));
            return c.getId();
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }

    private void act(Actor actor, long caseId, String outcome, Map<String, String> fields) throws Exception {
        String item = sql.rows("select id, version from work_item where case_id = ? and status = 'OPEN' order by id",
                caseId);
        assertTrue(!item.isEmpty(), "no open step");
        String[] idVersion = item.substring(0, item.indexOf(';')).split(",");
        try {
            asJefe.call(() -> engine.act(actor, new Move(Long.parseLong(idVersion[0]), Long.parseLong(idVersion[1]),
                    outcome, null, fields, null), access));
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }

    private String openStep(long caseId) throws SQLException {
        return sql.text("select step_code from work_item where case_id = ? and status = 'OPEN'", caseId);
    }

    /** The case, its steps, its trail, its fields, its bitácora lines and DIPEC's answers, as one text. */
    private String caseState(long caseId) throws SQLException {
        List<String> parts = new ArrayList<>();
        parts.add(sql.rows("select status, version, audit_count from work_case where id = ?", caseId));
        parts.add(sql.rows("select step_code, status, version from work_item where case_id = ? order by id", caseId));
        parts.add(sql.rows("select count(*) from case_event where case_id = ?", caseId));
        parts.add(sql.rows("select name, value_text from case_field where case_id = ? order by name", caseId));
        parts.add(sql.rows("select id, authorized_by, visitor_name, id_document, escort, entered_at, exited_at,"
                + " inside_document, supervisor, version from data_center_visit where case_id = ? order by id",
                caseId));
        parts.add(sql.rows("select count(*) from data_center_review where case_id = ?", caseId));
        return String.join("\n", parts);
    }
}
