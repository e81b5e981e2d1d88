package org.sigti.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.procedures.Desk;
import org.sigti.it.procedures.Desk.Draft;

/**
 * S04.03.01.02 (procedures.md E8) walked in real browsers, each role from its own inbox. Human Resources registers the
 * cese (SIGTI's step 0); the Profesional (infrastructure Técnico) checks it and picks the branch (1). Accounts: the
 * Profesional disables them (2), the Responsable de soporte técnico records where the mailbox PST was stored (3) and
 * deletes them, which releases the license seats (4); the case ends there, the manual's "→ 11" being the semiannual
 * access review. VPN: the help-desk Operador opens the ticket (5), the Técnico Informático Especialista finds the VPN
 * user in the inventory (6) and deletes it (8), the Operador sees it in the register of deleted VPN users (9) and
 * closes (10); without a VPN user, 6 → 7 → 10. Four eyes: whoever registered the baja cannot approve it at step 1.
 * The person's accounts come from {@link AccountsFixture}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountRemovalWalkIT extends AccountWalk {

    private static final String E8 = "S04.03.01.02";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() throws Exception {
        return earWithFixture();
    }

    @Test
    void a_cese_disables_then_deletes_the_accounts_with_the_pst_recorded_and_releases_the_seats() throws Exception {
        String person = someone("cese");
        String licensed = personWithAccounts(person, "Carla Cese Final", "RRHH", false);
        Desk.Filed filed = desk("solicitante").file(Draft.of(E8, null, "Cese de Carla Cese Final",
                "Cese registrado en el sistema de Recursos Humanos con fecha 30/11."));
        String n = filed.number();
        long id = filed.id();

        desk("tecnico").openFromInbox(n, "1")
                .act("1", "cuentas", "persona_usuario", person, "persona_nombre", "Carla Cese Final",
                        "persona_unidad", "RRHH")
                .act("2", "continuar");
        assertEquals("AD,DISABLED;" + licensed + ",DISABLED;ZIMBRA,DISABLED;", rows("select platform_code, status"
                + " from account where person_username = ? order by 1", person), "disabled at step 2");
        assertEquals("0;", rows("select count(*) from account_privilege p join account a on a.id = p.account_id"
                + " where a.person_username = ?", person), "privileges removed at step 2");

        String pst = "\\\\storage01\\pst\\" + person + ".pst";
        Desk soporte = desk("tecnico.soporte").openFromInbox(n, "3").act("3", "continuar", "pst_ubicacion", pst);
        assertTrue(soporte.shows("S04.03.01.02.R"), "step 4 says the manual's step 11 is the semiannual review");
        soporte.act("4", "eliminar").assertClosed("");
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 3", "3 → 4", "4 → END"), soporte.completions());

        assertEquals("AD,CLOSED,tecnico.soporte," + id + ";" + licensed + ",CLOSED,tecnico.soporte," + id
                + ";ZIMBRA,CLOSED,tecnico.soporte," + id + ";", rows("select platform_code, status, closed_by,"
                + " close_case_id from account where person_username = ? order by 1", person));
        assertEquals(pst + ",3,tecnico.soporte;", rows("select f.value_text, f.step_code, f.recorded_by from"
                + " case_field f join work_case c on c.id = f.case_id where c.case_number = ? and f.name = 'pst_ubicacion'",
                n));
        assertEquals("null,tecnico.soporte," + id + ";", rows("select s.active_holder, s.released_by,"
                + " s.released_case_id from license_seat s where s.holder_username = ?", person), "seat released");
        assertEquals("0;", rows("select seats_used from license_pool where code = ?", "POOL-" + licensed));
        assertEquals(List.of(person + " AD Cerrada", person + " " + licensed + " Cerrada", person + " ZIMBRA Cerrada"),
                accountsScreen(desk("auditor"), null, null, person));
    }

    @Test
    void a_vpn_removal_deletes_the_vpn_user_from_the_inventory_into_the_register_of_deleted_vpn_users()
            throws Exception {
        String person = someone("vpnbaja");
        Desk.Filed filed = vpnRemovalAt5(person, "Valeria Sin Remoto", true);
        String n = filed.number();
        Desk operador = desk("operador");
        assertEquals(List.of(person + " VPN Activa"), accountsScreen(operador, "VPN", "ACTIVE", person),
                "step 5: the operator checks the inventory of VPN users");
        operador.openFromInbox(n, "5").act("5", "continuar");
        desk("tecnico").openFromInbox(n, "6").act("6", "activo").act("8", "continuar");

        assertFalse(accountsScreen(operador, "VPN", "ACTIVE", person).stream().anyMatch(r -> r.startsWith(person)),
                "gone from the inventory of VPN users");
        assertEquals(List.of(person + " VPN Cerrada"), accountsScreen(operador, "VPN", "CLOSED", person),
                "the register of deleted VPN users lists it");
        operador.openFromInbox(n, "9").act("9", "continuar").act("10", "cerrar").assertClosed("");
        assertEquals(List.of("0 → 1", "1 → 5", "5 → 6", "6 → 8", "8 → 9", "9 → 10", "10 → END"),
                operador.completions());
        assertEquals("CLOSED,tecnico," + filed.id() + ";", rows("select status, closed_by, close_case_id from"
                + " account where platform_code = 'VPN' and person_username = ?", person));
        assertEquals("CLOSED,tecnico;", rows("select e.action, e.actor from account_event e join account a on a.id ="
                + " e.account_id where a.platform_code = 'VPN' and a.person_username = ?", person));
        assertEquals("3;", rows("select count(*) from account where person_username = ? and status = 'ACTIVE'",
                person), "the VPN branch leaves the other accounts alone");
    }

    @Test
    void a_vpn_removal_for_a_person_without_a_vpn_user_goes_6_7_10() throws Exception {
        String person = someone("sinvpn");
        String n = vpnRemovalAt5(person, "Sergio Sin VPN", false).number();
        desk("operador").openFromInbox(n, "5").act("5", "continuar");
        Desk especialista = desk("tecnico").openFromInbox(n, "6");
        String refused = especialista.tryAct("6", "activo");
        assertTrue(refused.contains("no tiene un usuario VPN activo de " + person), refused);
        especialista.act("6", "no_existe").act("7", "continuar");
        Desk operador = desk("operador").openFromInbox(n, "10").act("10", "cerrar");
        operador.assertClosed("");
        assertEquals(List.of("0 → 1", "1 → 5", "5 → 6", "6 → 7", "7 → 10", "10 → END"), operador.completions());
        assertEquals("3;", rows("select count(*) from account where person_username = ? and status = 'ACTIVE'",
                person), "nothing was removed");
    }

    @Test
    void whoever_registered_the_baja_may_not_approve_it() throws Exception {
        String person = someone("ojos");
        personWithAccounts(person, "Olga Cuatro Ojos", "RRHH", false);
        Desk tecnico = desk("tecnico");
        Desk.Filed own = tecnico.file(Draft.of(E8, null, "Baja registrada por el propio Profesional",
                "Cese informado por teléfono; lo registro yo mismo."));
        String said = tecnico.openFromInbox(own.number(), "1").tryAct("1", "cuentas", "persona_usuario", person,
                "persona_nombre", "Olga Cuatro Ojos");
        tecnico.screenshot("four-eyes");
        assertTrue(said.contains("No puede aprobar el caso " + own.number() + ": usted lo solicitó"), said);
        assertTrue(said.contains("cuatro ojos"), said);
        assertTrue(tecnico.openSteps().stream().anyMatch(s -> s.startsWith("1=")), "step 1 still waits");
        assertEquals("tecnico,ACCESS_DENIED;", rows("select username, kind from security_event where object_type ="
                + " 'case' and object_id = ? and action like '%four eyes%'", String.valueOf(own.id())));
        assertEquals("3;", rows("select count(*) from account where person_username = ? and status = 'ACTIVE'",
                person), "nothing was disabled");
    }

    /** A person with accounts (and a VPN user or not) whose VPN removal is filed and sent to step 5 (1 → 5). */
    private Desk.Filed vpnRemovalAt5(String person, String name, boolean vpn) throws Exception {
        personWithAccounts(person, name, "RRHH", vpn);
        Desk.Filed filed = desk("solicitante").file(Draft.of(E8, null, "Retiro del acceso VPN de " + name,
                "Cese del trabajo remoto; retirar el acceso VPN."));
        desk("tecnico").openFromInbox(filed.number(), "1").act("1", "vpn", "persona_usuario", person,
                "persona_nombre", name, "persona_unidad", "RRHH");
        return filed;
    }
}
