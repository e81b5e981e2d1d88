package org.sigti.it.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.sigti.maintenance.AnnualPlan;
import org.sigti.procedure.inventory.AnnualPlans;
import org.sigti.maintenance.MaintenancePlan;
import org.sigti.procedure.inventory.S04030403;
import org.sigti.procedure.inventory.SepremDi0061;
import org.sigti.security.AccessDeniedException;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * SEPREM-DI-006.1 (procedures.md C7) inside the deployed EAR: the equipment is IN_MAINTENANCE
 * from the inspection to the reinstallation, through the supervision loop, and then back to its custodian or the
 * store; a request that names no equipment of the inventory is refused; the annual plan run twice opens one
 * preventive case per computer and printer; S04.03.04.03 (E18) moves the equipment the same way. Each annual plan is
 * its manual's institution's: SEPREM's and MINDEF's people run their own, anyone else is refused (a security event).
 * The data-center procedure S04.03.01.03 has its own
 * test, {@code org.sigti.it.maintenance.DataCenterAccessIT}.
 */
@ExtendWith(ArquillianExtension.class)
class MaintenanceIT {

    // SEPREM-DI-006.1 is SEPREM's: its queues are served by the Dirección de Informática's own units
    static final Actor REQUESTER = new Actor("mnt.solicitante", "Sara Solicitante", null, List.of("Solicitante"),
            "DAF", "SEPREM");
    static final Actor JEFE_INFRA = new Actor("mnt.jefeinfra", "Iris Infra", null, List.of("Responsable",
            "Solicitante"), "DI-INFRA", "SEPREM");
    static final Actor TECNICO = new Actor("mnt.tecnico", "Teo Soporte", null, List.of("Tecnico", "Solicitante"),
            "DI-SOPORTE", "SEPREM");
    // S04.03.04.03 is MINDEF's: the OGTIE's teams
    static final Actor MINDEF_TECNICO = new Actor("mnt.soporte", "Sol Soporte", null, List.of("Tecnico",
            "Solicitante"), "SOPORTE", "MINDEF");
    static final Actor MESA = new Actor("mnt.mesa", "Marta Mesa", null, List.of("Operador", "Solicitante"), "MESA",
            "MINDEF");
    static final Actor MINDEF_INFRA = new Actor("mnt.infra", "Ismael Infra", null, List.of("Responsable",
            "Solicitante"), "INFRA", "MINDEF");
    static final Actor JEFE = new Actor("mnt.jefe", "Julia Jefa", null, List.of("Jefe", "Solicitante"), "OGTIE",
            "MINDEF");

    @Inject
    CaseEngine engine;

    @Inject
    org.sigti.workflow.Procedures procedures;

    @EJB(lookup = AsRole.JEFE)
    AsRole asJefe;

    @EJB(lookup = AsRole.AUDITOR)
    AsRole asAuditor;

    @EJB(lookup = AsRole.RESPONSABLE)
    AsRole asResponsable;

    @EJB(lookup = AsRole.TECNICO)
    AsRole asTecnico;

    @EJB(lookup = "java:global/sigti/sigti-ejb/AnnualPlans!org.sigti.procedure.inventory.AnnualPlans")
    AnnualPlans annual;

    @EJB(lookup = "java:global/sigti/sigti-ejb/MaintenancePlan!org.sigti.maintenance.MaintenancePlan")
    MaintenancePlan plan;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;
    ProcedureFlow maintenance;
    ProcedureFlow mindef;
    int n;
    long base;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "maintenance-probe.war")
                .addClasses(MaintenanceIT.class, Sigti.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
        return Sigti.earWithProbe(probe);
    }

    @BeforeEach
    void flows() {
        sql = new Sql(db);
        maintenance = procedures.flow(SepremDi0061.CODE).orElseThrow();
        mindef = procedures.flow(S04030403.CODE).orElseThrow();
        n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        base = 3_000_000_000L + n * 10L;
    }

    // ---------------------------------------------------------------- SEPREM-DI-006.1, corrective

    @Test
    void corrective_maintenance_holds_the_equipment_until_reinstalled_then_gives_it_back_to_its_custodian()
            throws Exception {
        // given a computer in the custody of a user
        long equipment = equipment(base + 1, "COMPUTER", "MNT-" + n, "custodio." + n);
        // when the requester files naming it, and the Jefe de Infraestructura assigns the case
        long c = file(maintenance, SepremDi0061.CODE, REQUESTER, "La computadora MNT-" + n + " no enciende",
                "Desde ayer no arranca.");
        assertEquals("CORRECTIVE", sql.textOrNull("select kind from maintenance_job where case_id = ?", c));
        act(maintenance, JEFE_INFRA, c, "continuar", Map.of());
        assertEquals("ASSIGNED", state(equipment), "not yet taken");
        // the inspection ends: in maintenance, custodian kept
        act(maintenance, TECNICO, c, "continuar", Map.of());
        assertEquals("IN_MAINTENANCE custodio." + n, sql.textOrNull("select state || ' ' || custodian_username"
                + " from equipment where id = ?", equipment));
        act(maintenance, TECNICO, c, "continuar", Map.of());
        act(maintenance, TECNICO, c, "continuar", Map.of());
        // the supervision returns the work once (↺ 3): still in maintenance
        act(maintenance, JEFE_INFRA, c, "no_satisfactorio", Map.of());
        assertEquals("3", openStep(c));
        assertEquals("IN_MAINTENANCE", state(equipment));
        act(maintenance, TECNICO, c, "continuar", Map.of());
        act(maintenance, TECNICO, c, "continuar", Map.of());
        act(maintenance, JEFE_INFRA, c, "satisfactorio", Map.of());
        assertEquals("IN_MAINTENANCE", state(equipment), "until reinstalled");
        // reinstalled: back to its custodian
        act(maintenance, TECNICO, c, "continuar", Map.of());
        assertEquals("ASSIGNED custodio." + n, sql.textOrNull("select state || ' ' || custodian_username from equipment"
                + " where id = ?", equipment));
        act(maintenance, TECNICO, c, "registrar", Map.of());
        assertEquals("CLOSED", sql.textOrNull("select status from work_case where id = ?", c));
        assertEquals(2, sql.number("select count(*) from equipment_custody where equipment_id = ? and case_id = ?",
                equipment, c), "in and out of maintenance, on the custody history");
        assertEquals(1, sql.number("select count(*) from maintenance_job where case_id = ? and started_at is not null"
                + " and finished_at >= started_at", c));
    }

    @Test
    void a_request_naming_no_equipment_of_the_inventory_files_nothing() throws Exception {
        String title = "Mi computadora no enciende " + n;
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> file(maintenance, SepremDi0061.CODE, REQUESTER, title, "No sé el código."));
        assertEquals("maintenance.equipment.unnamed", e.messageKey());
        assertEquals(0, sql.number("select count(*) from work_case where title = ?", title));
        // nor one naming retired equipment
        equipment(base + 2, "COMPUTER", "MNTR-" + n, null);
        sql.update("update equipment set state = 'RETIRED' where id = ?", base + 2);
        WorkflowException retired = assertThrows(WorkflowException.class,
                () -> file(maintenance, SepremDi0061.CODE, REQUESTER, "Arreglar MNTR-" + n, null));
        assertEquals("maintenance.equipment.retired", retired.messageKey());
    }

    @Test
    void equipment_in_maintenance_under_one_case_is_not_taken_by_another() throws Exception {
        long equipment = equipment(base + 3, "PRINTER", "MNTB-" + n, null);
        long first = file(maintenance, SepremDi0061.CODE, REQUESTER, "Impresora MNTB-" + n + " atasca", null);
        long second = file(maintenance, SepremDi0061.CODE, REQUESTER, "Impresora MNTB-" + n + " mancha", null);
        act(maintenance, JEFE_INFRA, first, "continuar", Map.of());
        act(maintenance, JEFE_INFRA, second, "continuar", Map.of());
        act(maintenance, TECNICO, first, "continuar", Map.of());
        String before = caseState(second) + sql.rows("select state, version from equipment where id = ?", equipment);
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> act(maintenance, TECNICO, second, "continuar", Map.of()));
        assertEquals("maintenance.equipment.busy", e.messageKey());
        assertEquals(before, caseState(second) + sql.rows("select state, version from equipment where id = ?",
                equipment), "the refused move changed nothing");
    }

    // ---------------------------------------------------------------- SEPREM-DI-006.1, the annual plan

    @Test
    void the_annual_plan_run_twice_opens_one_preventive_case_per_computer_and_printer() throws Exception {
        int year = 2100 + n % 800;
        long computer = equipment(base + 4, "COMPUTER", "MNTP-" + n, "custodio." + n);
        long printer = equipment(base + 5, "PRINTER", "MNTQ-" + n, null);
        long phone = equipment(base + 6, "PHONE", "MNTT-" + n, null);
        long retired = equipment(base + 7, "LAPTOP", "MNTX-" + n, null);
        sql.update("update equipment set state = 'RETIRED' where id = ?", retired);
        // the first run (and as many as the cap needs) opens the year's cases; the next run opens none
        int opened = 0;
        for (int run = 0; run < 50; run++) {
            int now = asJefe.callIn("SEPREM", () -> plan.generate(year));
            opened += now;
            if (now < MaintenancePlan.CAP) {
                break;
            }
        }
        assertTrue(opened >= 2, "opened " + opened);
        assertEquals(0, (int) asJefe.callIn("SEPREM", () -> plan.generate(year)), "a second run opens nothing");
        for (long planned : List.of(computer, printer)) {
            assertEquals(1, sql.number("select count(*) from maintenance_job where equipment_id = ? and plan_year = ?"
                    + " and kind = 'PREVENTIVE'", planned, year));
        }
        for (long skipped : List.of(phone, retired)) {
            assertEquals(0, sql.number("select count(*) from maintenance_job where equipment_id = ?", skipped));
        }
        assertEquals(opened, sql.number("select count(*) from maintenance_job where plan_year = ?", year));
        // the preventive case waits at step 1 with the equipment's code, opened by the calendar
        long c = sql.number("select case_id from maintenance_job where equipment_id = ? and plan_year = ?", printer,
                year);
        assertEquals("1", openStep(c));
        assertEquals("MNTQ-" + n, sql.textOrNull("select value_text from case_field where case_id = ? and name = ?", c,
                "codigo_patrimonial"));
        assertEquals("SCHEDULE", sql.textOrNull("select channel from work_case where id = ?", c));
        // walked through: the printer from the store goes back to the store
        act(maintenance, JEFE_INFRA, c, "continuar", Map.of());
        act(maintenance, TECNICO, c, "continuar", Map.of());
        assertEquals("IN_MAINTENANCE", state(printer));
        act(maintenance, TECNICO, c, "continuar", Map.of());
        act(maintenance, TECNICO, c, "continuar", Map.of());
        act(maintenance, JEFE_INFRA, c, "satisfactorio", Map.of());
        act(maintenance, TECNICO, c, "continuar", Map.of());
        assertEquals("IN_STOCK", state(printer));
        assertNull(sql.textOrNull("select custodian_username from equipment where id = ?", printer));
        // only the Jefe and the Responsable run the plan
        assertThrows(Exception.class, () -> asAuditor.callIn("SEPREM", () -> plan.generate(year)));
    }

    @Test
    void only_seprems_people_run_seprems_annual_plan() throws Exception {
        int year = 2100 + (n + 200) % 800;
        long computer = equipment(base + 3, "COMPUTER", "MNTS-" + n, null);
        long events = denials("MaintenancePlan.generate", "maintenance_plan", year);
        assertTrue(asJefe.callIn("SEPREM", () -> plan.isCallers()), "SEPREM keeps the plan");

        // AGETIC's Jefe and MINDEF's Responsable ask for SEPREM's plan
        assertEquals(false, asJefe.callIn("AGETIC", () -> plan.isCallers()));
        assertThrows(AccessDeniedException.class, () -> asJefe.callIn("AGETIC", () -> plan.generate(year)));
        assertThrows(AccessDeniedException.class, () -> asResponsable.callIn("MINDEF", () -> plan.generate(year)));

        // refused, recorded, and nothing opened
        assertEquals(events + 2, denials("MaintenancePlan.generate", "maintenance_plan", year));
        assertEquals(0, sql.number("select count(*) from maintenance_job where equipment_id = ? and plan_year = ?",
                computer, year));
    }

    // ---------------------------------------------------------------- S04.03.04.03

    @Test
    void a_mindef_ticket_solved_gives_the_equipment_back_and_one_not_solved_keeps_it_out_of_service()
            throws Exception {
        long laptop = equipment("MINDEF", base + 8, "LAPTOP", "MNTM-" + n, "custodio." + n);
        long c = file(mindef, S04030403.CODE, MINDEF_TECNICO, "Mantenimiento programado MNTM-" + n, null);
        act(mindef, MESA, c, "continuar", Map.of());
        assertEquals("IN_MAINTENANCE", state(laptop));
        act(mindef, MINDEF_TECNICO, c, "resuelto", Map.of());
        assertEquals("ASSIGNED", state(laptop));
        act(mindef, MINDEF_TECNICO, c, "cerrar", Map.of());
        assertEquals("CLOSED", sql.textOrNull("select status from work_case where id = ?", c));
        // not solved, out of warranty: the oficio de baja goes to the Jefe; the printer stays out of service
        long printer = equipment("MINDEF", base + 9, "PRINTER", "MNTN-" + n, null);
        long broken = file(mindef, S04030403.CODE, MINDEF_TECNICO, "Impresora MNTN-" + n + " sin reparación", null);
        act(mindef, MESA, broken, "continuar", Map.of());
        act(mindef, MINDEF_TECNICO, broken, "no_resuelto", Map.of());
        act(mindef, MINDEF_TECNICO, broken, "sin_garantia", Map.of());
        act(mindef, MINDEF_TECNICO, broken, "continuar", Map.of());
        act(mindef, MINDEF_INFRA, broken, "continuar", Map.of());
        act(mindef, JEFE, broken, "enviar", Map.of());
        assertEquals("CLOSED EQUIPMENT_WRITE_OFF", sql.textOrNull("select status || ' ' || outcome from work_case"
                + " where id = ?", broken));
        assertEquals("IN_MAINTENANCE", state(printer));
    }

    // ---------------------------------------------------------------- S04.03.04.03, the year's plan and report

    @Test
    void the_mindef_plan_opens_each_computer_once_and_its_report_counts_the_years_cases() throws Exception {
        int year = 2100 + (n + 400) % 800;
        long computer = equipment("MINDEF", base + 1, "COMPUTER", "MNTA-" + n, "custodio." + n);
        // step 1, as many runs as the cap needs; once complete a run opens nothing and there is one plan
        int opened = 0;
        for (int run = 0; run < 50; run++) {
            int now = asResponsable.callIn("MINDEF", () -> annual.draw(year));
            opened += now;
            if (now < MaintenancePlan.CAP) {
                break;
            }
        }
        assertTrue(opened >= 1, "opened " + opened);
        assertEquals(0, (int) asJefe.callIn("MINDEF", () -> annual.draw(year)), "a second run opens nothing");
        assertEquals(1, sql.number("select count(*) from maintenance_plan where plan_year = ?", year));
        assertEquals(1, sql.number("select count(*) from maintenance_job where equipment_id = ? and plan_year = ?",
                computer, year));
        long c = sql.number("select case_id from maintenance_job where equipment_id = ? and plan_year = ?", computer,
                year);
        assertEquals("S04.03.04.03 5", sql.textOrNull("select c.procedure_code || ' ' || w.step_code from work_case c join"
                + " work_item w on w.case_id = c.id where c.id = ? and w.status = 'OPEN'", c));
        assertNotNull(sql.textOrNull("select plan_month from maintenance_job where case_id = ?", c));
        // the steps in order: no report before the review, the Auditor draws nothing
        WorkflowException early = assertThrows(WorkflowException.class, () -> unwrapped(() -> asTecnico.callIn(
                "MINDEF", () -> annual.report(year))));
        assertEquals("maintenance.annual.early", early.messageKey());
        assertThrows(Exception.class, () -> asAuditor.callIn("MINDEF", () -> annual.draw(year)));
        asJefe.callIn("MINDEF", () -> {
            annual.acknowledge(year);
            return null;
        });
        asTecnico.callIn("MINDEF", () -> {
            annual.review(year);
            return null;
        });
        // the computer's preventive case done; the report counts it
        act(mindef, MESA, c, "continuar", Map.of());
        assertEquals("IN_MAINTENANCE", state(computer));
        act(mindef, MINDEF_TECNICO, c, "resuelto", Map.of());
        act(mindef, MINDEF_TECNICO, c, "cerrar", Map.of());
        assertEquals("ASSIGNED", state(computer));
        AnnualPlan.Figures f = asTecnico.callIn("MINDEF", () -> annual.report(year));
        assertEquals(new AnnualPlan.Figures(opened, 1, 0, 0, 1, opened - 1), f);
        assertEquals(f, asAuditor.callIn("MINDEF", () -> annual.view(year)).reported(), "frozen on the plan");
        WorkflowException twice = assertThrows(WorkflowException.class, () -> unwrapped(() -> asTecnico.callIn(
                "MINDEF", () -> annual.report(year))));
        assertEquals("maintenance.annual.done", twice.messageKey());
    }

    @Test
    void only_mindefs_people_see_mindefs_annual_plan() throws Exception {
        int year = 2100 + (n + 600) % 800;
        long computer = equipment("MINDEF", base + 2, "COMPUTER", "MNTB-" + n, "custodio." + n);
        long view = denials("AnnualPlans.view", "annual_plan", year);
        long draw = denials("AnnualPlans.draw", "annual_plan", year);
        long figures = denials("AnnualPlans.figures", "annual_plan", year);
        assertTrue(asTecnico.callIn("MINDEF", () -> annual.isCallers()), "MINDEF keeps the plan");
        assertEquals(year, asAuditor.callIn("MINDEF", () -> annual.view(year)).year(), "MINDEF's Auditor reads it");

        // AGETIC's Jefe and SEPREM's Responsable ask for MINDEF's plan
        assertEquals(false, asJefe.callIn("AGETIC", () -> annual.isCallers()));
        assertThrows(AccessDeniedException.class, () -> asJefe.callIn("AGETIC", () -> annual.view(year)));
        assertThrows(AccessDeniedException.class, () -> asJefe.callIn("AGETIC", () -> annual.draw(year)));
        assertThrows(AccessDeniedException.class, () -> asResponsable.callIn("SEPREM", () -> annual.draw(year)));
        assertThrows(AccessDeniedException.class, () -> asJefe.callIn("DP", () -> annual.figures(year)));

        // refused, recorded, and nothing drawn nor opened
        assertEquals(view + 1, denials("AnnualPlans.view", "annual_plan", year));
        assertEquals(draw + 2, denials("AnnualPlans.draw", "annual_plan", year));
        assertEquals(figures + 1, denials("AnnualPlans.figures", "annual_plan", year));
        assertEquals(0, sql.number("select count(*) from maintenance_plan where plan_year = ?", year));
        assertEquals(0, sql.number("select count(*) from maintenance_job where equipment_id = ? and plan_year = ?",
                computer, year));
    }

    /** The recorded refusals of {@code action} on the plan of {@code year}. */
    private long denials(String action, String objectType, int year) throws SQLException {
        return sql.number("select count(*) from security_event where kind = 'ACCESS_DENIED' and action = ?"
                + " and object_type = ? and object_id = ?", action, objectType, String.valueOf(year));
    }

    private static <T> T unwrapped(java.util.concurrent.Callable<T> call) throws Exception {
        try {
            return call.call();
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Equipment of SEPREM, whose manual (SEPREM-DI-006.1) the first tests follow. */
    private long equipment(long id, String kind, String code, String custodian) throws SQLException {
        return equipment("SEPREM", id, kind, code, custodian);
    }

    private long equipment(String institution, long id, String kind, String code, String custodian)
            throws SQLException {
        sql.update("insert into equipment (id, institution_code, kind, serial, patrimonial_code, brand, model, state,"
                + " custodian_username, custodian_name, created_at, updated_at, version) values (?, ?, ?, ?, ?, 'Marca',"
                + " 'Modelo', ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", id, institution, kind, "SN" + code,
                code,
                custodian == null ? "IN_STOCK" : "ASSIGNED", custodian, custodian == null ? null : "Custodio " + n);
        return id;
    }

    private String state(long equipment) throws SQLException {
        return sql.textOrNull("select state from equipment where id = ?", equipment);
    }

    private long file(ProcedureFlow flow, String code, Actor requester, String title, String description)
            throws Exception {
        try {
            WorkCase c = asJefe.call(() -> engine.start(code, requester, new NewCase(title, description, null, null,
                    null, null, null), flow));
            return c.getId();
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }

    private void act(ProcedureFlow flow, Actor actor, long caseId, String outcome, Map<String, String> fields)
            throws Exception {
        long[] item = openItem(caseId);
        try {
            asJefe.call(() -> engine.act(actor, new Move(item[0], item[1], outcome, null, fields, null), flow));
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }

    /** The case, its steps, its trail, its fields and its bitácora line, as one text. */
    private String caseState(long caseId) throws SQLException {
        List<String> parts = new ArrayList<>();
        parts.add(sql.rows("select status, version, audit_count from work_case where id = ?", caseId));
        parts.add(sql.rows("select step_code, status from work_item where case_id = ? order by id", caseId));
        parts.add(sql.rows("select count(*) from case_event where case_id = ?", caseId));
        parts.add(sql.rows("select name, value_text from case_field where case_id = ? order by name", caseId));
        parts.add(sql.rows("select authorized_by, entered_at, exited_at, version from data_center_visit"
                + " where case_id = ?", caseId));
        parts.add(sql.rows("select started_at, finished_at, version from maintenance_job where case_id = ?", caseId));
        return String.join("\n", parts);
    }

    private long[] openItem(long caseId) throws SQLException {
        return sql.numbers("select id, version from work_item where case_id = ? and status = 'OPEN' order by id",
                caseId);
    }

    private String openStep(long caseId) throws SQLException {
        return sql.textOrNull("select step_code from work_item where case_id = ? and status = 'OPEN'", caseId);
    }
}
