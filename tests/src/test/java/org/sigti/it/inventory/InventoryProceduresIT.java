package org.sigti.it.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
import org.sigti.security.AccessDeniedException;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseDocuments;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.Procedures;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * The inventory effect of SEPREM-DI-002.1, S04.03.04.01 and S04.03.03.02 inside the deployed EAR: the license seat
 * and the equipment change hands in the transaction of the step that delivers them; an exhausted pool, equipment not
 * in stock or of the wrong kind refuses the move and leaves the case and the inventory as they were. Each test makes
 * its own platform, pool, equipment and people (names unique per run).
 */
@ExtendWith(ArquillianExtension.class)
class InventoryProceduresIT {

    @Inject
    CaseEngine engine;

    @Inject
    Procedures procedures;

    @EJB(lookup = AsRole.JEFE)
    AsRole asJefe;

    @EJB(lookup = AsRole.AUDITOR)
    AsRole asAuditor;

    @EJB(lookup = "java:global/sigti/sigti-ejb/CaseDocuments!org.sigti.workflow.CaseDocuments")
    CaseDocuments documents;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;

    // SEPREM's (SEPREM-DI-002.1): its queues are served by the Dirección de Informática's own units
    static final Actor ASISTENTE = new Actor("inv.asistente", "Ada Asistente", null, List.of("Operador", "Solicitante"),
            "DI-ASIST", "SEPREM");
    static final Actor JEFE_INFRA = new Actor("inv.jefeinfra", "Iván Infra", null, List.of("Responsable",
            "Solicitante"), "DI-INFRA", "SEPREM");
    static final Actor TECNICO = new Actor("inv.tecnico", "Tito Técnico", null, List.of("Tecnico", "Solicitante"),
            "DI-INFRA", "SEPREM");
    // MINDEF's (S04): the OGTIE's teams
    static final Actor SOPORTE = new Actor("inv.soporte", "Sofía Soporte", null, List.of("Tecnico", "Solicitante"),
            "SOPORTE", "MINDEF");
    static final Actor MESA = new Actor("inv.mesa", "Marta Mesa", null, List.of("Operador", "Solicitante"), "MESA",
            "MINDEF");
    static final Actor JEFE = new Actor("inv.jefe", "Julia Jefa", null, List.of("Jefe", "Solicitante"), "OGTIE",
            "MINDEF");
    static final Actor INFRA_RESPONSABLE = new Actor("inv.infra", "Inés Infra", null, List.of("Responsable",
            "Solicitante"), "INFRA", "MINDEF");
    static final Actor INFRA_TECNICO = new Actor("inv.infratec", "Tomás Técnico", null, List.of("Tecnico",
            "Solicitante"), "INFRA", "MINDEF");

    private int n;
    private Actor user;
    private String platform;
    private long pool;
    private long base;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "inventory-procedures-probe.war")
                .addClasses(InventoryProceduresIT.class, Sigti.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
        return Sigti.earWithProbe(probe);
    }

    @BeforeEach
    void platformPoolAndUser() throws SQLException {
        sql = new Sql(db);
        n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        base = 2_100_000_000L + n * 10L;
        platform = "LP" + n;
        pool = base + 2;
        user = new Actor("inv.usuario" + n, "Úrsula Usuaria " + n, null, List.of("Solicitante"), "RRHH");
        // the licensed platform and its pool are SEPREM's, whose manual (SEPREM-DI-002.1) assigns the seat
        sql.platform(base + 1, "SEPREM", platform, "Plataforma licenciada " + n, false);
        sql.licensePool(pool, "SEPREM", "POOL-LP" + n, "Ofimática de prueba", 1, 0, base + 1);
    }

    /** The codes of the documents the case lists now, as the Jefe sees them. */
    private List<String> codes(long c) throws Exception {
        return asJefe.call(() -> documents.available(c)).stream().map(CaseDocuments.Listed::code).toList();
    }

    // ---------------------------------------------------------------- SEPREM-DI-002.1

    @Test
    void the_license_seat_is_taken_at_delivery_and_an_exhausted_pool_changes_nothing() throws Exception {
        ProcedureFlow flow = procedures.flow("SEPREM-DI-002.1").orElseThrow();
        user = of(user, "DAF", "SEPREM");
        callersOf("SEPREM");
        long c = file("SEPREM-DI-002.1", flow, "Licencia de ofimática");
        // step 1: a platform without licenses is refused on its field
        WorkflowException noPool = assertThrows(WorkflowException.class, () -> act(flow, ASISTENTE, c, "continuar",
                Map.of("plataforma", "NO-EXISTE", "tipo_personal", "PERMANENTE")));
        assertEquals("procedures.license.noPool", noPool.messageKey());
        act(flow, ASISTENTE, c, "continuar", Map.of("plataforma", platform.toLowerCase(), "tipo_personal",
                "PERMANENTE"));
        act(flow, JEFE_INFRA, c, "continuar", Map.of());
        act(flow, JEFE_INFRA, c, "continuar", Map.of());
        assertEquals("4", openStep(c));
        act(flow, TECNICO, c, "continuar", Map.of());
        assertEquals(List.of("LICENSE_FORM"), codes(c), "the form exists once step 4 created it; a SEPREM case"
                + " has no DGP/ESIN-R-1");
        // step 5 with the last seat taken: refused, nothing changes
        sql.update("update license_pool set seats_used = seats_total where id = ?", pool);
        String before = state(c);
        WorkflowException exhausted = assertThrows(WorkflowException.class, () -> act(flow, TECNICO, c, "continuar",
                Map.of()));
        assertEquals("inventory.pool.exhausted", exhausted.messageKey());
        assertEquals(List.of(platform), exhausted.arguments());
        assertEquals(before, state(c));
        assertEquals("5", openStep(c));
        // a free seat: delivered in the same move
        sql.update("update license_pool set seats_used = 0 where id = ?", pool);
        act(flow, TECNICO, c, "continuar", Map.of());
        assertEquals("5.F", openStep(c));
        assertEquals(1, sql.number("select count(*) from license_seat where active_holder = ? and case_id = ?",
                user.username(), c));
        assertEquals(1, sql.number("select seats_used from license_pool where id = ?", pool));
        // the user does not accept: back to 5; delivering again keeps the one seat
        act(flow, user, c, "no_conforme", Map.of());
        assertEquals("5", openStep(c));
        act(flow, TECNICO, c, "continuar", Map.of());
        assertEquals(1, sql.number("select seats_used from license_pool where id = ?", pool));
        act(flow, user, c, "conforme", Map.of());
        act(flow, TECNICO, c, "registrar", Map.of());
        assertEquals("CLOSED", sql.textOrNull("select status from work_case where id = ?", c));
        assertEquals(List.of("LICENSE_FORM", "CLOSING_RECORD"), codes(c));
        // a download before the issue is refused and takes no number; the issue (the page's POST) takes one
        String year = String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of(System.getProperty(
                "sigti.timezone", "America/La_Paz"))).getYear());
        String counter = "select coalesce(max(last_number), 0) from document_counter where doc_type = 'LICENSE_FORM'"
                + " and doc_year = " + year;
        long taken = sql.number(counter);
        WorkflowException notIssued = assertThrows(WorkflowException.class,
                () -> asJefe.call(() -> documents.download(c, "LICENSE_FORM")));
        assertEquals("workflow.document.notIssued", notIssued.messageKey());
        assertEquals(taken, sql.number(counter), "a download never takes a number");
        assertEquals(0, sql.number("select count(*) from case_field where case_id = ? and name like 'doc_%'", c));
        String number = asJefe.call(() -> documents.issue(c, "LICENSE_FORM"));
        assertTrue(number.startsWith("FCL-" + year + "-"), number);
        assertEquals(taken + 1, sql.number(counter));
        assertEquals(number, asJefe.call(() -> documents.issue(c, "LICENSE_FORM")), "issued once");
        assertEquals(1, sql.number("select count(*) from case_event where case_id = ? and action = 'DOCUMENT'", c));
        CaseDocuments.Document form = asJefe.call(() -> documents.download(c, "LICENSE_FORM"));
        assertEquals(number + ".pdf", form.fileName());
        assertTrue(new String(form.pdf(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals(number + ".pdf", asJefe.call(() -> documents.download(c, "LICENSE_FORM")).fileName(),
                "every copy carries the number of the issue");
        assertEquals(taken + 1, sql.number(counter));
    }

    // ---------------------------------------------------------------- S04.03.04.01

    @Test
    void the_certificate_devices_are_handed_over_at_step_8_and_only_they_come_back_at_step_12() throws Exception {
        ProcedureFlow flow = procedures.flow("S04.03.04.01").orElseThrow();
        user = of(user, "DGA", "MINDEF");
        callersOf("MINDEF");
        long card = equipment(3, "CERT_TOKEN", "IN_STOCK", null);
        long reader = equipment(4, "CERT_TOKEN", "ASSIGNED", "otra.persona");
        long laptop = equipment(5, "LAPTOP", "ASSIGNED", user.username());
        long c = file("S04.03.04.01", flow, "Certificado digital");
        act(flow, MESA, c, "cumple", Map.of());
        act(flow, MESA, c, "continuar", Map.of());
        act(flow, SOPORTE, c, "continuar", Map.of());
        act(flow, user, c, "continuar", Map.of());
        act(flow, SOPORTE, c, "continuar", Map.of());
        assertEquals("8", openStep(c));
        // a laptop is not a certificate device; a reader held by someone else is not in stock: nothing changes
        String before = state(c);
        WorkflowException kind = assertThrows(WorkflowException.class, () -> act(flow, SOPORTE, c, "continuar",
                devices(laptop, reader)));
        assertEquals("procedures.equipment.wrongKind", kind.messageKey());
        assertEquals(before, state(c));
        WorkflowException same = assertThrows(WorkflowException.class, () -> act(flow, SOPORTE, c, "continuar",
                devices(card, card)));
        assertEquals("procedures.cert.sameDevice", same.messageKey(), "one device is not both card and reader");
        assertEquals(before, state(c));
        WorkflowException busy = assertThrows(WorkflowException.class, () -> act(flow, SOPORTE, c, "continuar",
                devices(card, reader)));
        assertEquals("inventory.equipment.notInStock", busy.messageKey());
        assertEquals(before, state(c), "the card was not handed over either");
        sql.update("update equipment set state = 'IN_STOCK', custodian_username = NULL where id = ?", reader);
        act(flow, SOPORTE, c, "continuar", devices(card, reader));
        assertEquals("ASSIGNED " + user.username(), sql.textOrNull("select state || ' ' || custodian_username"
                + " from equipment where id = ?", card));
        assertEquals("ASSIGNED " + user.username(), sql.textOrNull("select state || ' ' || custodian_username"
                + " from equipment where id = ?", reader));
        assertEquals(List.of("CERT_DEVICE_ACTA"), codes(c));
        act(flow, user, c, "conforme", Map.of());
        act(flow, SOPORTE, c, "cese", Map.of());
        act(flow, user, c, "continuar", Map.of());
        act(flow, SOPORTE, c, "continuar", Map.of());
        assertEquals("IN_STOCK", sql.textOrNull("select state from equipment where id = ?", card));
        assertEquals("IN_STOCK", sql.textOrNull("select state from equipment where id = ?", reader));
        assertEquals("ASSIGNED", sql.textOrNull("select state from equipment where id = ?", laptop),
                "the laptop stays");
        act(flow, JEFE, c, "firmar", Map.of());
        assertEquals("CLOSED", sql.textOrNull("select status from work_case where id = ?", c));
        // the Auditor reads the case but never issues; once issued, the Auditor reads the copy
        assertEquals(List.of(false, false), asAuditor.call(() -> documents.available(c)).stream()
                .map(CaseDocuments.Listed::mayIssue).toList());
        assertThrows(AccessDeniedException.class, () -> asAuditor.call(() -> documents.issue(c,
                "CERT_DEVICE_ACTA")));
        assertEquals(0, sql.number("select count(*) from case_field where case_id = ? and name like 'doc_%'", c));
        String number = asJefe.call(() -> documents.issue(c, "CERT_DEVICE_ACTA"));
        assertTrue(number.startsWith("ADC-"), number);
        CaseDocuments.Document acta = asAuditor.call(() -> documents.download(c, "CERT_DEVICE_ACTA"));
        assertEquals(number + ".pdf", acta.fileName());
    }

    // ---------------------------------------------------------------- S04.03.03.02

    @Test
    void the_phone_is_assigned_at_delivery_and_equipment_not_in_stock_changes_nothing() throws Exception {
        ProcedureFlow flow = procedures.flow("S04.03.03.02").orElseThrow();
        user = of(user, "DGA", "MINDEF");
        callersOf("MINDEF");
        long phone = equipment(6, "PHONE", "IN_STOCK", null);
        long token = equipment(7, "CERT_TOKEN", "IN_STOCK", null);
        String holder = "inv.telefono" + n;
        long c = file("S04.03.03.02", flow, "Teléfonos IP para la unidad");
        act(flow, JEFE, c, "continuar", Map.of());
        act(flow, INFRA_RESPONSABLE, c, "continuar", Map.of());
        act(flow, INFRA_TECNICO, c, "continuar", Map.of());
        act(flow, MESA, c, "continuar", Map.of());
        act(flow, INFRA_TECNICO, c, "disponible", Map.of("usuario_telefono", holder, "usuario_nombre",
                "Tomás Teléfono", "usuario_unidad", "RRHH", "tipo_equipo", "IP"));
        act(flow, INFRA_RESPONSABLE, c, "continuar", Map.of());
        act(flow, JEFE, c, "continuar", Map.of());
        act(flow, INFRA_TECNICO, c, "continuar", Map.of());
        act(flow, INFRA_TECNICO, c, "continuar", Map.of());
        assertEquals("13", openStep(c));
        WorkflowException kind = assertThrows(WorkflowException.class, () -> act(flow, INFRA_TECNICO, c, "continuar",
                Map.of("equipo_telefonico", String.valueOf(token))));
        assertEquals("procedures.equipment.wrongKind", kind.messageKey());
        act(flow, INFRA_TECNICO, c, "continuar", Map.of("equipo_telefonico", "PAT-6-" + n));
        assertEquals(List.of("PHONE_ACTA"), codes(c));
        // the phone went to someone else meanwhile: delivery refused, nothing changes
        sql.update("update equipment set state = 'ASSIGNED', custodian_username = 'otra.persona' where id = ?", phone);
        String before = state(c);
        WorkflowException busy = assertThrows(WorkflowException.class, () -> act(flow, INFRA_TECNICO, c, "continuar",
                Map.of()));
        assertEquals("inventory.equipment.notInStock", busy.messageKey());
        assertEquals(before, state(c));
        sql.update("update equipment set state = 'IN_STOCK', custodian_username = NULL where id = ?", phone);
        act(flow, INFRA_TECNICO, c, "continuar", Map.of());
        assertEquals("ASSIGNED " + holder, sql.textOrNull("select state || ' ' || custodian_username from equipment"
                + " where id = ?", phone));
        assertEquals(1, sql.number("select count(*) from equipment_custody where equipment_id = ? and case_id = ?",
                phone, c));
        act(flow, INFRA_TECNICO, c, "registrar", Map.of());
        assertEquals("CLOSED", sql.textOrNull("select status from work_case where id = ?", c));
    }

    // ---------------------------------------------------------------- helpers

    /** The same person in a unit of another institution. */
    private static Actor of(Actor who, String unit, String institution) {
        return new Actor(who.username(), who.fullName(), who.email(), who.roles(), unit, institution);
    }

    private static final String DEFAULT_INSTITUTION = "sigti.default-institution";
    private String defaultInstitutionBefore;
    private boolean defaultInstitutionChanged;

    /**
     * The run-as callers of {@link AsRole} (the anonymous principal, with no profile) belong to the installation's
     * default institution: for the services that read the caller (documents), this test's cases' institution is made
     * the default one until the test ends.
     */
    private void callersOf(String institution) {
        if (!defaultInstitutionChanged) {
            defaultInstitutionBefore = System.getProperty(DEFAULT_INSTITUTION);
            defaultInstitutionChanged = true;
        }
        System.setProperty(DEFAULT_INSTITUTION, institution);
    }

    @org.junit.jupiter.api.AfterEach
    void defaultInstitutionAgain() {
        if (defaultInstitutionChanged) {
            if (defaultInstitutionBefore == null) {
                System.clearProperty(DEFAULT_INSTITUTION);
            } else {
                System.setProperty(DEFAULT_INSTITUTION, defaultInstitutionBefore);
            }
            defaultInstitutionChanged = false;
        }
    }

    private Map<String, String> devices(long card, long reader) {
        return Map.of("tarjeta_criptografica", String.valueOf(card), "lector_tarjetas", String.valueOf(reader));
    }

    /** Equipment of MINDEF, whose manuals (S04.03.04.01, S04.03.03.02) hand it over. */
    private long equipment(int k, String kind, String state, String custodian) throws SQLException {
        long id = base + k;
        sql.update("insert into equipment (id, institution_code, kind, serial, patrimonial_code, brand, model, state,"
                + " custodian_username, created_at, updated_at, version) values (?, 'MINDEF', ?, ?, ?, 'Marca',"
                + " 'Modelo', ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", id, kind, "SN-" + k + "-" + n,
                "PAT-" + k + "-" + n, state, custodian);
        return id;
    }

    private long file(String code, ProcedureFlow flow, String title) throws Exception {
        WorkCase c = asJefe.call(() -> engine.start(code, user, new NewCase(title, "Solicitud de prueba.", null, null,
                null, null, null), flow));
        return c.getId();
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

    /** Everything the inventory and the case hold about the test's person, pool, equipment and case, as one text. */
    private String state(long caseId) throws SQLException {
        List<String> parts = new ArrayList<>();
        parts.add(sql.rows("select id, active_holder, released_at from license_seat where case_id = ? order by id",
                caseId));
        parts.add(sql.rows("select seats_used, version from license_pool where id = ?", pool));
        parts.add(sql.rows("select id, state, custodian_username, version from equipment where id between ? and ?"
                + " order by id", base, base + 9));
        parts.add(sql.rows("select count(*) from equipment_custody where case_id = ?", caseId));
        parts.add(sql.rows("select status, version, audit_count from work_case where id = ?", caseId));
        parts.add(sql.rows("select step_code, status from work_item where case_id = ? order by id", caseId));
        parts.add(sql.rows("select count(*) from case_event where case_id = ?", caseId));
        parts.add(sql.rows("select name, value_text from case_field where case_id = ? order by name", caseId));
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
