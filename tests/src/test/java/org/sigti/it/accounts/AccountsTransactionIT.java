package org.sigti.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.AlsoOnH2;
import org.sigti.it.AsRole;
import org.sigti.it.Sigti;
import org.sigti.it.Sql;
import org.sigti.procedure.accounts.SepremDi0011;
import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Move;
import org.sigti.workflow.NewCase;
import org.sigti.workflow.ProcedureFlow;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * SEPREM-DI-001.1's alta and baja as one transaction across accounts, license seats, equipment, the case and its
 * audit trail (issue 6 item 4), inside the deployed EAR. A test-only fault injector ({@link FailAt}, an EJB module of
 * the tested EAR) fails the move after each part; real causes do too (the last seat taken, an account name already
 * open, the equipment row locked by another transaction). Each failure leaves every module as it was and tells why;
 * the successful move changes them all at once. Four eyes: neither the requester nor the person concerned approves.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsTransactionIT {

    private static final String FAULTS = "java:app/accounts-faults/FailAt!org.sigti.it.accounts.FailAt";

    @Inject
    CaseEngine engine;

    @EJB(lookup = AsRole.JEFE)
    AsRole asJefe;

    @EJB(lookup = AsRole.AUDITOR)
    AsRole asAuditor;

    @EJB(lookup = "java:global/sigti/sigti-ejb/Accounts!org.sigti.accounts.Accounts")
    org.sigti.accounts.Accounts accounts;

    @EJB(lookup = FAULTS)
    FailAt faults;

    @Inject
    org.sigti.workflow.Procedures procedures;

    ProcedureFlow c1;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    Sql sql;

    // SEPREM-DI-001.1 is SEPREM's, filed by its Human Resources: its queues are the Dirección de Informática's units
    static final Actor RRHH = new Actor("acc.rrhh", "Rita RRHH", null, List.of("RRHH", "Solicitante"), "RRHH",
            "SEPREM");
    static final Actor ASISTENTE = new Actor("acc.asistente", "Ada Asistente", null, List.of("Operador", "Solicitante"),
            "DI-ASIST", "SEPREM");
    static final Actor JEFE_INFRA = new Actor("acc.jefeinfra", "Iván Infra", null, List.of("Responsable", "Solicitante"),
            "DI-INFRA", "SEPREM");
    static final Actor TECNICO = new Actor("acc.tecnico", "Tito Técnico", null, List.of("Tecnico", "Solicitante"),
            "DI-INFRA", "SEPREM");
    /** The Responsable de soporte técnico of S04.03.01.02 steps 3-4 (queue SOPORTE of MINDEF). */
    static final Actor SOPORTE = new Actor("acc.soporte", "Sara Soporte", null, List.of("Tecnico", "Solicitante"),
            "SOPORTE", "MINDEF");

    /** A platform without a license pool and one with a pool of one seat, a piece of equipment, a person. */
    private String free;
    private String licensed;
    private long pool;
    private long equipment;
    private String person;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() throws Exception {
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "accounts-probe.war")
                .addClasses(AccountsTransactionIT.class, Sigti.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
        EnterpriseArchive ear = Sigti.earWithProbe(probe);
        ear.addAsModule(ShrinkWrap.create(JavaArchive.class, "accounts-faults.jar").addClass(FailAt.class));
        String application = new String(ear.get("META-INF/application.xml").getAsset().openStream().readAllBytes(),
                StandardCharsets.UTF_8);
        ear.delete("META-INF/application.xml");
        int afterModules = application.lastIndexOf("</module>") + "</module>".length();
        ear.setApplicationXML(new StringAsset(application.substring(0, afterModules)
                + "\n  <module><ejb>accounts-faults.jar</ejb></module>" + application.substring(afterModules)));
        return ear;
    }

    @BeforeEach
    void platformsPoolEquipmentPerson() throws SQLException {
        sql = new Sql(db);
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        free = "TF" + n;
        licensed = "TL" + n;
        person = "acc.persona" + n;
        long base = 2_000_000_000L + n * 10L;
        pool = base + 3;
        equipment = base + 4;
        // SEPREM's, where the altas of SEPREM-DI-001.1 give them (a platform's code is the installation's: the
        // MINDEF tests below make them MINDEF's first, as a case gives accounts on its own institution's platforms)
        sql.platform(base + 1, "SEPREM", free, "Plataforma sin licencias " + n, true);
        sql.platform(base + 2, "SEPREM", licensed, "Plataforma con licencias " + n, true);
        sql.update("insert into platform_privilege (platform_code, code, name, uncommon) values (?, 'USUARIO',"
                + " 'Usuario', FALSE)", free);
        sql.update("insert into platform_privilege (platform_code, code, name, uncommon)"
                + " values (?, 'USB', 'USB', TRUE)", free);
        sql.licensePool(pool, "SEPREM", "POOL-" + n, "Licencia de prueba", 1, 0, base + 2);
        sql.update("insert into equipment (id, institution_code, kind, serial, patrimonial_code, brand, model, state,"
                + " created_at, updated_at, version) values (?, 'SEPREM', 'LAPTOP', ?, ?, 'Marca', 'Modelo', 'IN_STOCK',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", equipment, "SN" + n, "PAT-" + n);
        faults.disarm();
        c1 = procedures.flow(SepremDi0011.CODE).orElseThrow();
    }

    // ---------------------------------------------------------------- the alta

    @Test
    void an_alta_fails_whole_at_each_part_and_succeeds_whole() throws Exception {
        long c = altaAtStep3();
        for (String point : List.of("accounts", "seats", "equipment")) {
            String before = state(c);
            faults.arm("alta", point);
            WorkflowException e = assertThrows(WorkflowException.class, () -> act(JEFE_INFRA, c, "alta", Map.of()));
            assertEquals(FailAt.KEY, e.messageKey());
            assertEquals(List.of("alta", point), e.arguments());
            assertEquals(before, state(c), "a failure after " + point + " left something changed");
        }
        String before = state(c);
        act(JEFE_INFRA, c, "alta", Map.of());
        String after = state(c);
        assertNotEquals(before, after);
        assertEquals(2, sql.number("select count(*) from account where person_username = ? and status = 'ACTIVE'",
                person));
        assertEquals("USUARIO", sql.textOrNull("select p.privilege_code from account_privilege p"
                + " join account a on a.id = p.account_id where a.person_username = ? and a.platform_code = ?",
                person, free));
        assertEquals(1, sql.number("select count(*) from license_seat where active_holder = ?", person), "the seat");
        assertEquals(1, sql.number("select seats_used from license_pool where id = ?", pool));
        assertEquals("ASSIGNED " + person, sql.textOrNull("select state || ' ' || custodian_username from equipment"
                + " where id = ?", equipment));
        assertEquals("4", openStep(c));
        assertEquals(2, sql.number("select count(*) from account_event e join account a on a.id = e.account_id"
                + " where a.person_username = ? and e.action = 'GRANTED' and e.case_id = ?", person, c));
        assertEquals(JEFE_INFRA.username(), sql.textOrNull("select max(granted_by) from account"
                + " where person_username = ?", person));
        // SEPREM's Auditor reads them on the accounts screen's service, with the case that granted them
        var rows = asAuditor.callIn("SEPREM", () -> accounts.page(new org.sigti.accounts.AccountFilter(null,
                "ACTIVE", person), 0, 20));
        assertEquals(List.of(free, licensed), rows.stream().map(r -> r.platformCode()).sorted().toList());
        assertEquals(sql.textOrNull("select case_number from work_case where id = ?", c), rows.get(0).grantCase());
        assertEquals(2, asAuditor.callIn("SEPREM", () -> accounts.history(person)).size());
        assertEquals(1, asAuditor.callIn("SEPREM", () -> accounts.count(new org.sigti.accounts.AccountFilter(
                licensed, null, null))));
        // another institution's Auditor finds none of them
        assertEquals(0, asAuditor.callIn("MINDEF", () -> accounts.count(new org.sigti.accounts.AccountFilter(null,
                null, person))));
    }

    @Test
    void an_alta_without_the_seat_its_platform_needs_creates_nothing() throws Exception {
        long c = altaAtStep3();
        sql.update("update license_pool set seats_used = seats_total where id = ?", pool); // the last seat is taken
        String before = state(c);
        WorkflowException e = assertThrows(WorkflowException.class, () -> act(JEFE_INFRA, c, "alta", Map.of()));
        assertEquals("inventory.pool.exhausted", e.messageKey());
        assertEquals(List.of(licensed), e.arguments());
        assertEquals(before, state(c));
        assertEquals(0, sql.number("select count(*) from account where person_username = ?", person));
    }

    @Test
    void an_account_name_already_open_refuses_the_alta() throws Exception {
        long c = altaAtStep3();
        sql.account(equipment + 5, "SEPREM", free, person, "otra.persona", "Otra Persona", null, "jefe");
        String before = state(c);
        WorkflowException e = assertThrows(WorkflowException.class, () -> act(JEFE_INFRA, c, "alta", Map.of()));
        assertEquals("accounts.name.taken", e.messageKey());
        assertEquals(before, state(c));
        assertEquals(0, sql.number("select count(*) from license_seat where holder_username = ?", person));
    }

    @Test
    @AlsoOnH2
    void equipment_locked_by_another_transaction_refuses_the_alta_after_its_lock_timeout() throws Exception {
        long c = altaAtStep3();
        String before = state(c);
        try (Connection other = db.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select id from equipment where id = ? for update")) {
                lock.setLong(1, equipment);
                lock.executeQuery().close();
            }
            WorkflowException e = assertThrows(WorkflowException.class, () -> act(JEFE_INFRA, c, "alta", Map.of()));
            assertEquals("accounts.inventory.busy", e.messageKey());
            other.rollback();
        }
        assertEquals(before, state(c));
    }

    // ---------------------------------------------------------------- the baja

    @Test
    void a_baja_fails_whole_at_each_part_and_succeeds_whole() throws Exception {
        long alta = altaAtStep3();
        act(JEFE_INFRA, alta, "alta", Map.of());
        long c = file("Baja de " + person);
        act(ASISTENTE, c, "continuar", order("BAJA", ""));
        act(JEFE_INFRA, c, "continuar", Map.of());
        act(JEFE_INFRA, c, "baja", Map.of());
        act(TECNICO, c, "continuar", Map.of());
        // step 7: the departing user's data copied before removal, with the copy's location
        act(TECNICO, c, "continuar", Map.of("copia_ubicacion", "\\\\nas01\\bajas\\" + person));
        assertEquals("8", openStep(c));
        for (String point : List.of("accounts", "seats", "equipment")) {
            String before = state(c);
            faults.arm("baja", point);
            WorkflowException e = assertThrows(WorkflowException.class, () -> act(TECNICO, c, "registrar", Map.of()));
            assertEquals(FailAt.KEY, e.messageKey());
            assertEquals(before, state(c), "a failure after " + point + " left something changed");
        }
        act(TECNICO, c, "registrar", Map.of());
        assertEquals(0, sql.number("select count(*) from account where person_username = ? and status <> 'CLOSED'",
                person));
        assertEquals(2, sql.number("select count(*) from account where person_username = ? and close_case_id = ?"
                + " and closed_by = ?", person, c, TECNICO.username()));
        assertEquals(0, sql.number("select count(*) from license_seat where active_holder = ?", person));
        assertEquals(0, sql.number("select seats_used from license_pool where id = ?", pool));
        assertEquals("IN_STOCK", sql.textOrNull("select state from equipment where id = ?", equipment));
        assertEquals("CLOSED", sql.textOrNull("select status from work_case where id = ?", c));
        assertEquals("\\\\nas01\\bajas\\" + person, sql.textOrNull("select value_text from case_field where case_id = ?"
                + " and name = 'copia_ubicacion'", c));
    }

    // ---------------------------------------------------------------- four eyes

    @Test
    void neither_the_requester_nor_the_person_concerned_approves() throws Exception {
        // the Jefe de Infraestructura, also in charge of a unit (an Autoridad), requests an alta and may not approve it
        Actor alsoAuthority = new Actor(JEFE_INFRA.username(), JEFE_INFRA.fullName(), null, List.of("Responsable",
                "Autoridad", "Solicitante"), JEFE_INFRA.unitCode(), JEFE_INFRA.institutionCode());
        long own = file(alsoAuthority, "Alta pedida por quien aprueba");
        act(ASISTENTE, own, "continuar", order("ALTA", free));
        long denials = sql.number("select count(*) from security_event where username = ? and action like ?",
                JEFE_INFRA.username(), "%four eyes%");
        String before = state(own);
        WorkflowException e = assertThrows(WorkflowException.class, () -> act(JEFE_INFRA, own, "continuar", Map.of()));
        assertEquals("accounts.fourEyes.requester", e.messageKey());
        assertEquals(before, state(own));
        assertEquals(denials + 1, sql.number("select count(*) from security_event where username = ? and action like ?",
                JEFE_INFRA.username(), "%four eyes%"), "the refusal is recorded though the move rolled back");
        // nor the person whose accounts they are
        long self = file("Alta del propio aprobador");
        Map<String, String> values = new java.util.HashMap<>(order("ALTA", free));
        values.put("persona_usuario", JEFE_INFRA.username());
        act(ASISTENTE, self, "continuar", values);
        WorkflowException mine = assertThrows(WorkflowException.class,
                () -> act(JEFE_INFRA, self, "continuar", Map.of()));
        assertEquals("accounts.fourEyes.self", mine.messageKey());
        assertEquals("2", openStep(self));
    }

    @Test
    void bad_input_at_step_1_saves_nothing() throws Exception {
        long c = file("Alta con datos erróneos");
        String before = state(c);
        WorkflowException e = assertThrows(WorkflowException.class, () -> act(ASISTENTE, c, "continuar", Map.of(
                "tipo", "ALTA", "persona_usuario", "Nombre Con Espacios", "persona_nombre", "X",
                "plataformas", free, "privilegios", "OTRA:USB")));
        assertEquals("accounts.field.username", e.fieldProblems().get("persona_usuario"));
        assertEquals("accounts.field.privilegePlatform", e.fieldProblems().get("privilegios"));
        assertEquals(before, state(c));
        WorkflowException uncommon = assertThrows(WorkflowException.class, () -> act(ASISTENTE, c, "continuar",
                Map.of("tipo", "ALTA", "persona_usuario", person, "persona_nombre", "Pepa Prueba", "plataformas", free,
                        "privilegios", free + ":USB")));
        assertEquals("accounts.uncommon.unauthorized", uncommon.messageKey());
        assertEquals(before, state(c));
    }

    @Test
    void a_platform_of_another_institution_is_refused_as_an_unknown_one() throws Exception {
        // a platform of MINDEF, whose code SEPREM's order names: for SEPREM's case it does not exist
        String theirs = "TM" + person.substring("acc.persona".length());
        sql.platform(equipment + 10, "MINDEF", theirs, "Plataforma del MINDEF " + theirs, true);
        sql.update("insert into platform_privilege (platform_code, code, name, uncommon) values (?, 'USUARIO',"
                + " 'Usuario', FALSE)", theirs);
        long c = file("Alta en una plataforma de otra institución");
        String before = state(c);
        WorkflowException unknown = assertThrows(WorkflowException.class, () -> act(ASISTENTE, c, "continuar",
                order("ALTA", "NOEXISTE" + theirs)));
        WorkflowException foreign = assertThrows(WorkflowException.class, () -> act(ASISTENTE, c, "continuar",
                order("ALTA", theirs)));
        assertEquals("accounts.platform.unknown", unknown.messageKey());
        assertEquals("accounts.platform.unknown", foreign.messageKey(), "exactly as a platform that does not exist");
        assertEquals(List.of(theirs), foreign.arguments());
        assertEquals(before, state(c));
        assertEquals("1", openStep(c));
        assertEquals(0, sql.number("select count(*) from account where person_username = ?", person));
    }

    // ---------------------------------------------------------------- S04.03.01.01 and S04.03.01.02

    // S04 is MINDEF's: the OGTIE's teams
    static final Actor MESA = new Actor("acc.mesa", "Marta Mesa", null, List.of("Operador", "Solicitante"), "MESA",
            "MINDEF");
    static final Actor JEFE = new Actor("acc.jefe", "Julia Jefa", null, List.of("Jefe", "Solicitante"), "OGTIE",
            "MINDEF");
    static final Actor MINDEF_RRHH = new Actor("acc.dipec", "Diana Personal", null, List.of("RRHH", "Solicitante"), "DIPEC",
            "MINDEF");
    /** The Secretario General, who authorizes uncommon privileges in person (S04.03.01.01 steps 5.SG, 7.SG). */
    static final Actor SECRETARIO = new Actor("acc.sg", "Sergio General", null, List.of("Autoridad"), "SG", "MINDEF");
    static final Actor MINDEF_TECNICO = new Actor("acc.infra", "Ignacio Infra", null, List.of("Tecnico",
            "Solicitante"), "INFRA", "MINDEF");

    @Test
    void uncommon_privileges_need_the_secretario_generals_authorization_with_its_scan() throws Exception {
        mindefPlatforms();
        ProcedureFlow e7 = procedures.flow("S04.03.01.01").orElseThrow();
        long c = file("S04.03.01.01", e7, MINDEF_RRHH, "Cuenta nueva con USB");
        Map<String, String> values = new java.util.HashMap<>(order("ALTA", free + ", " + licensed));
        values.remove("tipo");
        values.put("privilegios", free + ":USUARIO, " + free + ":USB");
        act(e7, MESA, c, "cumple", values);
        act(e7, MESA, c, "nueva", Map.of());
        assertEquals("7", openStep(c));
        WorkflowException skip = assertThrows(WorkflowException.class, () -> act(e7, MINDEF_TECNICO, c, "cuenta",
                Map.of()));
        assertEquals("accounts.uncommon.needsAuthorization", skip.messageKey());
        act(e7, MINDEF_TECNICO, c, "no_comunes", Map.of());
        assertEquals("7.SG", openStep(c));
        String before = state(c);
        WorkflowException noScan = assertThrows(WorkflowException.class, () -> act(e7, SECRETARIO, c, "cuenta",
                Map.of("autorizacion_sg", "OFICIO 123-2026-SG")));
        assertEquals("accounts.authorization.attachmentMissing", noScan.messageKey());
        assertEquals(before, state(c));
        sql.update("insert into case_attachment (id, case_id, file_name, content_type, size_bytes, content, sha256,"
                + " uploaded_by, uploaded_at) values (?, ?, 'autorizacion.pdf', 'application/pdf', 4, ?, ?, 'acc.sg',"
                + " CURRENT_TIMESTAMP)", equipment + 6, c, new byte[] {'%', 'P', 'D', 'F'}, "0".repeat(64));
        act(e7, SECRETARIO, c, "cuenta", Map.of("autorizacion_sg", "OFICIO 123-2026-SG"));
        act(e7, MINDEF_TECNICO, c, "continuar", Map.of()); // step 9 creates the accounts with their seat
        assertEquals("10", openStep(c));
        assertEquals("USB;USUARIO;", sql.rows("select p.privilege_code from account_privilege p"
                + " join account a on a.id = p.account_id where a.person_username = ? and a.platform_code = ?"
                + " order by 1", person, free));
        assertEquals(1, sql.number("select count(*) from license_seat where active_holder = ?", person));
    }

    @Test
    void s04030102_disables_then_closes_everything_in_one_move_at_step_4() throws Exception {
        mindefHoldings();
        ProcedureFlow e8 = procedures.flow("S04.03.01.02").orElseThrow();
        long c = file("S04.03.01.02", e8, MINDEF_RRHH, "Cese de " + person);
        // the accounts branch (1-4) runs beside the VPN branch, which waits at step 5 meanwhile
        actAt(e8, "1", MINDEF_TECNICO, c, "continuar", Map.of("persona_usuario", person, "persona_nombre",
                "Pepa Prueba"));
        actAt(e8, "2", MINDEF_TECNICO, c, "continuar", Map.of());
        assertEquals(2, sql.number("select count(*) from account where person_username = ? and status = 'DISABLED'",
                person));
        assertEquals(0, sql.number("select count(*) from account_privilege p join account a on a.id = p.account_id"
                + " where a.person_username = ?", person), "privileges removed at step 2");
        actAt(e8, "3", SOPORTE, c, "continuar", Map.of("pst_ubicacion", "storage/pst/" + person + ".pst"));
        for (String point : List.of("accounts", "seats", "equipment")) {
            String before = state(c);
            faults.arm("baja", point);
            WorkflowException e = assertThrows(WorkflowException.class, () -> actAt(e8, "4", SOPORTE, c,
                    "continuar", Map.of()));
            assertEquals(FailAt.KEY, e.messageKey());
            assertEquals(before, state(c), "a failure after " + point + " left something changed");
        }
        actAt(e8, "4", SOPORTE, c, "continuar", Map.of());
        assertEquals(2, sql.number("select count(*) from account where person_username = ? and status = 'CLOSED'"
                + " and close_case_id = ?", person, c));
        assertEquals(0, sql.number("select count(*) from license_seat where active_holder = ?", person));
        assertEquals("IN_STOCK", sql.textOrNull("select state from equipment where id = ?", equipment));
        assertEquals("5", openStep(c), "the case waits for its VPN branch before closing at 10.F");
    }

    // ---------------------------------------------------------------- S04.04.00.02

    /** The cybersecurity team's Técnico Informático Especialista (S04.04.00.02 steps 3-12, 18, 19). */
    static final Actor CIBER = new Actor("acc.ciber", "Carla Ciber", null, List.of("Tecnico", "Solicitante"), "CIBER",
            "MINDEF");
    static final Actor EMPLEADO = new Actor("acc.empleado", "Elsa Empleada", null, List.of("Solicitante"), "DGA",
            "MINDEF");

    @Test
    void a_compromised_account_recreated_half_way_leaves_accounts_blocklist_and_case_unchanged() throws Exception {
        // given a successful phishing whose blocks are done (18) and whose account step 14 deleted
        mindefPlatforms();
        sql.account(equipment + 8, "MINDEF", free, person, person, "Pepa Prueba", "DGA", "jefe");
        ProcedureFlow e20 = procedures.flow("S04.04.00.02").orElseThrow();
        long c = file("S04.04.00.02", e20, EMPLEADO, "Correo sospechoso del banco");
        String domain = "phish" + person.substring("acc.persona".length()) + ".example";
        actAt(e20, "2", MESA, c, "continuar", Map.of("usuario_reporta", EMPLEADO.username(), "unidad_organizacion",
                "DGA", "remitente", "avisos@" + domain, "tipo_correo", "PHISHING"));
        actAt(e20, "3", CIBER, c, "continuar", Map.of("impacto", "1", "usuarios_involucrados", "pepa@example.gob"));
        actAt(e20, "4", CIBER, c, "continuar", Map.of());
        actAt(e20, "5", CIBER, c, "phishing", Map.of());
        actAt(e20, "8", CIBER, c, "concretado", Map.of());
        actAt(e20, "11", CIBER, c, "continuar", Map.of("usuarios_comprometidos", person));
        actAt(e20, "12", CIBER, c, "comunicar", Map.of("instrucciones_infraestructura", "Bloqueo y cambio de clave"));
        actAt(e20, "18", CIBER, c, "continuar", Map.of("bloquear_dominios", domain));
        actAt(e20, "13", MESA, c, "continuar", Map.of());
        actAt(e20, "14", MINDEF_TECNICO, c, "eliminar_cuenta", Map.of("plataforma_correo", free,
                "acciones_remediacion", "Cuenta eliminada; contraseña cambiada; usuario informado"));
        assertEquals("CLOSED", sql.textOrNull("select status from account where id = ?", equipment + 8));

        // when the new account fails right after it was written
        String before = state(c) + blocklist(c);
        faults.arm("alta", "accounts");
        WorkflowException e = assertThrows(WorkflowException.class, () -> actAt(e20, "15", MINDEF_TECNICO, c,
                "continuar", Map.of("entrega_cuenta", "Entregada en persona")));

        // then nothing of it survives: accounts, their history, the blocklist, the case
        assertEquals(FailAt.KEY, e.messageKey());
        assertEquals(List.of("alta", "accounts"), e.arguments());
        assertEquals(before, state(c) + blocklist(c), "a failure half-way left something changed");

        // and the same move, without the fault, creates the account with the case in its history
        actAt(e20, "15", MINDEF_TECNICO, c, "continuar", Map.of("entrega_cuenta", "Entregada en persona"));
        assertEquals("ACTIVE," + c + ";", sql.rows("select status, grant_case_id from account where person_username = ?"
                + " and platform_code = ? and id <> ?", person, free, equipment + 8));
        assertEquals("CLOSED," + c + ";GRANTED," + c + ";", sql.rows("select e.action, e.case_id from account_event e"
                + " join account a on a.id = e.account_id where a.person_username = ? order by e.id", person));
        assertEquals("DOMAIN," + domain + ",0;", blocklist(c));
        assertEquals("16;19;", sql.rows("select step_code from work_item where case_id = ? and status = 'OPEN'"
                + " order by step_code", c), "the mailbox analysis (16) and the report branch (19) wait");
    }

    private String blocklist(long caseId) throws SQLException {
        return sql.rows("select kind, entry_value, times_reported_again from blocklist_entry where case_id = ?"
                + " order by id", caseId);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The test's platforms, pool and laptop made MINDEF's, and the person a MINDEF person holding them as an alta
     * leaves them: an account on each platform (USUARIO on the free one), a seat of the pool, the laptop in custody.
     * A MINDEF cese removes what MINDEF gave.
     */
    private void mindefHoldings() throws SQLException {
        mindefPlatforms();
        sql.update("update license_pool set seats_used = 1 where id = ?", pool);
        sql.update("insert into license_seat (id, pool_id, holder_username, active_holder, assigned_at, assigned_by,"
                + " version) values (?, ?, ?, ?, CURRENT_TIMESTAMP, 'jefe', 0)", equipment + 7, pool, person, person);
        sql.update("update equipment set institution_code = 'MINDEF', state = 'ASSIGNED', custodian_username = ?"
                + " where id = ?", person, equipment);
        sql.account(equipment + 8, "MINDEF", free, person, person, "Pepa Prueba", "DGA", "jefe");
        sql.update("insert into account_privilege (account_id, privilege_code) values (?, 'USUARIO')", equipment + 8);
        sql.account(equipment + 9, "MINDEF", licensed, person, person, "Pepa Prueba", "DGA", "jefe");
    }

    /** The test's platforms and their pool made MINDEF's, for the MINDEF procedures' orders. */
    private void mindefPlatforms() throws SQLException {
        for (String table : List.of("it_system", "account_platform")) {
            sql.update("update " + table + " set institution_code = 'MINDEF' where "
                    + (table.equals("it_system") ? "code" : "platform_code") + " in (?, ?)", free, licensed);
        }
        sql.update("update license_pool set institution_code = 'MINDEF' where id = ?", pool);
    }

    /** An alta of two platforms (one licensed) and the equipment, waiting at step 3. */
    private long altaAtStep3() throws Exception {
        long c = file("Alta de " + person);
        Map<String, String> values = new java.util.HashMap<>(order("ALTA", free + ", " + licensed));
        values.put("privilegios", free + ":USUARIO");
        values.put("equipo_entrega", String.valueOf(equipment));
        act(ASISTENTE, c, "continuar", values);
        act(JEFE_INFRA, c, "continuar", Map.of());
        assertEquals("3", openStep(c));
        return c;
    }

    private Map<String, String> order(String kind, String platforms) {
        return Map.of("tipo", kind, "persona_usuario", person, "persona_nombre", "Pepa Prueba", "persona_unidad", "DAF",
                "plataformas", platforms);
    }

    private long file(String title) throws Exception {
        return file(RRHH, title);
    }

    private long file(Actor requester, String title) throws Exception {
        return file(SepremDi0011.CODE, c1, requester, title);
    }

    private long file(String code, ProcedureFlow flow, Actor requester, String title) throws Exception {
        WorkCase c = asJefe.call(() -> engine.start(code, requester, new NewCase(title,
                "Solicitud de la Dirección de Recursos Humanos.", null, null, null, null, null), flow));
        return c.getId();
    }

    private void act(Actor actor, long caseId, String outcome, Map<String, String> fields) throws Exception {
        act(c1, actor, caseId, outcome, fields);
    }

    private void act(ProcedureFlow flow, Actor actor, long caseId, String outcome, Map<String, String> fields)
            throws Exception {
        move(flow, actor, openItem(caseId), outcome, fields);
    }

    /** Acts on the case's open step {@code step} (a case with parallel branches has several open). */
    private void actAt(ProcedureFlow flow, String step, Actor actor, long caseId, String outcome,
            Map<String, String> fields) throws Exception {
        move(flow, actor, sql.numbers("select id, version from work_item where case_id = ? and status = 'OPEN' and"
                + " step_code = ?", caseId, step), outcome, fields);
    }

    private void move(ProcedureFlow flow, Actor actor, long[] item, String outcome, Map<String, String> fields)
            throws Exception {
        try {
            asJefe.call(() -> engine.act(actor, new Move(item[0], item[1], outcome, null, fields, null), flow));
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }

    /** Everything the modules hold about the test's person, platforms, pool, equipment and case, as one text. */
    private String state(long caseId) throws SQLException {
        List<String> parts = new ArrayList<>();
        parts.add(sql.rows("select id, platform_code, status, live_name from account where person_username = ?"
                + " order by id", person));
        parts.add(sql.rows("select e.id, e.action from account_event e join account a on a.id = e.account_id"
                + " where a.person_username = ? order by e.id", person));
        parts.add(sql.rows("select account_id, privilege_code from account_privilege p join account a on a.id ="
                + " p.account_id where a.person_username = ? order by 1, 2", person));
        parts.add(sql.rows("select id, active_holder, released_at from license_seat where holder_username = ?"
                + " order by id", person));
        parts.add(sql.rows("select seats_used, version from license_pool where id = ?", pool));
        parts.add(sql.rows("select state, custodian_username, version from equipment where id = ?", equipment));
        parts.add(sql.rows("select count(*) from equipment_custody where equipment_id = ?", equipment));
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
