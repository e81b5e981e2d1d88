package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * S04.04.00.02 (procedures.md E20), contención de spam y phishing. A successful phishing walked in real browsers, each
 * step by its own role from its own inbox: any employee (solicitante.mindef) reports it (1); the help desk
 * (operador.mesa) registers and classifies it (2); the cybersecurity team's Técnico Informático Especialista
 * (tecnico.ciber) measures the impact (3), sends the alert from the alert address to the users involved, the Jefe and
 * the Oficial de Seguridad Digital (4), analyses the mail (5), finds the phishing succeeded (8), alerts the compromised
 * user (11) and instructs infrastructure (12); then, at once, the blocks on the blocklist (18; a private IP refused),
 * the closing (19) and the cybersecurity coordinator's report (20, responsable.ciber) ∥ the help desk's ticket (13),
 * the Responsable de infraestructura tecnológica (tecnico.infra) deleting the compromised OWA account (14) and
 * creating the new one (15) in the accounts register with the case in their history, the mailbox analysis (16) and
 * the SGSI specialist's awareness talk (17, especialista.sgsi); the Jefe (jefe.ogtie) takes note once both are done
 * (21). The spam branch (2 → 7), moved in the server: its block of a domain another case blocked is reported, not
 * duplicated, and the register counts it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhishingWalkIT extends Walk {

    private static final String CODE = "S04.04.00.02";
    private static final String ALERT = "alerta@sigti.example";
    /** An alert goes to more people than the outbox sends to at once: the rest leave on its sweep (≤ 30 s). */
    private static final long ALERT_WAIT_MILLIS = 45_000;
    private static final Person TECNICO_CIBER = new Person("tecnico.ciber", "Víctor Núñez Carrasco",
            "tecnico.ciber@sigti.example", "CIBER", List.of("Tecnico", "Solicitante"), "MINDEF");
    private static final Person ESPECIALISTA_SGSI = new Person("especialista.sgsi", "Rocío Salazar Valdivia",
            "especialista.sgsi@sigti.example", "SGSI", List.of("Responsable", "Solicitante"), "MINDEF");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void a_successful_phishing_is_contained_in_two_parallel_branches_each_step_by_its_own_role() {
        // given the people the alerts go to, known to SIGTI, and the compromised person's AD and OWA accounts
        long k = System.currentTimeMillis() % 10_000_000;
        String victim = "victima" + k;
        String domain = "banco-falso" + k + ".example";
        knownInServer(JEFE_OGTIE);
        knownInServer(ESPECIALISTA_SGSI);
        knownInServer(SOLICITANTE_MINDEF);
        Person compromised = new Person(victim, "Pedro Víctima " + k, victim + "@sigti.example", "DGA",
                List.of("Solicitante"), "MINDEF");
        knownInServer(compromised);
        assertEquals("ok", fixture("/phishing-accounts", "person", victim, "personName", compromised.name()));

        // 1: any employee reports the mail
        Filed c = desk("solicitante.mindef").file(Draft.of(CODE, null, "Correo sospechoso del banco " + k,
                "Recibí un correo de avisos@" + domain + " que pide mi clave."));
        String number = c.number();

        // 2: the help desk registers the ticket and classifies it as phishing
        desk("operador.mesa").openFromInbox(number, "2").act("2", "continuar", "usuario_reporta",
                "solicitante.mindef", "unidad_organizacion", "DGA", "remitente", "avisos@" + domain, "tipo_correo",
                "PHISHING");

        // 3-5: the impact, the alert from the alert address, the analysis
        Desk ciber = desk("tecnico.ciber").openFromInbox(number, "3")
                .act("3", "continuar", "impacto", "2", "usuarios_involucrados",
                        SOLICITANTE_MINDEF.email() + "\n" + compromised.email())
                .act("4", "continuar");
        for (String to : List.of(SOLICITANTE_MINDEF.email(), compromised.email(), JEFE_OGTIE.email(),
                ESPECIALISTA_SGSI.email())) {
            Mailbox.Mail alert = mailbox.await(number, to, "correo de phishing (inválido)", "Haga caso omiso",
                    ALERT_WAIT_MILLIS);
            assertEquals(ALERT, alert.from(), () -> "the alert to " + to + " comes from the alert address");
        }
        ciber.act("5", "phishing", "ips_encabezados", "198.51.100.23", "enlaces", "https://" + domain + "/clave")
                .act("8", "concretado")
                .act("11", "continuar", "usuarios_comprometidos", victim);
        assertEquals(ALERT, mailbox.await(number, compromised.email(), "cuenta comprometida", "bloqueo temporal",
                ALERT_WAIT_MILLIS).from());
        assertEquals(ALERT, mailbox.await(number, JEFE_OGTIE.email(), "cuenta comprometida", "se concretó",
                ALERT_WAIT_MILLIS).from());
        ciber.act("12", "comunicar", "instrucciones_infraestructura", "Bloqueo temporal de " + victim + ", bloqueo"
                + " de OWA, análisis del buzón y cambio de contraseña");
        assertEquals(List.of("13=false", "18=true"), ciber.openSteps(), "12 opens both branches at once");

        // 18: a private address is refused and changes nothing; the public ones go on the blocklist
        String refused = ciber.tryAct("18", "continuar", "bloquear_ips", "10.1.2.3");
        assertTrue(refused.contains("«10.1.2.3» no es una dirección IP pública"), refused);
        assertEquals("", rows("select entry_value from blocklist_entry where case_id = " + c.id()));
        ciber.act("18", "continuar", "bloquear_cuentas", "Avisos@" + domain, "bloquear_dominios", domain,
                "bloquear_ips", "198.51.100.23", "bloquear_enlaces", "https://" + domain + "/clave")
                .act("19", "continuar");
        assertEquals(List.of(List.of("SENDER", "avisos@" + domain, number, "No"),
                List.of("DOMAIN", domain, number, "No"), List.of("IP", "198.51.100.23", number, "No"),
                List.of("URL", "https://" + domain + "/clave", number, "No")), register(ciber, number));

        // 20: the cybersecurity coordinator's report; 21 waits for the remediation branch
        Desk coordinator = desk("responsable.ciber").openFromInbox(number, "20").act("20", "continuar", "informe",
                "Phishing concretado con " + victim + ": cuenta comprometida, bloqueos aplicados.",
                "expediente_sistradoc", "EXP-" + k);
        assertEquals(List.of("13=false"), coordinator.openSteps(), "the Jefe's 21 waits for 13-17");

        // 13-17: the ticket, the account deleted and recreated, the mailbox analysis, the awareness talk
        desk("operador.mesa").openFromInbox(number, "13").act("13", "continuar");
        Desk infra = desk("tecnico.infra").openFromInbox(number, "14").act("14", "eliminar_cuenta",
                "plataforma_correo", "OWA", "acciones_remediacion", "Usuario y OWA bloqueados; cuenta eliminada;"
                        + " contraseña cambiada; usuario informado");
        assertEquals("AD,ACTIVE,0;OWA,CLOSED," + c.id() + ";", rows("select platform_code, status,"
                + " coalesce(close_case_id, 0) from account where person_username = ? order by platform_code, id",
                victim));
        infra.act("15", "continuar", "entrega_cuenta", "Entregada en persona con su clave el " + k)
                .act("16", "continuar", "analisis_buzones", "Sin reglas de reenvío; 3 correos de phishing eliminados");
        mailbox.await(number, ESPECIALISTA_SGSI.email(), "Remediación de phishing culminada", "Sin reglas de reenvío");
        desk("especialista.sgsi").openFromInbox(number, "17").act("17", "continuar", "charla_concientizacion",
                "2026-12-09 10:00 con " + victim);

        // 21: the Jefe takes note, which closes the case
        Desk jefe = desk("jefe.ogtie").openFromInbox(number, "21").act("21", "tomar_conocimiento");
        jefe.assertClosed("");
        assertEquals(List.of("1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 8", "8 → 11", "11 → 12", "12 → 13,18",
                "18 → 19", "19 → 20", "20 → ", "13 → 14", "14 → 15", "15 → 16", "16 → 17", "17 → 21", "21 → END"),
                jefe.completions());

        // the accounts: OWA deleted and created anew by the case, AD untouched, the history naming the case
        assertEquals("AD,ACTIVE,0,0;OWA,ACTIVE,0," + c.id() + ";OWA,CLOSED," + c.id() + ",0;", rows("select"
                + " platform_code, status, coalesce(close_case_id, 0), coalesce(grant_case_id, 0) from account"
                + " where person_username = ? order by platform_code, status", victim));
        assertEquals("CLOSED,tecnico.infra;GRANTED,tecnico.infra;", rows("select e.action, e.actor from"
                + " account_event e join account a on a.id = e.account_id where a.person_username = ? and e.case_id"
                + " = " + c.id() + " order by e.id", victim));
        // the audit: each step by its own role, the alerts and the blocks noted
        assertEquals("2,operador.mesa;3,tecnico.ciber;12,tecnico.ciber;13,operador.mesa;14,tecnico.infra;"
                + "17,especialista.sgsi;18,tecnico.ciber;20,responsable.ciber;21,jefe.ogtie;", rows("select from_step,"
                + " actor_username from case_event where case_id = " + c.id() + " and action = 'COMPLETE' and"
                + " from_step in ('2', '3', '12', '13', '14', '17', '18', '20', '21') order by cast(from_step as"
                + " integer)"));
        String notes = rows("select action, comment_text from case_event where case_id = " + c.id()
                + " and action in ('MAIL', 'BLOCKLIST') order by seq");
        assertTrue(notes.contains("MAIL,Alerta enviada desde " + ALERT + " a: "), notes);
        assertTrue(notes.contains("BLOCKLIST,Bloqueado: cuenta avisos@" + domain), notes);
        // step 20's informe: an official document the coordinator signed, to the Jefatura, with the case's facts
        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id(), 1);
        assertEquals(1, documents.size(), documents::toString);
        String informe = documents.keySet().iterator().next();
        assertTrue(informe.startsWith("INFORME") && informe.contains("CIBER"), informe);
        String text = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(informe));
        for (String piece : List.of(informe, "Informe sobre el análisis del caso de correo phishing concretado", "Phishing concretado con "
                + victim, "Usuarios comprometidos: " + victim, "cuenta avisos@" + domain, "dominio " + domain,
                "IP 198.51.100.23", "expediente SISTRADOC EXP-" + k, "Mónica Sánchez Ibarra", number)) {
            assertTrue(text.contains(piece), () -> piece + " missing from the informe: " + text);
        }
    }

    @Test
    void a_spam_is_blocked_and_closed_and_what_another_case_blocked_is_reported_not_duplicated() {
        long k = System.currentTimeMillis() % 10_000_000;
        String domain = "ofertas" + k + ".example";
        knownInServer(JEFE_OGTIE);
        knownInServer(ESPECIALISTA_SGSI);
        // an earlier spam case blocked the domain
        Filed first = spamAtStep6("Publicidad de " + domain, domain);
        assertEquals("7;", actInServer(first, "6", TECNICO_CIBER, "continuar", "bloquear_dominios", domain));
        assertEquals("", actInServer(first, "7", TECNICO_CIBER, "cerrar"));

        // the new case blocks the same domain and a new IP: one new line, the domain counted again
        Filed c = spamAtStep6("Más publicidad de " + domain, domain);
        Mailbox.Mail alert = mailbox.await(c.number(), JEFE_OGTIE.email(), "spam (publicidad)", "Haga caso omiso",
                ALERT_WAIT_MILLIS);
        assertEquals(ALERT, alert.from());
        assertEquals("7;", actInServer(c, "6", TECNICO_CIBER, "continuar", "bloquear_dominios", domain.toUpperCase(),
                "bloquear_ips", "203.0.113." + (k % 200 + 1)));
        assertEquals("", actInServer(c, "7", TECNICO_CIBER, "cerrar"));
        assertEquals("DOMAIN," + domain + "," + first.number() + ",1," + c.number() + ";", rows("select b.kind,"
                + " b.entry_value, c.case_number, b.times_reported_again, l.case_number from blocklist_entry b"
                + " join work_case c on c.id = b.case_id left join work_case l on l.id = b.last_case_id"
                + " where b.entry_value = ?", domain));
        assertEquals("IP;", rows("select kind from blocklist_entry where case_id = " + c.id()));
        String note = rows("select comment_text from case_event where case_id = " + c.id()
                + " and action = 'BLOCKLIST'");
        assertTrue(note.contains("Ya estaba bloqueado, no se duplica: dominio " + domain + " (" + first.number()),
                note);
        assertEquals("CLOSED,SOLVED;", rows("select status, outcome from work_case where id = " + c.id()));

        // the register shows the line once, reported again by the new case
        List<List<String>> lines = register(desk("auditor.mindef"), first.number());
        assertEquals(1, lines.size(), () -> "lines: " + lines);
        assertEquals(List.of("DOMAIN", domain, first.number()), lines.get(0).subList(0, 3));
        assertTrue(lines.get(0).get(3).contains(c.number()), () -> "reported again: " + lines);
    }

    /** A spam case filed by an employee and moved to step 6 in the server. */
    private Filed spamAtStep6(String title, String domain) {
        Filed c = fileInServer(SOLICITANTE_MINDEF, CODE, null, title, "Correo no solicitado de " + domain + ".");
        assertEquals("3;", actInServer(c, "2", OPERADOR_MESA, "continuar", "usuario_reporta", "solicitante.mindef",
                "unidad_organizacion", "DGA", "remitente", "ventas@" + domain, "tipo_correo", "SPAM"));
        assertEquals("4;", actInServer(c, "3", TECNICO_CIBER, "continuar", "impacto", "1", "usuarios_involucrados",
                SOLICITANTE_MINDEF.email()));
        assertEquals("5;", actInServer(c, "4", TECNICO_CIBER, "continuar"));
        assertEquals("6;", actInServer(c, "5", TECNICO_CIBER, "spam"));
        return c;
    }

    /** The register's lines of the case, as the desk reads them: kind, value, case, reported again. */
    private static List<List<String>> register(Desk desk, String number) {
        desk.openPage("/blocklist/list.xhtml");
        desk.browser().text(By.id("blocks:list"));
        desk.screenshot("blocklist-" + number);
        return desk.browser().all(By.cssSelector("[id='blocks:list_data'] tr[data-ri]")).stream()
                .filter(row -> number.equals(cell(row, "case")))
                .map(row -> List.of(row.findElement(By.cssSelector(".sigti-block-kind")).getAttribute("data-kind"),
                        cell(row, "value"), cell(row, "case"), cell(row, "again")))
                .sorted((a, b) -> order(a.get(0)) - order(b.get(0))).toList();
    }

    private static int order(String kind) {
        return List.of("SENDER", "DOMAIN", "IP", "URL").indexOf(kind);
    }

    private static String cell(WebElement row, String name) {
        return row.findElement(By.cssSelector(".sigti-block-" + name)).getText().strip();
    }

    private static String rows(String select, String... args) {
        String[] params = new String[2 + args.length * 2];
        params[0] = "q";
        params[1] = select;
        for (int i = 0; i < args.length; i++) {
            params[2 + 2 * i] = "a";
            params[3 + 2 * i] = args[i];
        }
        return fixture("/phishing-rows", params);
    }
}
