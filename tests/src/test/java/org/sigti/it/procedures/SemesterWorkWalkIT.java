package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sigti.it.Browser;

/**
 * The semiannual sub-procedures SIGTI opens by itself, walked in real browsers from the step after SIGTI's: the
 * preventive maintenance of a system (DPG/ESIN-PRO-5.a) and its security evaluation (DPG/ESIN-PRO-5.SEG), the
 * técnico answering the checklist and the Responsable de ESIN verifying it (↺ once for the evaluation), each counted
 * by the semester's indicator once done; and the semiannual reports of S04.03.02.01 (copies) and S04.03.02.02
 * (restores), opened with their PDF attached, written by the Profesional, validated by the coordinator (↺ once for
 * the restores) and noted by the Jefe; and a unit's semiannual access review (S04.03.01.02.R), where the unit's
 * Responsable confirms one account and revokes another on the review screen, which opens one removal case. Each test
 * plans a semester nobody used, in the server ({@link WalkFixtures}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SemesterWorkWalkIT extends Walk {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    @Test
    void a_preventive_maintenance_checklist_verified_counts_as_executed() {
        // given the semester's plan, one preventive case per active system, waiting at the checklist
        String[] opened = fixture("/semester", "kind", "PREVENTIVE").split(" ");
        String semester = opened[0];
        String number = opened[2];
        String[] before = fixture("/compliance", "semester", semester).split(" ");
        assertEquals("0", before[1], "nothing executed yet");

        // the técnico executes the checklist; the Responsable de ESIN verifies it
        Desk tecnico = desk("tecnico.esin").openFromInbox(number, "1");
        assertTrue(tecnico.shows("Semestre " + semester), "the case names its semester");
        tecnico.act("1", "continuar", "revision_logs", "REALIZADO", "limpieza", "REALIZADO", "parches",
                "OBSERVADO", "respaldos", "REALIZADO", "funciones_criticas", "REALIZADO", "pruebas_funcionales",
                "NO_APLICA", "observaciones", "Parche de seguridad pendiente del proveedor.");
        Desk responsable = desk("responsable.esin").openFromInbox(number, "2").act("2", "conforme");

        // then the case is done and the indicator counts it
        responsable.assertClosed("cumplido");
        assertEquals(List.of("0 → 1", "1 → 2", "2 → END"), responsable.completions());
        String[] after = fixture("/compliance", "semester", semester).split(" ");
        assertEquals(List.of(before[0], "1", before[2], "0"), List.of(after), "planned, executed, security");

        // and the verification wrote the system's row of the register DGP/ESIN-R-6: preventive, concluded
        org.sigti.it.Browser screens = responsable.browser();
        screens.open(org.sigti.it.Sigti.BASE_URL + "/maintenance/register.xhtml?type=PREVENTIVE");
        String row = screens.all(org.openqa.selenium.By.cssSelector("[id='register:list_data'] tr[data-ri]")).stream()
                .map(org.openqa.selenium.WebElement::getText).filter(r -> r.contains(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no register row of " + number + ": "
                        + screens.text(org.openqa.selenium.By.id("register:list"))));
        for (String piece : List.of("R6-", "Preventivo", "Sí", "Plan semestral de mantenimiento preventivo",
                "Parche de seguridad pendiente del proveedor.")) {
            assertTrue(row.contains(piece), () -> piece + " missing from the register's row: " + row);
        }
    }

    @Test
    void a_security_evaluation_returned_once_then_verified_counts_as_executed() {
        // given the semester's security evaluation of a system, waiting at the evaluation
        String[] opened = fixture("/semester", "kind", "SECURITY").split(" ");
        String semester = opened[0];
        String number = opened[2];

        // the técnico evaluates, the Responsable returns it, the técnico completes it, the Responsable verifies
        Desk tecnico = desk("tecnico.esin").openFromInbox(number, "1").act("1", "continuar", "actualizaciones",
                "REALIZADO", "roles_permisos", "REALIZADO", "vulnerabilidades", "NO_APLICA", "respaldos",
                "REALIZADO");
        Desk responsable = desk("responsable.esin").openFromInbox(number, "2").act("2", "devolver", "comment",
                "Falta el análisis de vulnerabilidades.");
        assertEquals(List.of("1=false"), responsable.openSteps());
        tecnico.openFromInbox(number, "1").act("1", "continuar", "actualizaciones", "REALIZADO", "roles_permisos",
                "REALIZADO", "vulnerabilidades", "OBSERVADO", "respaldos", "REALIZADO", "observaciones",
                "Dos vulnerabilidades medias; corregidas.");
        responsable.openFromInbox(number, "2").act("2", "conforme");

        // then
        responsable.assertClosed("cumplido");
        assertEquals(List.of("0 → 1", "1 → 2", "2 → 1", "1 → 2", "2 → END"), responsable.completions());
        String[] after = fixture("/compliance", "semester", semester).split(" ");
        assertEquals(List.of("0", "1"), List.of(after[1], after[3]), "executed: maintenance, security");
    }

    @Test
    void the_semester_backup_report_is_written_validated_and_noted_with_its_figures_attached() {
        String[] opened = fixture("/semester", "kind", "BACKUP_REPORT").split(" ");
        String number = opened[2];
        walkReport(number, "12", "13", "14", "informe-copias-de-respaldo-" + opened[0] + ".pdf", false);
    }

    @Test
    void the_semester_restore_report_returned_once_is_validated_and_noted_with_its_list_attached() {
        String[] opened = fixture("/semester", "kind", "RESTORE_REPORT").split(" ");
        String number = opened[2];
        walkReport(number, "20", "21", "22", "informe-restauraciones-" + opened[0] + ".pdf", true);
    }

    @Test
    void the_units_responsable_confirms_and_revokes_on_the_review_screen_and_a_removal_case_opens() {
        // given a person of the MESA with two accounts, and the MESA's review of an unused semester, the other accounts
        // of the unit already decided
        String person = "rv" + System.nanoTime() % 100_000_000;
        String[] opened = fixture("/access-review", "reviewed", "MESA", "person", person).split(" ");
        String review = opened[0];
        long caseId = Long.parseLong(opened[1]);
        String number = opened[2];
        assertEquals("1,Responsable,MESA,null;", opened[4], "the review waits for the MESA's Responsable");

        // the MESA's Responsable finds the review in Mi bandeja and decides on the review screen
        Desk responsable = desk("responsable.mesa").openFromInbox(number, "1");
        responsable.openPage("/accounts/review.xhtml?id=" + review);
        Browser screen = responsable.browser();
        screen.click(decisionButton(person + ".a", "confirm"));
        screen.until(d -> "Confirmada".equals(decision(screen, person + ".a")));
        screen.type(By.xpath(accountRow(person + ".b") + "//input[contains(@id, ':reason')]"),
                "Cambió de unidad");
        screen.click(decisionButton(person + ".b", "revoke"));
        screen.until(d -> "Revocada".equals(decision(screen, person + ".b")));
        responsable.screenshot("review-decided");
        screen.click(By.id("review:complete"));
        screen.submit(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(screen.text(By.id("review:messages")).contains("completada"), () -> screen.text(
                By.id("review:messages")));

        // then the review is done, the case closed, and the revocation opened one removal case at its first steps
        // (1 accounts ∥ 5 VPN)
        assertEquals(person + ".a,CONFIRM,null,null;" + person + ".b,REVOKE,S04.03.01.02,1;" + person
                + ".b,REVOKE,S04.03.01.02,5;|DONE",
                fixture("/access-decisions", "review", review));
        responsable.open(caseId).assertClosed("resuelto");
        assertEquals(List.of("0 → 1", "1 → END"), responsable.completions());
    }

    private static String accountRow(String account) {
        return "//tr[@data-ri][td[normalize-space(.)='" + account + "']]";
    }

    private static By decisionButton(String account, String action) {
        return By.xpath(accountRow(account) + "//button[contains(@id, ':" + action + "')]");
    }

    private static String decision(Browser screen, String account) {
        return screen.all(By.xpath(accountRow(account) + "//span[@class='sigti-review-decision']")).stream()
                .map(e -> e.getText().strip()).findFirst().orElse("");
    }

    /**
     * A semiannual report from its writing to the Jefe's note: the Profesional (técnico) sees SIGTI's PDF and writes
     * the report, the coordinator validates it (after returning it once when asked), the Jefe takes note.
     */
    private void walkReport(String number, String write, String review, String note, String pdf,
            boolean returnOnce) {
        Desk profesional = desk("tecnico.infra").openFromInbox(number, write);
        assertEquals(List.of(pdf), attachments(profesional), "SIGTI's figures are attached");
        profesional.act(write, "continuar", "informe", "Acciones realizadas en el semestre: primera versión.");
        Desk coordinator = desk("responsable.infra").openFromInbox(number, review);
        if (returnOnce) {
            coordinator.act(review, "devolver", "comment", "Agregue las restauraciones rechazadas.");
            profesional.openFromInbox(number, write).act(write, "continuar", "informe",
                    "Acciones realizadas en el semestre, con las restauraciones rechazadas.");
            coordinator.openFromInbox(number, review);
        }
        coordinator.act(review, "validar");
        Desk jefe = desk("jefe.ogtie").openFromInbox(number, note).act(note, "tomar_nota");

        jefe.assertClosed("el Jefe tomó conocimiento");
        List<String> expected = returnOnce
                ? List.of(write + ".S → " + write, write + " → " + review, review + " → " + write,
                        write + " → " + review, review + " → " + note, note + " → END")
                : List.of(write + ".S → " + write, write + " → " + review, review + " → " + note, note + " → END");
        assertEquals(expected, jefe.completions());
        assertTrue(jefe.shows("con las restauraciones rechazadas") || !returnOnce, "the last version is on the case");
        assertEquals(List.of(pdf), attachments(jefe), "the figures stay attached");
    }

    private static List<String> attachments(Desk desk) {
        return desk.browser().all(By.cssSelector("a.sigti-attachment")).stream().map(WebElement::getText)
                .map(String::strip).toList();
    }
}
