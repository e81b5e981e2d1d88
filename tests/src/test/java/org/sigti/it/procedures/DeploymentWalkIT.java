package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.changes.ChangeFixture;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * UIT/ASS-PR01 and PR02 (AGETIC, manual UIT/ASS-M01; procedures.md B1, B2) walked in real browsers by AGETIC's own
 * demo users, each from their own inbox: the requester (solicitante) files the Nota and hands the credentials on the
 * case page; the Jefe de la UIT (jefe.uit) routes it (2); the Responsable de Servidores y Servicios (responsable.uit)
 * assigns the Profesional (tecnico) (3); the Profesional reads the credentials and observes (4 → 5: the mail to the
 * requester with copy to the Jefe and the Responsable), the requester completes it with one more credential (5 ↺ 4),
 * the Profesional deploys with the checklist and writes the Informe de conclusión (6), the Responsable returns it once
 * (7 ↺ 6) and then approves and signs it, the Jefe writes and signs the Nota Interna (8) and the requester receives
 * it (9). The PDFs are read back (numbers, signers); and the credentials are shown to the assigned Profesional only:
 * another Técnico of the UIT, the Jefe and the requester get the 403 page and a security event, and the values are in
 * no mail, no line of the server's log, no text of the case (fields, trail, documents, events) and not in the
 * vault's rows, which hold only ciphertext.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeploymentWalkIT extends Walk {

    private static final String PR01 = "UIT/ASS-PR01";
    private static final String PR02 = "UIT/ASS-PR02";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void a_deployment_with_credentials_is_observed_returned_once_approved_and_closed_by_the_nota_interna()
            throws IOException {
        // given: a new system in AGETIC's catalog, everyone at their desk, two secrets nobody else knows
        long k = System.currentTimeMillis() % 10_000_000;
        String system = "TRAMITES" + k;
        fixture("/change-system", "of", "AGETIC", "code", system);
        String token = "tok-" + UUID.randomUUID();
        String sshKey = "ssh-ed25519 AAAAC3" + UUID.randomUUID().toString().replace("-", "");
        Desk requester = desk("solicitante");
        Desk jefe = desk("jefe.uit");
        Desk responsable = desk("responsable.uit");
        Desk profesional = desk("tecnico");
        Desk otherTecnico = desk("tecnico2.uit");

        // 1: a credential without its value files nothing: the Nota and its credentials go in together or not at all
        Browser form = requester.browser();
        form.open(Sigti.BASE_URL + "/request.xhtml?procedure=" + PR01);
        form.type(By.id("request:title"), "Nota incompleta " + k);
        form.type(By.id("request:credentialRows:0:credentialLabel"), "Token sin valor");
        form.submit(By.id("request:submit"));
        assertTrue(requester.messages().contains("Escriba una descripción"), requester.messages());
        assertTrue(form.all(By.id("case-number")).isEmpty(), "no case was filed");
        assertEquals("0", fixture("/cases-titled", "title", "Nota incompleta " + k));

        // 1: the requester files the Nota with the deployment's token, sealed in the same transaction
        Filed c = requester.file(Draft.of(PR01, null, "Puesta en producción del sistema de trámites " + k,
                "Nota AGETIC/UGAT/0" + k + ": solicitamos la puesta en producción del sistema " + system + ".")
                .credential("Token del servidor de base de datos", token));
        String n = c.number();
        assertTrue(requester.browser().all(By.cssSelector("#case-credentials .sigti-credential")).stream()
                .anyMatch(li -> "Token del servidor de base de datos".equals(li.getAttribute("data-label"))),
                "the token handed with the Nota is listed on the case");
        assertFalse(requester.browser().source().contains(token), "the page never shows the value back");

        // 2, 3: the Jefe de la UIT routes it; the Responsable assigns the Profesional
        jefe.openFromInbox(n, "2").act("2", "continuar");
        responsable.openFromInbox(n, "3").act("3", "continuar", "nextAssignee", "tecnico");

        // 4: the Profesional reads the credentials, and observes: mailed to the requester, copy to Jefe and Responsable
        profesional.openFromInbox(n, "4");
        assertTrue(credentials(profesional.browser(), c.id()).contains(token), "the assigned Profesional reads them");
        profesional.open(c.id());
        String noText = profesional.tryAct("4", "con_observaciones");
        assertTrue(noText.contains("scriba las observaciones"), noText);
        profesional.act("4", "con_observaciones", "comment", "Falta la llave SSH del servidor de aplicaciones " + k
                + ".");
        Mailbox.Mail observed = mailbox.await(n, "solicitante@sigti.example", "Observaciones de la UIT",
                "Falta la llave SSH del servidor de aplicaciones " + k);
        assertCopiedToJefeAndResponsable(observed.cc());

        // 5: the requester hands the key and answers; back to the same Profesional at 4, who goes on
        requester.openFromInbox(n, "5");
        hand(requester, "Llave SSH del servidor de aplicaciones", sshKey);
        requester.act("5", "continuar", "informacion_completada", "Entregamos la llave SSH en SIGTI.");
        profesional.openFromInbox(n, "4").act("4", "sin_observaciones");

        // another Técnico of the UIT, not assigned, asks for them: 403 and a security event
        assertForbidden(otherTecnico.browser(), c.id());
        assertEquals("1", fixture("/secret-events", "case", String.valueOf(c.id()), "who", "tecnico2.uit", "kind",
                "ACCESS_DENIED"));

        // 6: the deployment, its checklist and the Informe de conclusión; 7 returns it once, then approves it
        String[] deployment = {"sistema_produccion", system, "version_produccion", "v1.0.0",
            "control_copias", "CUMPLE", "control_puertos", "CUMPLE", "control_politicas", "CUMPLE",
            "detalle_controles", "Copia completa previa; puertos 443 y 5432 vigilados; política de endurecimiento.",
            "conclusion_produccion", "El sistema " + system + " quedó en producción."};
        String unknown = profesional.openFromInbox(n, "6").tryAct("6", "continuar", replace(deployment,
                "sistema_produccion", "NOEXISTE" + k));
        assertTrue(unknown.contains("no está en el catálogo de su institución"), unknown);
        profesional.act("6", "continuar", deployment);
        responsable.openFromInbox(n, "7").act("7", "devolver", "comment", "Indique los puertos abiertos al público.");
        profesional.openFromInbox(n, "6").act("6", "continuar", replace(deployment, "detalle_controles",
                "Copia completa previa; solo el puerto 443 abierto al público, 5432 interno y vigilado."));
        assertForbidden(profesional.browser(), c.id()); // the Profesional no longer holds step 4 or 6
        responsable.openFromInbox(n, "7").act("7", "aprobar");

        // 8, 9: the Jefe signs the Nota Interna; the requester receives it and the flow closes
        jefe.openFromInbox(n, "8").act("8", "aprobar", "texto_nota_interna", "Se recomienda cambiar las credenciales"
                + " entregadas.");
        requester.openFromInbox(n, "9").act("9", "recibir");
        requester.assertClosed("");
        assertEquals(List.of("1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 4", "4 → 6", "6 → 7", "7 → 6", "6 → 7",
                "7 → 8", "8 → 9", "9 → END"), requester.completions());

        // the documents: the Informe signed by the Responsable, the Nota Interna by the Jefe, both numbered
        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id());
        String informe = number(documents, "INFORME");
        String nota = number(documents, "NOTA INTERNA");
        String report = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(informe));
        for (String piece : List.of(informe, n, system, "v1.0.0", "Verificado: cumple", "solo el puerto 443",
                "Jorge Rojas Céspedes", "Responsable de Servidores y Servicios", "Marcelo Quispe Arteaga")) {
            assertTrue(report.contains(piece), () -> piece + " missing from the Informe: " + report);
        }
        String note = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(nota));
        for (String piece : List.of(nota, informe, system, "Marcelo Quispe Arteaga",
                "Jefe de la Unidad de Infraestructura Tecnológica", "cierra el flujo")) {
            assertTrue(note.contains(piece), () -> piece + " missing from the Nota Interna: " + note);
        }

        // after the close nobody reads them, the Jefe and the requester included
        assertForbidden(jefe.browser(), c.id());
        assertForbidden(requester.browser(), c.id());

        // the secrets: in no mail, no log line, no text of the case, no document; the vault holds ciphertext only
        for (String secret : List.of(token, sshKey)) {
            String base64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
            mailbox.of(n).forEach(m -> assertFalse(m.body().contains(secret) || m.subject().contains(secret), m
                    .toString()));
            assertFalse(serverLog().contains(secret), "the server log holds a credential");
            String texts = fixture("/case-texts", "case", String.valueOf(c.id()));
            assertTrue(texts.contains("Credencial entregada y guardada cifrada") && texts.contains("SECRET_READ"),
                    texts);
            assertFalse(texts.contains(secret), texts);
            assertFalse(report.contains(secret) || note.contains(secret));
            String rows = fixture("/case-secrets", "case", String.valueOf(c.id()));
            assertEquals(2, rows.split(";").length, rows);
            assertFalse(rows.contains(secret) || rows.contains(base64), rows);
        }
        assertTrue(Long.parseLong(fixture("/secret-events", "case", String.valueOf(c.id()), "who", "tecnico",
                "kind", "SECRET_READ")) >= 1, "the reading is audited");
    }

    @Test
    void an_update_observed_once_is_concluded_by_a_nota_and_goes_live_only_after_a_copy_of_the_system() {
        long k = System.currentTimeMillis() % 10_000_000;
        String system = "PORTAL" + k;
        String systemId = fixture("/change-system", "of", "AGETIC", "code", system);
        Desk requester = desk("solicitante");
        Desk jefe = desk("jefe.uit");
        Desk responsable = desk("responsable.uit");
        Desk profesional = desk("tecnico");

        Filed c = requester.file(Draft.of(PR02, null, "Actualización del portal " + k,
                "Nota AGETIC/UGAT/1" + k + ": actualizar el portal " + system + " a la versión 2.4.1."));
        String n = c.number();
        jefe.openFromInbox(n, "2").act("2", "continuar");
        responsable.openFromInbox(n, "3").act("3", "continuar", "nextAssignee", "tecnico");
        profesional.openFromInbox(n, "4").act("4", "con_observaciones", "comment", "Aclare si la actualización"
                + " migra la base de datos.");
        assertCopiedToJefeAndResponsable(mailbox.await(n, "solicitante@sigti.example", "Observaciones de la UIT",
                "migra la base de datos").cc());
        requester.openFromInbox(n, "5").act("5", "continuar", "informacion_completada", "No migra datos.");
        profesional.openFromInbox(n, "4").act("4", "sin_observaciones")
                .act("6", "continuar", "sistema_produccion", system, "version_produccion", "v2.4.1",
                        "control_copias", "CUMPLE", "control_puertos", "NO_APLICA", "control_politicas", "CUMPLE",
                        "detalle_controles", "Copia previa; la actualización no abre puertos nuevos.",
                        "plan_reversion", "Volver a desplegar la etiqueta v2.4.0.",
                        "documento_conclusion", "NOTA", "conclusion_produccion", "Actualización sencilla aplicada.");
        responsable.openFromInbox(n, "7").act("7", "aprobar");

        // 8: refused while no copy of the system was taken since the case opened; goes live after one
        Desk approval = jefe.openFromInbox(n, "8");
        String refused = approval.tryAct("8", "aprobar");
        assertTrue(refused.contains("no hay una copia de respaldo del sistema " + system), refused);
        String copy = fixture("/change-copy", "system", systemId, "case", String.valueOf(c.id()));
        approval.act("8", "aprobar");
        assertEquals(system + "|v2.4.1|" + copy + "||jefe.uit", fixture("/change-row", "case",
                String.valueOf(c.id())));
        requester.openFromInbox(n, "9").act("9", "recibir");
        requester.assertClosed("");
        assertEquals(List.of("1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 4", "4 → 6", "6 → 7", "7 → 8", "8 → 9",
                "9 → END"), requester.completions());

        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id());
        String nota = number(documents, "NOTA");
        String interna = number(documents, "NOTA INTERNA");
        String text = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(nota));
        for (String piece : List.of(nota, system, "v2.4.1", "No aplica", "Jorge Rojas Céspedes")) {
            assertTrue(text.contains(piece), () -> piece + " missing from the Nota de conclusión: " + text);
        }
        String closing = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(interna));
        assertTrue(closing.contains(interna) && closing.contains(nota) && closing.contains("actualización en"
                + " producción"), closing);
    }

    @Test
    void an_update_without_a_prior_copy_goes_live_under_the_responsables_waiver_concluded_by_an_informe() {
        long k = System.currentTimeMillis() % 10_000_000;
        String system = "MESA" + k;
        fixture("/change-system", "of", "AGETIC", "code", system);
        Desk requester = desk("solicitante");
        Desk jefe = desk("jefe.uit");
        Desk responsable = desk("responsable.uit");
        Desk profesional = desk("tecnico");

        Filed c = requester.file(Draft.of(PR02, null, "Actualización de la mesa de partes " + k,
                "Nota AGETIC/UGAT/2" + k + ": actualizar " + system + " a la versión 3.0.0, con cambios de esquema."));
        String n = c.number();
        jefe.openFromInbox(n, "2").act("2", "continuar");
        responsable.openFromInbox(n, "3").act("3", "continuar", "nextAssignee", "tecnico");
        profesional.openFromInbox(n, "4").act("4", "sin_observaciones")
                .act("6", "continuar", "sistema_produccion", system, "version_produccion", "v3.0.0",
                        "control_copias", "NO_APLICA", "control_puertos", "CUMPLE", "control_politicas", "CUMPLE",
                        "detalle_controles", "Sin copia previa del sistema; puertos y políticas verificados.",
                        "plan_reversion", "Restaurar el esquema con el script de reversión 3.0.0.",
                        "documento_conclusion", "INFORME", "conclusion_produccion", "Actualización mayor aplicada.");
        responsable.openFromInbox(n, "7").act("7", "aprobar");

        // 8 → 8.D: no copy; the Jefe asks the Responsable de Servidores y Servicios, who waives it with the reason
        Desk approval = jefe.openFromInbox(n, "8");
        assertTrue(approval.tryAct("8", "aprobar").contains("no hay una copia de respaldo del sistema " + system));
        assertEquals("none", fixture("/change-row", "case", String.valueOf(c.id())));
        approval.act("8", "sin_copia");
        String reason = "Ventana de mantenimiento acordada sin respaldo del esquema " + k;
        responsable.openFromInbox(n, "8.D").act("8.D", "continuar", "motivo_dispensa", reason);
        jefe.openFromInbox(n, "8").act("8", "aprobar");
        assertEquals(system + "|v3.0.0||" + reason + "|jefe.uit", fixture("/change-row", "case",
                String.valueOf(c.id())));
        requester.openFromInbox(n, "9").act("9", "recibir");
        requester.assertClosed("");
        assertEquals(List.of("1 → 2", "2 → 3", "3 → 4", "4 → 6", "6 → 7", "7 → 8", "8 → 8.D", "8.D → 8", "8 → 9",
                "9 → END"), requester.completions());

        // the Informe de conclusión (the Profesional's choice at 6) and the Jefe's Nota Interna, both numbered PDFs
        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id());
        String informe = number(documents, "INFORME");
        String text = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(informe));
        for (String piece : List.of(informe, system, "v3.0.0", "Sin copia previa del sistema",
                "Actualización mayor aplicada.")) {
            assertTrue(text.contains(piece), () -> piece + " missing from the Informe de conclusión: " + text);
        }
        String interna = number(documents, "NOTA INTERNA");
        assertTrue(Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(interna))
                .contains(informe));

        // once closed, the requester's page no longer offers to hand credentials
        requester.open(c.id());
        assertTrue(requester.browser().all(By.id("credentials:hand")).isEmpty(), "no hand-in on a closed case");
    }

    /** The requester hands a credential on the case page (the page must say it is kept encrypted). */
    private static void hand(Desk requester, String label, String value) {
        Browser b = requester.browser();
        b.type(By.id("credentials:label"), label);
        b.type(By.id("credentials:value"), value);
        b.submit(By.id("credentials:hand"));
        assertTrue(requester.messages().contains("guardada cifrada"), requester.messages());
        assertTrue(b.all(By.cssSelector("#case-credentials .sigti-credential")).stream()
                .anyMatch(li -> label.equals(li.getAttribute("data-label"))), "the label is listed");
        assertFalse(b.source().contains(value), "the page never shows the value back");
    }

    private static String credentials(Browser b, long caseId) {
        b.open(Sigti.BASE_URL + "/files/case-credentials?case=" + caseId);
        return b.source();
    }

    private static void assertForbidden(Browser b, long caseId) {
        b.open(Sigti.BASE_URL + "/files/case-credentials?case=" + caseId);
        assertEquals("Acceso no permitido", b.text(By.id("error-title")));
    }

    private static String serverLog() throws IOException {
        return Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"),
                StandardCharsets.UTF_8);
    }

    private static String[] replace(String[] pairs, String name, String value) {
        String[] copy = pairs.clone();
        for (int i = 0; i < copy.length; i += 2) {
            if (copy[i].equals(name)) {
                copy[i + 1] = value;
            }
        }
        return copy;
    }

    private static String number(Map<String, Long> documents, String kind) {
        // the kind in AGETIC's format sits between slashes: AGETIC/UIT/NOTA INTERNA/0001/2026
        return documents.keySet().stream().filter(d -> d.startsWith(kind + " ") || d.contains("/" + kind + "/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kind + " not among " + documents));
    }

    /**
     * The observations' copy reaches every Jefe and Responsable of the UIT SIGTI knows (the demo's, and the
     * directory's Jefe once the AD walk has logged in), nobody else, and never the requester or the Profesional.
     */
    private static void assertCopiedToJefeAndResponsable(String cc) {
        List<String> copied = List.of(cc.split(",")).stream().sorted().toList();
        assertTrue(copied.containsAll(List.of("jefe.uit@sigti.example", "responsable.uit@sigti.example")), cc);
        assertEquals(fixture("/unit-staff", "of", "AGETIC", "team", "UIT", "with", "Jefe,Responsable"),
                String.join(",", copied), cc);
    }
}
