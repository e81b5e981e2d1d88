package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * S04.01.00.03 Gestión de la seguridad de la información (procedures.md E3), walked in real browsers, each step by
 * its own role from its own inbox, with the register of SGSI documents and records (/sgsi/register.xhtml):
 * <ul>
 * <li>the infrastructure coordinator (responsable.infra) registers two documents (a bad code, a code already taken
 * and a file whose content is not its type are refused with a message and change nothing), files the review, and the
 * Especialista (especialista.sgsi) routes it to INFRA; the coordinator sends both entries (en revisión); the
 * Especialista observes (2) and agrees improvements (3); the coordinator applies a new version from a file attached
 * to the case (4; a version already used is refused); the Especialista returns it with observations (5 ↺ 4, kept);
 * the coordinator applies another version; accepted (5 → 10 → 11); the Jefe approves by Memorándum interno (12),
 * numbered in MINDEF's format and signed, whose PDF lists the documents; custody (13). The register shows both
 * entries vigente, the newest version in force with the memorándum's number, every version kept; the Auditor reads
 * it without a form;</li>
 * <li>any employee (solicitante.mindef) reports an unexpected event: I → 6 (the employee) → 7 (the cybersecurity
 * coordinator) → 8 (the Especialista) → 9 (the Jefe takes note);</li>
 * <li>an unexpected event found at the verification (5 → 6, the case's requester) ends at 9 without approval: the
 * entry is in force as it was, the new version kept;</li>
 * <li>a Solicitante, and the Jefe of another institution, get the 403 page on the register, each denial recorded.</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SgsiWalkIT extends Walk {

    private static final String CODE = "S04.01.00.03";

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void a_team_s_documents_are_reviewed_returned_once_accepted_and_approved_by_memorandum_interno()
            throws IOException {
        // given two documents of INFRA in the register, registered on its screen by the team's coordinator
        String kind = kind();
        String policy = "SGSI-" + kind + "-026";
        String record = "SGSI-" + kind + "-027";
        Path files = Files.createTempDirectory("sgsi");
        Desk coordinator = desk("responsable.infra");
        register(coordinator, policy, "Política de control de accesos " + kind, "1.0", pdf(files, policy + ".pdf"));
        assertTrue(coordinator.messages().contains("Documento " + policy + " registrado."), coordinator::messages);
        register(coordinator, record, "Registro de incidentes " + kind, "1.0", pdf(files, record + ".pdf"));
        String registered = fixture("/sgsi-register", "prefix", "SGSI-" + kind + "-");

        // bad input: a code not of the format, a code taken, a file whose content is not its type; nothing changes
        register(coordinator, "SGSI-" + kind + "-26", "Mal código", "1.0", pdf(files, "otro.pdf"));
        assertTrue(coordinator.messages().contains("Código: no tiene el formato del registro (por ejemplo,"
                + " SGSI-FOR-026)"), coordinator::messages);
        register(coordinator, policy.toLowerCase(), "Repetido", "1.0", pdf(files, "repetido.pdf"));
        assertTrue(coordinator.messages().contains("Código: ya existe un documento con ese código"),
                coordinator::messages);
        Path fake = Files.writeString(files.resolve("falso.pdf"), "no soy un PDF", StandardCharsets.UTF_8);
        register(coordinator, "SGSI-" + kind + "-028", "Archivo falso", "1.0", fake);
        assertTrue(coordinator.messages().contains("El archivo falso.pdf no es de un tipo aceptado"),
                coordinator::messages);
        assertEquals(registered, fixture("/sgsi-register", "prefix", "SGSI-" + kind + "-"), "the refusals changed"
                + " nothing");
        assertEquals(policy + ",VIGENTE,1.0,-,1;" + record + ",VIGENTE,1.0,-,1;", registered.split("\\|")[0]);

        // 0, I: the coordinator files, the Especialista routes to the team
        Filed c = coordinator.file(Draft.of(CODE, null, "Revisión de la documentación del SGSI de infraestructura "
                + kind, "Remitimos la política y el registro de incidentes para su revisión."));
        desk("especialista.sgsi").openFromInbox(c.number(), "I").act("I", "revision", "equipo", "INFRA");

        // 1: the coordinator sends both entries: en revisión
        coordinator.openFromInbox(c.number(), "1").act("1", "continuar", "documentos", policy + ", " + record);
        assertEquals(List.of(List.of(policy, "En revisión", "1.0"), List.of(record, "En revisión", "1.0")),
                register(coordinator, kind));

        // 2, 3: observations and agreed improvements
        Desk specialist = desk("especialista.sgsi").openFromInbox(c.number(), "2")
                .act("2", "continuar", "observaciones", "La política no cita la norma ISO/IEC 27001:2022.")
                .act("3", "continuar", "acuerdos", "Actualizar la política a la versión 2022 de la norma.");

        // 4: a new version from the file attached to the case; a label already used is refused
        coordinator.openFromInbox(c.number(), "4").attach(pdf(files, policy + "_v2.pdf"));
        String taken = coordinator.tryAct("4", "continuar", "nuevas_versiones", policy + " 1.0");
        assertTrue(taken.contains("El documento " + policy + " ya tiene la versión 1.0."), taken);
        coordinator.act("4", "continuar", "nuevas_versiones", policy + " 2.0");

        // 5 ↺ 4: returned with observations
        specialist.openFromInbox(c.number(), "5").act("5", "observar", "observaciones_verificacion",
                "Falta el control A.5.15 en la sección 4.");
        coordinator.openFromInbox(c.number(), "4").attach(pdf(files, policy + "_v2.1.pdf"))
                .act("4", "continuar", "nuevas_versiones", policy + " 2.1");

        // 5 → 10 → 11 → 12: accepted; the coordinator asks the Jefe's approval
        specialist.openFromInbox(c.number(), "5").act("5", "aceptar").act("10", "continuar");
        coordinator.openFromInbox(c.number(), "11").act("11", "continuar");
        Desk jefe = desk("jefe.ogtie").openFromInbox(c.number(), "12").act("12", "aprobar");
        coordinator.openFromInbox(c.number(), "13").act("13", "custodiar");
        coordinator.assertClosed("");
        assertEquals(List.of("0 → I", "I → 1", "1 → 2", "2 → 3", "3 → 4", "4 → 5", "5 → 4", "4 → 5", "5 → 10",
                "10 → 11", "11 → 12", "12 → 13", "13 → END"), coordinator.completions());

        // the audit rows: each step by its own person; the Especialista's notes of every round kept
        String[] state = fixture("/sgsi-case", "case", String.valueOf(c.id())).split("\\|");
        assertEquals("2,OBSERVATION;3,AGREEMENT;5,OBSERVATION;", state[0]);
        assertEquals("0→I,responsable.infra;I→1,especialista.sgsi;1→2,responsable.infra;2→3,especialista.sgsi;"
                + "3→4,especialista.sgsi;4→5,responsable.infra;5→4,especialista.sgsi;4→5,responsable.infra;"
                + "5→10,especialista.sgsi;10→11,especialista.sgsi;11→12,responsable.infra;12→13,jefe.ogtie;"
                + "13→END,responsable.infra;", state[1]);

        // the Memorándum interno: numbered in MINDEF's format, signed, sent; its PDF lists the documents
        String[] memo = state[2].split(" ", 2);
        String number = memo[1].substring(0, memo[1].lastIndexOf(' '));
        assertTrue(number.matches("MEMORÁNDUM N° \\d{6}-\\d{4}-MINDEF/OGTIE"), number);
        assertEquals("SENT", memo[1].substring(memo[1].lastIndexOf(' ') + 1), state[2]);
        String pdf = text(jefe.browser().download("/files/official-document?id=" + memo[0]));
        for (String expected : List.of(number, policy, record, "2.1", "Jefe(a) de la Oficina General")) {
            assertTrue(pdf.replaceAll("\\s+", " ").contains(expected), () -> expected + " in " + pdf);
        }

        // the register: both vigente, the newest version in force with the memorándum, every version kept
        assertEquals(policy + ",VIGENTE,2.1," + number + ",3;" + record + ",VIGENTE,1.0," + number + ",1;|"
                + policy + ",1.0,-,-;" + policy + ",2.0," + c.number() + ",-;" + policy + ",2.1," + c.number() + ","
                + number + ";" + record + ",1.0,-," + number + ";", fixture("/sgsi-register", "prefix",
                        "SGSI-" + kind + "-"));
        Desk auditor = desk("auditor.mindef");
        assertEquals(List.of(List.of(policy, "Vigente", "2.1"), List.of(record, "Vigente", "1.0")),
                register(auditor, kind));
        assertTrue(auditor.browser().all(By.id("new:save")).isEmpty(), "the Auditor reads only");
        auditor.openPage("/sgsi/register.xhtml?code=" + policy);
        assertEquals(List.of("2.1", "2.0", "1.0"), auditor.browser().all(By.cssSelector(".sigti-sgsi-version-label"))
                .stream().map(e -> e.getText().strip()).toList());
        assertTrue(auditor.browser().all(By.id("version:upload")).isEmpty(), "no upload for the Auditor");
    }

    @Test
    void any_employee_reports_an_unexpected_event_the_team_corrects_and_the_jefe_takes_note() {
        String k = kind();
        Desk employee = desk("solicitante.mindef");
        Filed c = employee.file(Draft.of(CODE, null, "Evento inesperado en el correo institucional " + k,
                "El antivirus dejó de actualizarse en los servidores de correo."));
        desk("especialista.sgsi").openFromInbox(c.number(), "I").act("I", "evento", "equipo", "CIBER");
        employee.open(c.id()).act("6", "continuar", "evento", "Servicio de correo: el antivirus sin firmas desde el"
                + " lunes; lo observé al recibir un adjunto sospechoso.");
        desk("responsable.ciber").openFromInbox(c.number(), "7").act("7", "continuar", "correcciones",
                "Origen: licencia vencida de la consola. Se corrigió el procedimiento SGSI-PRO-004.");
        desk("especialista.sgsi").openFromInbox(c.number(), "8").act("8", "continuar", "informe_evento",
                "Licencia renovada, firmas al día y procedimiento corregido.");
        Desk jefe = desk("jefe.ogtie").openFromInbox(c.number(), "9").act("9", "conocimiento");
        jefe.assertClosed("");
        String trail = fixture("/sgsi-case", "case", String.valueOf(c.id())).split("\\|")[1];
        assertEquals("0→I,solicitante.mindef;I→6,especialista.sgsi;6→7,solicitante.mindef;7→8,responsable.ciber;"
                + "8→9,especialista.sgsi;9→END,jefe.ogtie;", trail);
    }

    @Test
    void an_unexpected_event_found_at_the_verification_goes_to_6_9_and_leaves_the_entry_in_force_as_it_was()
            throws IOException {
        // given a review of one INFRA document carried to the verification with a new version
        String kind = kind();
        String plan = "SGSI-" + kind + "-010";
        Path files = Files.createTempDirectory("sgsi");
        Desk coordinator = desk("responsable.infra");
        register(coordinator, plan, "Plan de continuidad " + kind, "1.0", pdf(files, plan + ".pdf"));
        Filed c = coordinator.file(Draft.of(CODE, null, "Revisión del plan de continuidad " + kind,
                "Remitimos el plan de continuidad para su revisión."));
        Desk specialist = desk("especialista.sgsi").openFromInbox(c.number(), "I").act("I", "revision", "equipo",
                "INFRA");
        coordinator.openFromInbox(c.number(), "1").act("1", "continuar", "documentos", plan);
        specialist.openFromInbox(c.number(), "2").act("2", "continuar", "observaciones", "Sin observaciones.")
                .act("3", "continuar", "acuerdos", "Actualizar los contactos de emergencia.");
        coordinator.openFromInbox(c.number(), "4").attach(pdf(files, plan + "_v2.pdf"))
                .act("4", "continuar", "nuevas_versiones", plan + " 2.0");

        // 5 → 6: an unexpected event; the case's requester (the coordinator, staff of MINDEF) reports its source
        specialist.openFromInbox(c.number(), "5").act("5", "evento", "observaciones_verificacion",
                "El respaldo nocturno falló durante la prueba del plan.");
        coordinator.open(c.id()).act("6", "continuar", "evento", "Servidor de respaldos: el trabajo nocturno falló"
                + " por falta de espacio.");
        coordinator.openFromInbox(c.number(), "7").act("7", "continuar", "correcciones", "Origen: cuota del"
                + " almacenamiento. Se corrigió el plan de continuidad.");
        specialist.openFromInbox(c.number(), "8").act("8", "continuar", "informe_evento", "Espacio ampliado y plan"
                + " corregido.");
        desk("jefe.ogtie").openFromInbox(c.number(), "9").act("9", "conocimiento").assertClosed("");

        // then: the entry is in force as it was, the version uploaded kept, not in force
        assertEquals("0→I,responsable.infra;I→1,especialista.sgsi;1→2,responsable.infra;2→3,especialista.sgsi;"
                + "3→4,especialista.sgsi;4→5,responsable.infra;5→6,especialista.sgsi;6→7,responsable.infra;"
                + "7→8,responsable.infra;8→9,especialista.sgsi;9→END,jefe.ogtie;",
                fixture("/sgsi-case", "case", String.valueOf(c.id())).split("\\|")[1]);
        assertEquals(plan + ",VIGENTE,1.0,-,2;|" + plan + ",1.0,-,-;" + plan + ",2.0," + c.number() + ",-;",
                fixture("/sgsi-register", "prefix", plan));
    }

    @Test
    void a_solicitante_and_another_institution_s_jefe_are_refused_the_register_and_recorded() throws IOException {
        String kind = kind();
        String code = "SGSI-" + kind + "-001";
        Desk coordinator = desk("responsable.infra");
        register(coordinator, code, "Inventario de activos " + kind, "1.0",
                pdf(Files.createTempDirectory("sgsi"), code + ".pdf"));
        String version = fixture("/sgsi-register", "prefix", code);
        String employeeBefore = fixture("/sgsi-denials", "username", "solicitante.mindef");
        String otherBefore = fixture("/sgsi-denials", "username", "jefe");

        Desk employee = desk("solicitante.mindef").openPage("/sgsi/register.xhtml");
        assertEquals("Acceso no permitido", employee.errorTitle());
        Desk other = desk("jefe").openPage("/sgsi/register.xhtml?code=" + code);
        assertEquals("Acceso no permitido", other.errorTitle());
        assertTrue(!other.shows("Inventario de activos " + kind), "nothing of the document is shown");

        assertEquals(employeeBefore + "GET /sigti/sgsi/register.xhtml,-,-;", fixture("/sgsi-denials", "username",
                "solicitante.mindef"));
        assertEquals(otherBefore + "SgsiRegister.get,sgsi_document," + code + ";", fixture("/sgsi-denials",
                "username", "jefe"));
        assertEquals(version, fixture("/sgsi-register", "prefix", code), "nothing changed");
    }

    /** Fills the register's form and submits it. */
    private static void register(Desk desk, String code, String title, String version, Path file) {
        desk.openPage("/sgsi/register.xhtml");
        desk.browser().type(By.id("new:code"), code);
        desk.browser().type(By.id("new:title"), title);
        desk.browser().type(By.id("new:version"), version);
        desk.browser().select(By.id("new:team"), "INFRA");
        desk.browser().until(d -> d.findElement(By.cssSelector("form[id='new'] input[type='file']")))
                .sendKeys(file.toAbsolutePath().toString());
        desk.browser().submit(By.id("new:save"));
        desk.screenshot("register-" + code);
    }

    /** The register's lines of the kind, filtered on the screen: code, state as shown, version. */
    private static List<List<String>> register(Desk desk, String kind) {
        desk.openPage("/sgsi/register.xhtml?q=SGSI-" + kind + "-");
        desk.browser().text(By.id("register:list"));
        desk.screenshot("register-" + kind);
        return desk.browser().all(By.cssSelector("[id='register:list_data'] tr[data-ri]")).stream()
                .map(row -> List.of(cell(row, "code"), cell(row, "state"), cell(row, "version"))).toList();
    }

    private static String cell(WebElement row, String name) {
        return row.findElement(By.cssSelector(".sigti-sgsi-" + name)).getText().strip();
    }

    /** A small PDF named {@code name} in {@code dir}. */
    private static Path pdf(Path dir, String name) {
        try {
            return Files.write(dir.resolve(name), ("%PDF-1.4\n% " + name + "\n%%EOF\n").getBytes(
                    StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document kind of five letters nobody used: the run's own codes. */
    private static String kind() {
        long n = System.nanoTime();
        StringBuilder kind = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            kind.append((char) ('A' + n % 26));
            n /= 26;
        }
        return kind.toString();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
