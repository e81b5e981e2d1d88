package org.sigti.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
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
import org.sigti.accounts.AccountFilter;
import org.sigti.accounts.AccountRow;
import org.sigti.accounts.Accounts;
import org.sigti.accounts.PlatformDraft;
import org.sigti.accounts.PlatformException;
import org.sigti.accounts.PlatformRow;
import org.sigti.accounts.Platforms;
import org.sigti.accounts.PrivilegeDraft;
import org.sigti.accounts.PrivilegeGrant;
import org.sigti.accounts.PrivilegeRow;
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
 * The administration of account platforms and their privileges ({@link Platforms}) inside the deployed EAR: a
 * Responsable registers, describes and deactivates a platform and its privileges, each change on the platform's
 * trail; a taken code and a stale version are refused with nothing saved; a Técnico is refused and the denial
 * recorded; a platform with accounts is never deleted; a deactivated platform (or retired privilege) is refused by
 * SEPREM-DI-001.1's alta; the accounts list tells who granted each privilege, when and by which case. Each test has
 * its own catalog system.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformsIT {

    private static final String SERVICES = "java:global/sigti/sigti-ejb/";
    private static final String SEPREM = "SEPREM";

    @EJB(lookup = SERVICES + "Platforms!org.sigti.accounts.Platforms")
    Platforms platforms;

    @EJB(lookup = SERVICES + "Accounts!org.sigti.accounts.Accounts")
    Accounts accounts;

    @EJB(lookup = AsRole.RESPONSABLE)
    AsRole asResponsable;

    @EJB(lookup = AsRole.TECNICO)
    AsRole asTecnico;

    @EJB(lookup = AsRole.AUDITOR)
    AsRole asAuditor;

    @EJB(lookup = AsRole.JEFE)
    AsRole asJefe;

    @Inject
    CaseEngine engine;

    @Inject
    org.sigti.workflow.Procedures procedures;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    DataSource db;

    @Inject
    org.sigti.security.trail.TrailLedgers trailLedgers;

    @Resource
    jakarta.transaction.UserTransaction tx;

    // SEPREM-DI-001.1 is SEPREM's, filed by its Human Resources: its first desk is the Dirección's DI-ASIST
    static final Actor RRHH = new Actor("pl.rrhh", "Rita RRHH", null, List.of("RRHH", "Solicitante"), "RRHH",
            "SEPREM");
    static final Actor ASISTENTE = new Actor("pl.asistente", "Ada Asistente", null, List.of("Operador", "Solicitante"),
            "DI-ASIST", "SEPREM");

    private Sql sql;
    private String code;
    private String pool;
    private int n;

    @Deployment
    static EnterpriseArchive sigtiWithProbe() {
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "platforms-probe.war")
                .addClasses(PlatformsIT.class, Sigti.class, Sql.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
        return Sigti.earWithProbe(probe);
    }

    /** A catalog system of its own with a license pool, not yet a platform. */
    @BeforeEach
    void system() throws SQLException {
        sql = new Sql(db);
        n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        code = "PT" + n;
        pool = "PTPOOL-" + n;
        long base = 3_000_000_000L + n * 10L;
        // AGETIC's: the run-as callers of AsRole are of the default institution
        sql.platform(base + 1, "AGETIC", code, "Sistema de prueba " + n, false);
        sql.licensePool(base + 2, "AGETIC", pool, "Licencia de prueba", 5, 0, base + 1);
    }

    @Test
    void a_responsable_registers_describes_and_deactivates_a_platform_and_its_privileges() throws Exception {
        // when: registered with its pool, a common and an uncommon privilege
        as(asResponsable, () -> platforms.create(new PlatformDraft(code.toLowerCase(), "Plataforma " + n, pool,
                "nombre.apellido")));
        as(asResponsable, () -> {
            platforms.addPrivilege(code, new PrivilegeDraft("usuario", "Usuario", false));
            platforms.addPrivilege(code, new PrivilegeDraft("USB", "Uso de USB", true));
            return null;
        });

        // then: the Auditor reads it as registered
        PlatformRow row = as(asAuditor, () -> platforms.get(code));
        assertEquals("Plataforma " + n, row.name());
        assertEquals(pool, row.licensePool());
        assertEquals("nombre.apellido", row.accountRule());
        assertTrue(row.active());
        assertEquals(2L, row.privileges());
        assertEquals(1L, row.uncommonPrivileges());
        assertEquals(0L, row.openAccounts());
        assertTrue(as(asAuditor, () -> platforms.page(false, 0, Platforms.MAX_PAGE)).stream()
                .anyMatch(p -> p.code().equals(code)) || as(asAuditor, () -> platforms.count(false)) > Platforms.MAX_PAGE);

        // when: described again (no pool), a privilege renamed, the platform deactivated
        as(asResponsable, () -> {
            platforms.change(code, row.version(), new PlatformDraft(code, "Plataforma renombrada", null, null));
            return null;
        });
        PrivilegeRow usb = privilege("USB");
        as(asResponsable, () -> {
            platforms.changePrivilege(code, "USB", usb.version(), new PrivilegeDraft("USB", "Dispositivos USB", true));
            return null;
        });
        PlatformRow changed = as(asAuditor, () -> platforms.get(code));
        as(asResponsable, () -> {
            platforms.setActive(code, changed.version(), false);
            return null;
        });

        // then
        PlatformRow after = as(asAuditor, () -> platforms.get(code));
        assertEquals("Plataforma renombrada", after.name());
        assertEquals(null, after.licensePool());
        assertEquals(false, after.active());
        assertEquals("Dispositivos USB", privilege("USB").name());
        assertTrue(as(asAuditor, () -> platforms.page(false, 0, Platforms.MAX_PAGE)).stream()
                .noneMatch(p -> p.code().equals(code)), "the active list leaves it out");
        assertEquals(List.of("DEACTIVATED", "PRIVILEGE_CHANGED", "CHANGED", "PRIVILEGE_ADDED", "PRIVILEGE_ADDED",
                "CREATED"), as(asAuditor, () -> platforms.changes(code)).stream().map(c -> c.action()).toList());
        assertEquals(6, sql.number("select count(*) from platform_change where platform_code = ? and actor is not null",
                code));
    }

    @Test
    void a_taken_code_is_refused_and_nothing_is_saved() throws Exception {
        as(asResponsable, () -> platforms.create(new PlatformDraft(code, "Primera", null, null)));
        as(asResponsable, () -> {
            platforms.addPrivilege(code, new PrivilegeDraft("VER", "Ver", false));
            return null;
        });
        long changes = sql.number("select count(*) from platform_change where platform_code = ?", code);

        PlatformException platform = assertThrows(PlatformException.class, () -> as(asResponsable,
                () -> platforms.create(new PlatformDraft(" " + code.toLowerCase() + " ", "Segunda", null, null))));
        assertEquals("platforms.invalid", platform.messageKey());
        assertEquals(Map.of("code", "platforms.code.taken"), platform.fieldProblems());
        PlatformException privilege = assertThrows(PlatformException.class, () -> as(asResponsable, () -> {
            platforms.addPrivilege(code, new PrivilegeDraft("ver", "Otra", true));
            return null;
        }));
        assertEquals(Map.of("code", "platforms.privilege.taken"), privilege.fieldProblems());

        assertEquals("Primera", sql.text("select name from account_platform where platform_code = ?", code));
        assertEquals("Ver", sql.text("select name from platform_privilege where platform_code = ? and code = 'VER'",
                code));
        assertEquals(changes, sql.number("select count(*) from platform_change where platform_code = ?", code));
        // and bad input names each field
        PlatformException bad = assertThrows(PlatformException.class, () -> as(asResponsable,
                () -> platforms.create(new PlatformDraft("NO EXISTE", " ", "NADA-" + n, null))));
        assertEquals(Map.of("code", "platforms.code.format", "name", "platforms.field.required", "licensePool",
                "platforms.pool.unknown"), bad.fieldProblems());
    }

    @Test
    void a_stale_version_is_refused_and_nothing_is_saved() throws Exception {
        as(asResponsable, () -> platforms.create(new PlatformDraft(code, "Original", null, null)));
        as(asResponsable, () -> {
            platforms.addPrivilege(code, new PrivilegeDraft("VER", "Ver", false));
            return null;
        });
        PlatformRow seen = as(asAuditor, () -> platforms.get(code));
        PrivilegeRow seenPrivilege = privilege("VER");
        as(asResponsable, () -> {
            platforms.change(code, seen.version(), new PlatformDraft(code, "Primer cambio", null, null));
            platforms.changePrivilege(code, "VER", seenPrivilege.version(), new PrivilegeDraft("VER", "Ver todo", false));
            return null;
        });

        WorkflowException stale = assertThrows(WorkflowException.class, () -> as(asResponsable, () -> {
            platforms.change(code, seen.version(), new PlatformDraft(code, "Cambio tardío", null, null));
            return null;
        }));
        assertEquals("platforms.stale", stale.messageKey());
        WorkflowException stalePrivilege = assertThrows(WorkflowException.class, () -> as(asResponsable, () -> {
            platforms.setPrivilegeActive(code, "VER", seenPrivilege.version(), false);
            return null;
        }));
        assertEquals("platforms.stale", stalePrivilege.messageKey());
        assertThrows(WorkflowException.class, () -> as(asResponsable, () -> {
            platforms.setActive(code, seen.version(), false);
            return null;
        }));

        PlatformRow now = as(asAuditor, () -> platforms.get(code));
        assertEquals("Primer cambio", now.name());
        assertTrue(now.active());
        assertEquals("Ver todo", privilege("VER").name());
        assertTrue(privilege("VER").active());
    }

    @Test
    void a_tecnico_may_read_but_not_change_and_the_denial_is_recorded() throws Exception {
        long denials = sql.number("select count(*) from security_event where action = 'Platforms.create'"
                + " and object_id = ?", code);
        Exception refused = assertThrows(Exception.class, () -> as(asTecnico,
                () -> platforms.create(new PlatformDraft(code, "Del técnico", null, null))));
        assertTrue(causedBy(refused, EJBAccessException.class), refused::toString);
        assertEquals(denials + 1, sql.number("select count(*) from security_event where action = 'Platforms.create'"
                + " and object_id = ? and kind = 'ACCESS_DENIED'", code));
        assertEquals(0, sql.number("select count(*) from account_platform where platform_code = ?", code));
        // the Técnico and the Auditor read; neither changes
        as(asTecnico, () -> platforms.count(true));
        Exception auditor = assertThrows(Exception.class, () -> as(asAuditor, () -> {
            platforms.setActive("AD", 0, false);
            return null;
        }));
        assertTrue(causedBy(auditor, EJBAccessException.class), auditor::toString);
    }

    @Test
    void a_platform_with_accounts_is_deactivated_never_deleted() throws Exception {
        as(asResponsable, () -> platforms.create(new PlatformDraft(code, "Con cuentas", null, null)));
        sql.account(3_000_000_000L + n * 10L + 3, "AGETIC", code, "pl.ana", "pl.ana", "Ana", null, "jefe");
        PlatformRow row = as(asAuditor, () -> platforms.get(code));
        assertEquals(1L, row.openAccounts());

        WorkflowException refused = assertThrows(WorkflowException.class, () -> as(asResponsable, () -> {
            platforms.delete(code, row.version());
            return null;
        }));
        assertEquals("platforms.hasAccounts", refused.messageKey());
        assertEquals(1, sql.number("select count(*) from account_platform where platform_code = ?", code));

        // one without accounts goes, privileges and all
        String other = "PU" + n;
        sql.platform(3_000_000_000L + n * 10L + 4, "AGETIC", other, "Otro", false);
        as(asResponsable, () -> platforms.create(new PlatformDraft(other, "Sin cuentas", null, null)));
        as(asResponsable, () -> {
            platforms.addPrivilege(other, new PrivilegeDraft("VER", "Ver", false));
            platforms.delete(other, platforms.get(other).version());
            return null;
        });
        assertEquals(0, sql.number("select count(*) from account_platform where platform_code = ?", other));
        assertEquals(0, sql.number("select count(*) from platform_privilege where platform_code = ?", other));
        assertEquals("DELETED", sql.text("select action from platform_change where platform_code = ? order by id desc"
                + " fetch first 1 rows only", other));
    }

    @Test
    void an_alta_on_a_deactivated_platform_or_with_a_retired_privilege_is_refused() throws Exception {
        // the alta is SEPREM's (SEPREM-DI-001.1): a case gives accounts on its own institution's platforms only
        sql.update("update it_system set institution_code = 'SEPREM' where code = ?", code);
        sql.update("update license_pool set institution_code = 'SEPREM' where code = ?", pool);
        as(asResponsable, SEPREM, () -> platforms.create(new PlatformDraft(code, "Para altas", null, null)));
        as(asResponsable, SEPREM, () -> {
            platforms.addPrivilege(code, new PrivilegeDraft("VER", "Ver", false));
            platforms.addPrivilege(code, new PrivilegeDraft("VIEJO", "Retirado", false));
            platforms.setPrivilegeActive(code, "VIEJO", 0, false);
            platforms.setActive(code, platforms.get(code).version(), false);
            return null;
        });
        String person = "pl.persona" + n;

        // the platform deactivated: the alta's request is refused
        long c = file("Alta en plataforma desactivada " + n);
        String before = openStep(c);
        WorkflowException inactive = assertThrows(WorkflowException.class,
                () -> act(c, "continuar", order(person, code, code + ":VER")));
        assertEquals("accounts.platform.inactive", inactive.messageKey());
        assertEquals(List.of(code), inactive.arguments());
        assertEquals(before, openStep(c));

        // reactivated, a retired privilege is still refused, a current one passes
        as(asResponsable, SEPREM, () -> {
            platforms.setActive(code, platforms.get(code).version(), true);
            return null;
        });
        WorkflowException retired = assertThrows(WorkflowException.class,
                () -> act(c, "continuar", order(person, code, code + ":VIEJO")));
        assertEquals("accounts.privilege.inactive", retired.messageKey());
        act(c, "continuar", order(person, code, code + ":VER"));
        assertTrue(!before.equals(openStep(c)), "the request moved on");
        assertEquals(0, sql.number("select count(*) from account where person_username = ?", person));
    }

    @Test
    void the_accounts_list_tells_who_granted_each_privilege_when_and_by_which_case() throws Exception {
        as(asResponsable, () -> platforms.create(new PlatformDraft(code, "Con privilegios", null, null)));
        as(asResponsable, () -> {
            platforms.addPrivilege(code, new PrivilegeDraft("VER", "Ver", false));
            platforms.addPrivilege(code, new PrivilegeDraft("USB", "Dispositivos USB", true));
            return null;
        });
        long c = file("Modificación de privilegios " + n);
        String caseNumber = sql.text("select case_number from work_case where id = ?", c);
        String person = "pl.beto" + n;
        long account = 3_000_000_000L + n * 10L + 5;
        sql.account(account, "AGETIC", code, person, person, "Beto", null, "pl.jefe");
        sql.update("insert into account_privilege (account_id, privilege_code) values (?, 'VER')", account);
        sql.update("insert into account_privilege (account_id, privilege_code) values (?, 'USB')", account);
        // the account's events as SIGTI writes them: each entered in the trail's ledger in the same transaction
        tx.begin();
        sql.update("insert into account_event (id, account_id, occurred_at, actor, action, case_id, detail)"
                + " values (?, ?, CURRENT_TIMESTAMP, 'pl.jefe', 'GRANTED', NULL, 'VER')", account + 1, account);
        sql.update("insert into account_event (id, account_id, occurred_at, actor, action, case_id, detail)"
                + " values (?, ?, CURRENT_TIMESTAMP, 'pl.tecnico', 'PRIVILEGES', ?, '+ USB')", account + 2, account, c);
        trailLedgers.enter(org.sigti.security.trail.TrailTable.ACCOUNT_EVENT, account + 1);
        trailLedgers.enter(org.sigti.security.trail.TrailTable.ACCOUNT_EVENT, account + 2);
        tx.commit();

        List<AccountRow> rows = as(asAuditor, () -> accounts.page(new AccountFilter(code, null, person), 0, 20));
        assertEquals(1, rows.size());
        List<PrivilegeGrant> grants = rows.get(0).privilegeGrants();
        assertEquals(List.of("USB", "VER"), grants.stream().map(PrivilegeGrant::code).toList());
        PrivilegeGrant usb = grants.get(0);
        assertEquals("pl.tecnico", usb.grantedBy());
        assertEquals(c, usb.caseId());
        assertEquals(caseNumber, usb.caseNumber());
        assertTrue(usb.uncommon());
        assertEquals("Dispositivos USB", usb.name());
        PrivilegeGrant ver = grants.get(1);
        assertEquals("pl.jefe", ver.grantedBy());
        assertEquals(null, ver.caseId());
        assertTrue(!ver.uncommon());
    }

    // ---------------------------------------------------------------- helpers

    private PrivilegeRow privilege(String privilege) throws Exception {
        return as(asAuditor, () -> platforms.privileges(code)).stream().filter(p -> p.code().equals(privilege))
                .findFirst().orElseThrow();
    }

    private static <T> T as(AsRole role, Callable<T> work) throws Exception {
        return as(role, null, work);
    }

    /** As {@link #as(AsRole, Callable)}, the caller of {@code institution} (null: the default one). */
    private static <T> T as(AsRole role, String institution, Callable<T> work) throws Exception {
        try {
            return institution == null ? role.call(work) : role.callIn(institution, work);
        } catch (jakarta.ejb.EJBException wrapped) {
            if (wrapped.getCause() instanceof WorkflowException refused) {
                throw refused;
            }
            throw wrapped;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private Map<String, String> order(String person, String platforms, String privileges) {
        return Map.of("tipo", "ALTA", "persona_usuario", person, "persona_nombre", "Pepa Prueba", "persona_unidad",
                "DAF", "plataformas", platforms, "privilegios", privileges);
    }

    private long file(String title) throws Exception {
        ProcedureFlow flow = procedures.flow(SepremDi0011.CODE).orElseThrow();
        WorkCase c = asJefe.call(() -> engine.start(SepremDi0011.CODE, RRHH, new NewCase(title,
                "Solicitud de la Dirección de Recursos Humanos.", null, null, null, null, null), flow));
        return c.getId();
    }

    private void act(long caseId, String outcome, Map<String, String> fields) throws Exception {
        ProcedureFlow flow = procedures.flow(SepremDi0011.CODE).orElseThrow();
        long item = sql.number("select id from work_item where case_id = ? and status = 'OPEN'", caseId);
        long version = sql.number("select version from work_item where id = ?", item);
        try {
            asJefe.call(() -> engine.act(ASISTENTE, new Move(item, version, outcome, null, fields, null), flow));
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
        }
    }

    private String openStep(long caseId) throws SQLException {
        return sql.text("select step_code from work_item where case_id = ? and status = 'OPEN'", caseId);
    }
}
