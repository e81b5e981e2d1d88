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
import org.openqa.selenium.By;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk;
import org.sigti.it.procedures.Desk.Draft;

/**
 * S04.03.01.02 (procedures.md E8) walked in real browsers, each role from its own inbox. Human Resources registers the
 * cese (SIGTI's step 0), whose alert starts both branches at once. Accounts: the Profesional (infrastructure Técnico)
 * checks it (1) and disables the accounts (2), the Responsable de soporte técnico records where the mailbox PST was
 * stored (3) and deletes them, which releases the license seats (4). VPN: the help-desk Operador opens the ticket (5),
 * the cybersecurity team's Técnico Informático Especialista ({@code tecnico.ciber}; not the infrastructure Técnico)
 * finds the VPN user in the inventory (6) and deletes it (8), the Operador keeps the register (9) and closes the
 * ticket (10); without a VPN user, 6 → 7 → 10. SIGTI's 10.F closes the case once both branches are done. Only
 * Human Resources ({@code rrhh}) and the authorities register a cese. Steps 11-17, twice a year: the coordinator's oficio to the OGRH (11), sent by the Jefe (12), who records the DGRRHH's list with the
 * list attached (13); the coordinator names the bajas still holding accounts (14), the Profesional deletes them (15),
 * the coordinator writes the Informe de eliminación de cuentas (16) and the Jefe takes note (17). Four eyes: nobody
 * approves at step 1 the baja of their own accounts. The people's accounts come from {@link AccountsFixture}.
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
    void a_cese_removes_the_accounts_and_the_vpn_user_in_two_branches_at_once_that_meet_before_closing()
            throws Exception {
        String person = someone("cese");
        String licensed = personWithAccounts(person, "Carla Cese Final", "DIPEC", true);
        Desk.Filed filed = desk("rrhh.mindef").file(Draft.of(E8, null, "Cese de Carla Cese Final",
                "Cese registrado en el sistema de Recursos Humanos con fecha 30/11."));
        String n = filed.number();
        long id = filed.id();

        Desk tecnico = desk("tecnico.infra").openFromInbox(n, "1");
        assertEquals(List.of("1=true", "5=false"), tecnico.openSteps(), "the alert starts both branches at once");
        tecnico.act("1", "continuar", "persona_usuario", person, "persona_nombre", "Carla Cese Final",
                        "persona_unidad", "DGA")
                .act("2", "continuar");
        assertEquals("AD,DISABLED;OWA,DISABLED;" + licensed + ",DISABLED;VPN,ACTIVE;", rows("select platform_code,"
                + " status from account where person_username = ? order by 1", person),
                "disabled at step 2, the VPN user left to the VPN branch");
        assertEquals("0;", rows("select count(*) from account_privilege p join account a on a.id = p.account_id"
                + " where a.person_username = ?", person), "privileges removed at step 2");

        Desk operador = desk("operador.mesa");
        assertEquals(List.of(person + " VPN Activa"), accountsScreen(operador, "VPN", "ACTIVE", person),
                "step 5: the operator checks the inventory of VPN users");
        operador.openFromInbox(n, "5").act("5", "continuar", "persona_usuario", person, "persona_nombre",
                "Carla Cese Final", "persona_unidad", "DGA");
        assertTrue(tecnico.open(id).openSteps().contains("6=false"),
                "step 6 is the cybersecurity team's: the infrastructure Técnico may not act on it");
        desk("tecnico.ciber").openFromInbox(n, "6").act("6", "activo").act("8", "continuar");
        assertEquals(List.of(person + " VPN Cerrada"), accountsScreen(operador, "VPN", "CLOSED", person),
                "the register of deleted VPN users lists it");

        String pst = "\\\\storage01\\pst\\" + person + ".pst";
        Desk soporte = desk("tecnico.soporte").openFromInbox(n, "3").act("3", "continuar", "pst_ubicacion", pst);
        assertTrue(soporte.shows("S04.03.01.02.C"), "step 4 says the manual's step 11 is the semiannual case");
        soporte.act("4", "continuar");
        assertEquals("OPEN", soporte.status(), "the accounts branch is done; the VPN branch is not");

        operador.openFromInbox(n, "9").act("9", "continuar").act("10", "continuar").act("10.F", "cerrar")
                .assertClosed("");
        assertEquals(List.of("0 → 1,5", "1 → 2", "2 → 3", "5 → 6", "6 → 8", "8 → 9", "3 → 4", "4 → ", "9 → 10",
                "10 → 10.F", "10.F → END"), operador.completions(), "4 opens nothing: 10.F waits for the VPN branch");
        assertEquals("AD,CLOSED,tecnico.soporte," + id + ";OWA,CLOSED,tecnico.soporte," + id + ";" + licensed
                + ",CLOSED,tecnico.soporte," + id + ";VPN,CLOSED,tecnico.ciber," + id + ";", rows("select"
                + " platform_code, status, closed_by, close_case_id from account where person_username = ? order by 1",
                person));
        assertEquals(pst + ",3,tecnico.soporte;", rows("select f.value_text, f.step_code, f.recorded_by from"
                + " case_field f join work_case c on c.id = f.case_id where c.case_number = ? and f.name = 'pst_ubicacion'",
                n));
        assertEquals("null,tecnico.soporte," + id + ";", rows("select s.active_holder, s.released_by,"
                + " s.released_case_id from license_seat s where s.holder_username = ?", person), "seat released");
        assertEquals("0;", rows("select seats_used from license_pool where code = ?", "POOL-" + licensed));
    }

    @Test
    void a_vpn_branch_without_a_vpn_user_goes_6_7_10_and_waits_at_the_join_for_the_accounts_branch()
            throws Exception {
        String person = someone("sinvpn");
        personWithAccounts(person, "Sergio Sin VPN", "DIPEC", false);
        String n = desk("rrhh.mindef").file(Draft.of(E8, null, "Cese de Sergio Sin VPN",
                "Cese registrado en el sistema de Recursos Humanos.")).number();
        desk("operador.mesa").openFromInbox(n, "5").act("5", "continuar", "persona_usuario", person, "persona_nombre",
                "Sergio Sin VPN");
        Desk especialista = desk("tecnico.ciber").openFromInbox(n, "6");
        String refused = especialista.tryAct("6", "activo");
        assertTrue(refused.contains("no tiene un usuario VPN activo de " + person), refused);
        especialista.act("6", "no_existe").act("7", "continuar");
        Desk operador = desk("operador.mesa").openFromInbox(n, "10").act("10", "continuar");
        assertEquals(List.of("1=false"), operador.openSteps(), "10.F waits until the accounts branch arrives");
        assertEquals(List.of("0 → 1,5", "5 → 6", "6 → 7", "7 → 10", "10 → "), operador.completions());
        assertEquals("3;", rows("select count(*) from account where person_username = ? and status = 'ACTIVE'",
                person), "nothing was removed yet");
    }

    @Test
    void twice_a_year_the_ogrh_list_leads_to_the_informe_de_eliminacion_de_cuentas_the_jefe_takes_note_of()
            throws Exception {
        String left = someone("pendiente");
        personWithAccounts(left, "Pedro Baja Pendiente", "DGA", true);
        Desk.Filed filed = reconciliation("P" + someone(""));
        String n = filed.number();

        Desk coordinador = desk("responsable.infra").openFromInbox(n, "11")
                .act("11", "continuar", "oficio_ogrh", "OFICIO N° 0123-2026-MINDEF/OGTIE");
        Desk jefe = desk("jefe.ogtie").openFromInbox(n, "12").act("12", "continuar");
        String noList = jefe.tryAct("13", "continuar", "listado_rrhh", "MEMORANDO N° 045-2026-MINDEF/DGRRHH");
        assertTrue(noList.contains("Adjunte al caso " + n + " el listado de altas y bajas"), noList);
        jefe.attach(scan("listado-altas-bajas-" + left + ".pdf"))
                .act("13", "continuar", "listado_rrhh", "MEMORANDO N° 045-2026-MINDEF/DGRRHH");

        coordinador.openFromInbox(n, "14").act("14", "diferencias", "cuentas_por_eliminar", left);
        desk("tecnico.infra").openFromInbox(n, "15").act("15", "continuar", "pst_ubicacion",
                "\\\\storage01\\pst\\conciliacion");
        assertEquals("AD,CLOSED,tecnico.infra;OWA,CLOSED,tecnico.infra;VPN,CLOSED,tecnico.infra;", rows("select"
                + " platform_code, status, closed_by from account where person_username = ? and platform_code in"
                + " ('AD', 'OWA', 'VPN') order by 1", left), "step 15 deletes what the baja still held");

        coordinador.openFromInbox(n, "16");
        String incomplete = coordinador.tryAct("16", "continuar", "informe_numero", "INFORME N° 007-2026-OGTIE",
                "informe_cuentas", "Sin cuentas eliminadas");
        assertTrue(incomplete.contains("falta " + left), incomplete);
        coordinador.act("16", "continuar", "informe_numero", "INFORME N° 007-2026-OGTIE", "informe_cuentas",
                left + ": AD, OWA, VPN y su plataforma con licencia");
        desk("jefe.ogtie").openFromInbox(n, "17").act("17", "conocimiento").assertClosed("");
        assertEquals(List.of("0 → 11", "11 → 12", "12 → 13", "13 → 14", "14 → 15", "15 → 16", "16 → 17",
                "17 → END"), jefe.completions());
        assertEquals("oficio_ogrh,11,responsable.infra;listado_rrhh,13,jefe.ogtie;informe_numero,16,responsable.infra;",
                rows("select f.name, f.step_code, f.recorded_by from case_field f join work_case c on c.id ="
                        + " f.case_id where c.case_number = ? and f.name in ('oficio_ogrh', 'listado_rrhh',"
                        + " 'informe_numero') order by f.step_code, f.name", n));
    }

    @Test
    void the_profesional_is_not_offered_the_cese_and_may_not_approve_the_baja_of_their_own_accounts()
            throws Exception {
        Desk tecnico = desk("tecnico.infra");
        assertFalse(offered(tecnico).contains(E8), "only Human Resources and the authorities register a cese");
        assertTrue(offered(desk("rrhh.mindef")).contains(E8));
        Desk.Filed own = desk("rrhh.mindef").file(Draft.of(E8, null, "Cese del propio Profesional",
                "Cese registrado en el sistema de Recursos Humanos."));
        String said = tecnico.openFromInbox(own.number(), "1").tryAct("1", "continuar", "persona_usuario", "tecnico.infra",
                "persona_nombre", "Andrés Molina Cabrera");
        tecnico.screenshot("four-eyes");
        assertTrue(said.contains("No puede aprobar ni ejecutar el caso " + own.number() + ": las cuentas son suyas"),
                said);
        assertTrue(said.contains("cuatro ojos"), said);
        assertTrue(tecnico.openSteps().contains("1=true"), "step 1 still waits");
        assertEquals("tecnico.infra,ACCESS_DENIED;", rows("select username, kind from security_event where object_type ="
                + " 'case' and object_id = ? and action like '%four eyes%'", String.valueOf(own.id())));
    }

    /** The procedures the person's "Nueva solicitud" offers. */
    private static List<String> offered(Desk desk) {
        desk.browser().open(Sigti.BASE_URL + "/request.xhtml");
        return desk.browser().all(By.cssSelector("[id='request:procedure'] option")).stream()
                .map(o -> o.getAttribute("value")).toList();
    }
}
