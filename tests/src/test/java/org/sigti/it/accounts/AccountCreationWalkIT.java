package org.sigti.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * S04.03.01.01 (procedures.md E7) walked in real browsers, each role from its own inbox: the person files the ticket
 * (1), the help-desk Operador validates it and records the person, platforms and privileges (2) and assigns it (4),
 * the Profesional (infrastructure Técnico) checks it (7), the Secretario General ({@code autoridad.mindef}) gives the
 * signed authorization in person with its scan (7.SG), the Profesional creates the accounts (9), the infrastructure Responsable sends the
 * mass mail (10), the Operador routes it (18), support delivers (19) and the Operador closes (20). The VPN branch (7 →
 * 11 … 17) creates the VPN user, which then is in the inventory of VPN users; its steps 13-16 are the cybersecurity
 * team's Técnico Informático Especialista's ({@code tecnico.ciber}, queue CIBER), not the infrastructure Técnico's; a
 * second request for the same person ends at 14. The return branch (2 → 3) mails the requester the reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountCreationWalkIT extends AccountWalk {

    private static final String E7 = "S04.03.01.01";
    private static final String MARIA_MAIL = "solicitante.mindef@sigti.example";
    private static final String MASS_MAIL = "cuentas-nuevas@sigti.example";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() throws Exception {
        return earWithFixture();
    }

    @Test
    void a_new_account_with_an_uncommon_privilege_needs_the_secretario_generals_authorization_and_is_announced()
            throws Exception {
        String person = someone("alta");
        Desk.Filed filed = desk("solicitante.mindef").file(Draft.of(E7, null, "Cuenta nueva con uso de USB",
                "Ingresa a RR. HH. por CAS; necesita red, correo y USB para el escáner de expedientes."));
        String n = filed.number();

        desk("operador.mesa").openFromInbox(n, "2")
                .act("2", "cumple", "persona_usuario", person, "persona_nombre", "Rosa Alta Nueva", "persona_unidad",
                        "DGA", "plataformas", "AD, OWA", "privilegios", "AD:USUARIO, AD:USB, OWA:BUZON")
                .act("4", "nueva");

        Desk profesional = desk("tecnico.infra").openFromInbox(n, "7");
        String refused = profesional.tryAct("7", "cuenta");
        assertTrue(refused.contains("Se piden privilegios no comunes (AD:USB)"), refused);
        profesional.act("7", "no_comunes");

        Desk secretario = desk("autoridad.mindef").openFromInbox(n, "7.SG"); // the Secretario General, in person
        String noScan = secretario.tryAct("7.SG", "cuenta", "autorizacion_sg", "OFICIO N° 0042-2026-MINDEF/SG");
        assertTrue(noScan.contains("Adjunte al caso " + n + " el escaneo de la autorización firmada"), noScan);
        secretario.attach(scan("autorizacion-sg-" + person + ".pdf"))
                .act("7.SG", "cuenta", "autorizacion_sg", "OFICIO N° 0042-2026-MINDEF/SG");

        profesional.openFromInbox(n, "9").act("9", "continuar");
        desk("responsable.infra").openFromInbox(n, "10").act("10", "continuar");
        desk("operador.mesa").openFromInbox(n, "18").act("18", "continuar");
        desk("tecnico.soporte").openFromInbox(n, "19").act("19", "continuar");
        Desk operador = desk("operador.mesa").openFromInbox(n, "20").act("20", "cerrar");

        operador.assertClosed("");
        assertEquals(List.of("1 → 2", "2 → 4", "4 → 7", "7 → 7.SG", "7.SG → 9", "9 → 10", "10 → 18", "18 → 19",
                "19 → 20", "20 → END"), operador.completions());
        long id = filed.id();
        assertEquals("AD,ACTIVE,tecnico.infra," + id + ";OWA,ACTIVE,tecnico.infra," + id + ";", rows("select platform_code,"
                + " status, granted_by, grant_case_id from account where person_username = ? order by 1", person),
                "the accounts, who granted them and the request that ordered them");
        assertEquals("AD:USB;AD:USUARIO;OWA:BUZON;", rows("select a.platform_code || ':' || p.privilege_code from"
                + " account_privilege p join account a on a.id = p.account_id where a.person_username = ? order by 1",
                person));
        assertEquals("OFICIO N° 0042-2026-MINDEF/SG,7.SG,autoridad.mindef;", rows("select f.value_text, f.step_code,"
                + " f.recorded_by from case_field f join work_case c on c.id = f.case_id where c.case_number = ? and"
                + " f.name = 'autorizacion_sg'", n));
        assertEquals("autorizacion-sg-" + person + ".pdf,autoridad.mindef;", rows("select a.file_name, a.uploaded_by from"
                + " case_attachment a join work_case c on c.id = a.case_id where c.case_number = ?", n));
        assertEquals("GRANTED,tecnico.infra;GRANTED,tecnico.infra;", rows("select e.action, e.actor from account_event e join"
                + " account a on a.id = e.account_id where a.person_username = ? order by e.id", person));
        var mass = mailbox.await(n, MASS_MAIL, "[" + n + "] Cuentas nuevas", "- AD: " + person
                + " (Rosa Alta Nueva, DGA) USB, USUARIO");
        assertTrue(mass.body().contains("- OWA: " + person), mass::body);
        assertTrue(mass.body().contains("SISTRADOC"), mass::body);
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud cerrada", n);
        assertEquals(List.of(person + " AD Activa", person + " OWA Activa"),
                accountsScreen(operador, null, null, person));
    }

    @Test
    void a_vpn_user_is_created_into_the_inventory_and_a_second_request_for_the_same_person_ends_at_14()
            throws Exception {
        String person = someone("vpn");
        Desk.Filed first = desk("solicitante.mindef").file(Draft.of(E7, null, "Acceso VPN para trabajo remoto",
                "Trabajo remoto aprobado por la jefatura; adjunto acta y constancia del curso de cibersoldado."));
        String n = first.number();
        vpnRequestUpTo13(n, person);

        assertEquals(List.of("13=false"), desk("tecnico.infra").open(first.id()).openSteps(),
                "step 13 is the cybersecurity team's: the infrastructure Técnico may not act on it");
        Desk especialista = desk("tecnico.ciber").openFromInbox(n, "13");
        String notThere = especialista.tryAct("13", "existe");
        assertTrue(notThere.contains("no tiene un usuario VPN activo de " + person), notThere);
        especialista.act("13", "no_existe").act("15", "continuar").act("16", "continuar");
        // step 16: the credentials go to the help desk's Operador (logged in at step 2) by institutional mail
        mailbox.await(n, "operador.mesa@sigti.example", "[" + n + "] Credenciales VPN de " + person,
                "Titular: Víctor Remoto");

        Desk operador = desk("operador.mesa");
        assertEquals(List.of(person + " VPN Activa"), accountsScreen(operador, "VPN", "ACTIVE", person),
                "the operator sees the new VPN user in the inventory of VPN users (step 17's register)");
        operador.openFromInbox(n, "17").act("17", "continuar").act("18", "continuar");
        desk("tecnico.soporte").openFromInbox(n, "19").act("19", "continuar");
        operador.openFromInbox(n, "20").act("20", "cerrar").assertClosed("");
        assertEquals(List.of("1 → 2", "2 → 4", "4 → 7", "7 → 11", "11 → 12", "12 → 13", "13 → 15", "15 → 16",
                "16 → 17", "17 → 18", "18 → 19", "19 → 20", "20 → END"), operador.completions());
        assertEquals("ACTIVE,tecnico.ciber," + first.id() + ";", rows("select status, granted_by, grant_case_id"
                + " from account where platform_code = 'VPN' and person_username = ?", person));

        // the same person asks again: the inventory already has the VPN user
        Desk.Filed second = desk("solicitante.mindef").file(Draft.of(E7, null, "Acceso VPN (nuevo pedido)",
                "Pedido repetido de acceso VPN para trabajo remoto."));
        String m = second.number();
        vpnRequestUpTo13(m, person);
        especialista.openFromInbox(m, "13");
        String there = especialista.tryAct("13", "no_existe");
        assertTrue(there.contains("ya tiene un usuario VPN activo de " + person), there);
        especialista.act("13", "existe").act("14", "continuar");
        operador.openFromInbox(m, "3").act("3", "devolver", "comment", "El usuario VPN de " + person + " ya existe.")
                .assertClosed("");
        assertEquals(List.of("1 → 2", "2 → 4", "4 → 7", "7 → 11", "11 → 12", "12 → 13", "13 → 14", "14 → 3",
                "3 → END"), operador.completions());
        assertEquals("1;", rows("select count(*) from account where platform_code = 'VPN' and person_username = ?",
                person), "still one VPN user");
        mailbox.await(m, MARIA_MAIL, "[" + m + "] Solicitud cerrada", "ya existe");
    }

    @Test
    void a_vpn_request_with_the_remote_work_privilege_passes_by_the_secretario_general_into_the_vpn_branch()
            throws Exception {
        String person = someone("tele");
        String n = desk("solicitante.mindef").file(Draft.of(E7, null, "VPN con privilegio de trabajo remoto",
                "Trabajo remoto por VPN; acta firmada y constancia del curso de cibersoldado adjuntas.")).number();
        desk("operador.mesa").openFromInbox(n, "2")
                .act("2", "cumple", "persona_usuario", person, "persona_nombre", "Tania Remota", "persona_unidad",
                        "DGA", "plataformas", "VPN", "privilegios", "VPN:TELETRABAJO")
                .act("4", "nueva");
        Desk profesional = desk("tecnico.infra").openFromInbox(n, "7");
        String refused = profesional.tryAct("7", "vpn");
        assertTrue(refused.contains("Se piden privilegios no comunes (VPN:TELETRABAJO)"), refused);
        profesional.act("7", "no_comunes");
        desk("autoridad.mindef").openFromInbox(n, "7.SG").attach(scan("autorizacion-vpn-" + person + ".pdf"))
                .act("7.SG", "vpn", "autorizacion_sg", "OFICIO N° 0043-2026-MINDEF/SG");
        profesional.openFromInbox(n, "11").act("11", "continuar");
        desk("operador.mesa").openFromInbox(n, "12").act("12", "continuar");
        Desk especialista = desk("tecnico.ciber").openFromInbox(n, "13").act("13", "no_existe").act("15", "continuar");
        assertEquals(List.of("1 → 2", "2 → 4", "4 → 7", "7 → 7.SG", "7.SG → 11", "11 → 12", "12 → 13", "13 → 15",
                "15 → 16"), especialista.completions());
        assertEquals("VPN,ACTIVE,TELETRABAJO;", rows("select a.platform_code, a.status, p.privilege_code from account"
                + " a join account_privilege p on p.account_id = a.id where a.person_username = ?", person));
    }

    @Test
    void a_request_without_its_requirements_is_returned_to_the_requester_by_mail() throws Exception {
        String person = someone("dev");
        Desk.Filed filed = desk("solicitante.mindef").file(Draft.of(E7, null, "Cuenta para personal por orden de servicio",
                "Contratado por orden de servicio desde el lunes."));
        String n = filed.number();
        String reason = "Falta la copia de la orden de servicio y el acta de aceptación del riesgo (Formato N°01).";
        Desk operador = desk("operador.mesa").openFromInbox(n, "2")
                .act("2", "no_cumple", "persona_usuario", person, "persona_nombre", "Pedro Orden Servicio",
                        "plataformas", "AD")
                .act("3", "devolver", "comment", reason);
        operador.assertClosed("");
        assertEquals(List.of("1 → 2", "2 → 3", "3 → END"), operador.completions());
        mailbox.await(n, MARIA_MAIL, "[" + n + "] Solicitud cerrada", reason);
        assertEquals("", rows("select platform_code from account where person_username = ?", person),
                "nothing was created");
    }

    /** Files nothing: takes a VPN request already filed through 2, 4, 7 and 11 up to step 13. */
    private void vpnRequestUpTo13(String n, String person) {
        desk("operador.mesa").openFromInbox(n, "2")
                .act("2", "cumple", "persona_usuario", person, "persona_nombre", "Víctor Remoto", "persona_unidad",
                        "DGA", "plataformas", "VPN")
                .act("4", "nueva");
        desk("tecnico.infra").openFromInbox(n, "7").act("7", "vpn").act("11", "continuar");
        desk("operador.mesa").openFromInbox(n, "12").act("12", "continuar");
    }
}
