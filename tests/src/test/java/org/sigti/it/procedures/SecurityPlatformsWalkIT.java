package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
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
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Desk.Draft;
import org.sigti.it.procedures.Desk.Filed;

/**
 * S04.04.00.01 Administración de plataformas de seguridad informática (procedures.md E19, MINDEF manual 6.4.1).
 * <ul>
 * <li>The contractor maintenance branch walked in real browsers, each step from its own inbox: the cybersecurity
 * coordinator (responsable.ciber) files the case and assigns the administrators (a person outside the team is refused
 * and changes nothing); the Técnico Informático Especialista (tecnico.ciber) creates the profiles and the
 * full-administration user (a custody text that holds a password is refused), chooses the contractor's maintenance,
 * records the contractor's people, who enter S04.03.01.03's visitor log signed in, and signs them out when the work is
 * done; the coordinator writes the Informe de conformidad; the Jefe (jefe.ogtie) takes note and remits it to the
 * DIRAB. The register shows the platform, its administrators, profiles, user and custody; the two documents' PDFs say
 * what they must. A Técnico of infrastructure gets 403 on the register, recorded.</li>
 * <li>The logs branch (6 → 7 → 8 → 9) set up in the server, the Jefe taking note in the browser; the informe's PDF.</li>
 * <li>The monthly backup: the calendar's entry point opens one case per platform and month at step 10 for the primary
 * administrator (a second run opens nothing); the coordinator returns the Informe de generación de back up with an
 * observation, then takes note of the corrected one; the register keeps the backup.</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityPlatformsWalkIT extends Walk {

    private static final String CODE = "S04.04.00.01";
    static final Person RESPONSABLE_CIBER = new Person("responsable.ciber", "Mónica Sánchez Ibarra",
            "responsable.ciber@sigti.example", "CIBER", List.of("Responsable", "Solicitante"), "MINDEF");
    static final Person TECNICO_CIBER = new Person("tecnico.ciber", "Víctor Núñez Carrasco",
            "tecnico.ciber@sigti.example", "CIBER", List.of("Tecnico", "Solicitante"), "MINDEF");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    /**
     * Set-up: the cybersecurity team and the Jefe are known to SIGTI, with their unit and names, by logging in (the
     * walk-driver reads its parameters as ISO-8859-1, so its values here are ASCII).
     */
    private void teamKnown() {
        desk("responsable.ciber");
        desk("tecnico.ciber");
        desk("jefe.ogtie");
    }

    @Test
    void a_contractor_maintains_a_platform_from_the_assignment_of_its_administrators_to_the_dirab() {
        teamKnown();
        long k = System.currentTimeMillis() % 10_000_000;
        String code = "FW-" + k;
        String ana = String.format("6%07d", k);
        String luis = String.format("7%07d", k);
        String company = "Seguridad Andina " + k + " SAC";
        String custody = "Equipo EQ-CIBER-" + k + ", cifrado asimétrico (GPG)";

        // 0-1: the coordinator files the case and assigns the administrators, people of the cybersecurity team
        Desk coordinator = desk("responsable.ciber");
        Filed c = coordinator.file(Draft.of(CODE, null, "Firewall perimetral " + code,
                "Mantenimiento correctivo de la fuente de poder del firewall."));
        String n = c.number();
        String[] assignment = {"plataforma", code, "nombre_plataforma", "Firewall perimetral " + k,
            "tipo_plataforma", "FIREWALL", "ubicacion_plataforma", "Centro de datos, rack 3", "administrador_primario",
            "tecnico.ciber", "administrador_secundario", "responsable.ciber"};
        coordinator.openFromInbox(n, "1");
        String outsider = coordinator.tryAct("1", "continuar", replace(assignment, "administrador_secundario",
                "tecnico.infra"));
        assertTrue(outsider.contains("«tecnico.infra» no es una persona del equipo de ciberseguridad"), outsider);
        assertTrue(coordinator.openSteps().contains("1=true"), () -> "step 1 still waits: " + coordinator.openSteps());
        coordinator.act("1", "continuar", assignment);

        // 2-4: the técnico creates the profiles and the full-administration user, then the contractor's maintenance
        Desk tecnico = desk("tecnico.ciber").openFromInbox(n, "2")
                .act("2", "continuar", "perfiles", "Administrador: configuración de reglas, usuarios y respaldos\n"
                        + "Monitor: consulta de registros y reportes");
        String[] user = {"usuario_plataforma", "admin.fw" + k, "titular", "Víctor Núñez Carrasco", "perfil",
            "Administrador", "administracion_total", "SI", "custodia_credencial", custody};
        String secret = tecnico.tryAct("3", "continuar", replace(user, "custodia_credencial", "clave: S3cr3t-" + k));
        assertTrue(secret.contains("nunca la contraseña ni la clave"), secret);
        tecnico.act("3", "continuar", user)
                .act("4", "mantenimiento_contratista")
                .act("14", "continuar", "tipo_mantenimiento", "CORRECTIVO", "fecha_hora", "2026-12-10 09:00",
                        "empresa", company, "visitantes", "Ana Pérez, " + ana + "\nLuis Soto, " + luis,
                        "acompanante", "Víctor Núñez Carrasco");
        // the contractor's people are in S04.03.01.03's visitor log, signed in, not yet out
        assertEquals("14.S,tecnico.ciber;|" + company + ",Ana Pérez," + ana + ",Víctor Núñez Carrasco,null,yes,no,"
                + "OGTIE_EQUIPMENT;" + company + ",Luis Soto," + luis + ",Víctor Núñez Carrasco,null,yes,no,"
                + "OGTIE_EQUIPMENT;", fixture("/secplatform-case", "case", String.valueOf(c.id())));
        tecnico.act("14.S", "continuar", "trabajos_contratista", "Cambio de la fuente de poder redundante " + k);
        String out = fixture("/secplatform-case", "case", String.valueOf(c.id()));
        assertTrue(out.startsWith("15,") && out.contains(",Ana Pérez," + ana + ",Víctor Núñez Carrasco,Ciberseguridad:"
                + " Víctor Núñez Carrasco,yes,yes,OGTIE_EQUIPMENT;") && out.contains(",Luis Soto," + luis
                + ",Víctor Núñez Carrasco,Ciberseguridad: Víctor Núñez Carrasco,yes,yes,OGTIE_EQUIPMENT;"), out);

        // 15-16: the Informe de conformidad to the Jefe, who takes note and remits it to the DIRAB
        coordinator.openFromInbox(n, "15").act("15", "continuar", "conformidad",
                "Los trabajos se ejecutaron conforme a la orden de servicio OS-" + k + ".");
        Desk jefe = desk("jefe.ogtie").openFromInbox(n, "16").act("16", "remitir_dirab");
        jefe.assertClosed("");
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 3", "3 → 4", "4 → 14", "14 → 14.S", "14.S → 15", "15 → 16",
                "16 → END"), jefe.completions());

        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id());
        assertEquals(2, documents.size(), documents::toString);
        String informe = documents.keySet().stream().filter(d -> d.startsWith("INFORME")).findFirst()
                .orElseThrow(() -> new AssertionError(documents.toString()));
        String oficio = documents.keySet().stream().filter(d -> d.startsWith("OFICIO")).findFirst()
                .orElseThrow(() -> new AssertionError(documents.toString()));
        String conformity = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(informe));
        for (String piece : List.of(informe, "Informe de conformidad del mantenimiento de la plataforma " + code,
                "mantenimiento correctivo", company, "orden de servicio OS-" + k, "fuente de poder redundante " + k,
                "Mónica Sánchez Ibarra")) {
            assertTrue(conformity.contains(piece), () -> piece + " missing from the Informe de conformidad: "
                    + conformity);
        }
        String remitted = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(oficio));
        for (String piece : List.of(oficio, informe, "DIRAB", "Informe de conformidad", "Fernando Castro Ruiz", n)) {
            assertTrue(remitted.contains(piece), () -> piece + " missing from the oficio to the DIRAB: " + remitted);
        }

        // the register: the platform with its administrators, profiles, user and where the credential is kept
        Browser register = coordinator.browser();
        register.open(Sigti.BASE_URL + "/");
        assertFalse(register.all(By.id("nav-security-platforms")).isEmpty(), "the menu offers the register");
        List<String> row = registerRow(register, code);
        assertEquals(List.of(code, "Firewall perimetral " + k, "Firewall", "Centro de datos, rack 3",
                "Víctor Núñez Carrasco", "Mónica Sánchez Ibarra",
                "Administrador: configuración de reglas, usuarios y respaldos | Monitor: consulta de registros y"
                        + " reportes",
                "admin.fw" + k + " — Víctor Núñez Carrasco (Administrador) — administración total", custody), row);
        assertFalse(register.source().contains("S3cr3t-" + k), "the refused secret is stored nowhere");

        // a Técnico of infrastructure: no menu entry, 403 on the register, recorded
        Browser stranger = desk("tecnico.infra").browser();
        stranger.open(Sigti.BASE_URL + "/");
        assertTrue(stranger.all(By.id("nav-security-platforms")).isEmpty(), "no menu entry outside the team");
        String before = fixture("/security-events", "username", "tecnico.infra", "object", "MINDEF");
        assertEquals(403L, ((Number) stranger.fetch(Sigti.BASE_URL + "/secplatform/platforms.xhtml").get("status"))
                .longValue());
        String after = fixture("/security-events", "username", "tecnico.infra", "object", "MINDEF");
        assertEquals(before + "SecurityPlatformRegister.open,security_platform_register,MINDEF;", after);
    }

    @Test
    void the_logs_analysis_needs_security_reports_the_coordinator_informs_the_jefe_who_takes_note() {
        teamKnown();
        long k = System.currentTimeMillis() % 10_000_000;
        String code = "SIEM-" + k;
        Filed c = platformReady(code, "SIEM", k);
        assertEquals("6;", actInServer(c, "4", TECNICO_CIBER, "registros"));
        assertEquals("7;", actInServer(c, "6", TECNICO_CIBER, "reportes", "analisis_registros",
                "Escaneo de puertos desde 203.0.113." + (k % 250) + " bloqueado " + k + " veces."));
        assertEquals("8;", actInServer(c, "7", TECNICO_CIBER, "continuar", "reportes_seguridad",
                "Reporte de eventos criticos de la semana " + k + "."));
        assertEquals("9;", actInServer(c, "8", RESPONSABLE_CIBER, "continuar", "informe",
                "Se recomienda reforzar la regla de geobloqueo " + k + "."));

        Desk jefe = desk("jefe.ogtie").openFromInbox(c.number(), "9").act("9", "tomar_conocimiento");
        jefe.assertClosed("");
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 3", "3 → 4", "4 → 6", "6 → 7", "7 → 8", "8 → 9", "9 → END"),
                jefe.completions());
        Map<String, Long> documents = Storeroom.documentsOf(jefe.browser(), c.id(), 1);
        String informe = documents.keySet().iterator().next();
        assertTrue(informe.startsWith("INFORME") && informe.contains("CIBER"), informe);
        String text = Storeroom.pdfText(jefe.browser(), "/files/official-document?id=" + documents.get(informe));
        for (String piece : List.of(informe, "Informe de seguridad de la plataforma " + code,
                "bloqueado " + k + " veces", "eventos criticos de la semana " + k, "geobloqueo " + k,
                "Mónica Sánchez Ibarra")) {
            assertTrue(text.contains(piece), () -> piece + " missing from the informe: " + text);
        }
    }

    @Test
    void the_monthly_calendar_opens_each_platform_s_backup_once_and_the_coordinator_observes_the_report() {
        teamKnown();
        long k = System.currentTimeMillis() % 10_000_000;
        String code = "WAF-" + k;
        Filed setup = platformReady(code, "WAF", k);
        // the rules branch ends the set-up case
        assertEquals("5;", actInServer(setup, "4", TECNICO_CIBER, "reglas"));
        assertEquals("", actInServer(setup, "5", TECNICO_CIBER, "configuradas", "reglas",
                "Regla de acceso HTTPS para el sistema de tramite " + k + "."));

        // the clock's entry point, for a month nobody backed up: one case for the platform, at step 10, for its
        // primary administrator; a second run in the same month opens nothing
        String month = YearMonth.of(2100 + (int) (k % 800), 1 + (int) (k % 12)).toString();
        String[] opened = fixture("/secplatform-month", "month", month, "platform", code).split(" ");
        assertTrue(Integer.parseInt(opened[0]) >= 1 && !"-".equals(opened[1]), () -> String.join(" ", opened));
        Filed backup = new Filed(opened[2], Long.parseLong(opened[1]));
        assertEquals("0 - -", fixture("/secplatform-month", "month", month, "platform", code));
        assertEquals("10,tecnico.ciber;|", fixture("/secplatform-case", "case", String.valueOf(backup.id())));

        // 10-11: the técnico backs up and reports
        String file = code.toLowerCase() + "-" + month + ".tgz";
        assertEquals("11;", actInServer(backup, "10", TECNICO_CIBER, "continuar", "archivo_backup", file,
                "ubicacion_backup", "VS-RESPALDO-01:/respaldos/plataformas/"));
        assertEquals("12;", actInServer(backup, "11", TECNICO_CIBER, "continuar", "informe_backup",
                "Back up completo, sin errores."));

        // 12: the coordinator returns it with an observation (none written: refused), then takes note
        Desk coordinator = desk("responsable.ciber").openFromInbox(backup.number(), "12");
        String silent = coordinator.tryAct("12", "con_observaciones");
        assertTrue(silent.contains("Escriba las observaciones en el comentario"), silent);
        coordinator.act("12", "con_observaciones", "comment", "Indique el hash SHA-256 del archivo " + k + ".");
        assertEquals("12;", actInServer(backup, "11", TECNICO_CIBER, "continuar", "informe_backup",
                "Back up completo; SHA-256 e3b0c442" + k + "."));
        coordinator.openFromInbox(backup.number(), "12").act("12", "tomar_conocimiento");
        coordinator.assertClosed("");
        assertEquals(List.of("0 → 10", "10 → 11", "11 → 12", "12 → 11", "11 → 12", "12 → END"),
                coordinator.completions());

        // the register keeps the month's backup; the two informes say what was backed up and the correction
        String register = fixture("/secplatform-register", "platform", code);
        assertTrue(register.endsWith("|" + month + ",si," + file + ",VS-RESPALDO-01:/respaldos/plataformas/,"
                + "tecnico.ciber;"), register);
        Map<String, Long> documents = Storeroom.documentsOf(coordinator.browser(), backup.id());
        assertEquals(2, documents.size(), documents::toString);
        List<String> texts = documents.values().stream().map(id -> Storeroom.pdfText(coordinator.browser(),
                "/files/official-document?id=" + id)).toList();
        for (String text : texts) {
            for (String piece : List.of("Informe de generación de back up de la plataforma " + code, month, file,
                    "Víctor Núñez Carrasco")) {
                assertTrue(text.contains(piece), () -> piece + " missing from the backup informe: " + text);
            }
        }
        assertEquals(1, texts.stream().filter(t -> t.contains("SHA-256 e3b0c442" + k)).count(), texts::toString);
    }

    /**
     * Set-up in the server: the coordinator files a case for a new platform and assigns the técnico (primary) and
     * themself (secondary); the técnico creates a profile and a user; the case waits at step 4. Checks the register.
     */
    private static Filed platformReady(String code, String kind, long k) {
        Filed c = fileInServer(RESPONSABLE_CIBER, CODE, null, "Plataforma " + code, "Administracion de " + code + ".");
        assertEquals("2;", actInServer(c, "1", RESPONSABLE_CIBER, "continuar", "plataforma", code,
                "nombre_plataforma", kind + " institucional " + k, "tipo_plataforma", kind, "ubicacion_plataforma",
                "Centro de datos", "administrador_primario", "tecnico.ciber", "administrador_secundario",
                "responsable.ciber"));
        assertEquals("3;", actInServer(c, "2", TECNICO_CIBER, "continuar", "perfiles",
                "Monitor: consulta de registros"));
        assertEquals("4;", actInServer(c, "3", TECNICO_CIBER, "continuar", "usuario_plataforma", "monitor." + k,
                "titular", "Victor Nunez Carrasco", "perfil", "monitor", "administracion_total", "NO"));
        assertEquals(kind + ",tecnico.ciber,responsable.ciber,null;|Monitor,consulta de registros;|monitor." + k
                + ",Victor Nunez Carrasco,Monitor,no;|", fixture("/secplatform-register", "platform", code));
        return c;
    }

    /** The register's row of a platform: code, name, kind, location, primary, secondary, profiles, users, custody. */
    private static List<String> registerRow(Browser b, String code) {
        b.open(Sigti.BASE_URL + "/secplatform/platforms.xhtml");
        b.text(By.id("platforms:list"));
        WebElement row = b.all(By.cssSelector("[id='platforms:list_data'] tr[data-ri]")).stream()
                .filter(r -> code.equals(r.findElement(By.cssSelector(".sigti-secplatform-code")).getText().strip()))
                .findFirst().orElseThrow(() -> new AssertionError(code + " is not in the register"));
        return List.of(cell(row, "code"), cell(row, "name"), cell(row, "kind"), cell(row, "location"),
                cell(row, "primary"), cell(row, "secondary"), cells(row, "profile"), cells(row, "user"),
                cell(row, "custody"));
    }

    private static String cell(WebElement row, String name) {
        return row.findElement(By.cssSelector(".sigti-secplatform-" + name)).getText().strip();
    }

    private static String cells(WebElement row, String name) {
        return String.join(" | ", row.findElements(By.cssSelector(".sigti-secplatform-" + name)).stream()
                .map(e -> e.getText().strip()).toList());
    }

    /** Number → id of the official documents of a case, once at least {@code min} are listed. */
    private static String[] replace(String[] pairs, String name, String value) {
        String[] copy = pairs.clone();
        for (int i = 0; i < copy.length; i += 2) {
            if (copy[i].equals(name)) {
                copy[i + 1] = value;
            }
        }
        return copy;
    }
}
