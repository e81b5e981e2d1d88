package org.sigti.it.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.JsfClient;
import org.sigti.it.procedures.Walk;

/**
 * A session of MINDEF's Comité de Gobierno Digital (issue 17, item 1), each person on their own screen: the
 * Secretaría técnica ({@code responsable.gobti}) records the session called by oficio, its agenda and agreements,
 * the attendance (the presidenta and a member present; the alterno and the Secretario técnico absent), the cronograma
 * v2 approved, and generates the acta. The absent member is offered no signature and a forged one is refused and
 * recorded; the two present members sign in turn from their own session page, which completes and numbers the acta,
 * whose PDF lists agenda, attendance, agreements and the approval. A procedure finds the approval by the document's
 * name. A requester gets 403 for the committees, a Técnico outside the committee 403 for the session (recorded), and
 * the Auditor reads without any action offered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitteeSessionIT extends Walk {

    private static final String SECRETARY = "responsable.gobti";
    private static final String PRESIDENT = "comite.mindef";
    private static final String MEMBER = "comite2.mindef";
    private static final String ABSENT = "comite3.mindef";
    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return earWithDriver(CommitteeFixture.class);
    }

    @Test
    void a_cgd_acta_is_signed_by_the_two_members_present_while_the_absent_one_is_refused() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        String cronograma = "Cronograma de trabajo del PGD " + unique;

        // given the Secretaría técnica records a session of the CGD, called by oficio
        JsfClient secretary = JsfClient.logIn(SECRETARY);
        Document list = secretary.get("/committee/list.xhtml").page();
        JsfClient.Answer committee = secretary.get(list.getElementById("committee-CGD").absUrl("href"));
        assertEquals("true", committee.page().getElementById("committee").attr("data-may-manage"));
        JsfClient.Answer session = submit(secretary, committee, "newSession", "create", v -> {
            v.put("newSession:heldOn", "2026-12-07");
            v.put("newSession:convenedBy", "Oficio N° 045-2026-MINDEF/OGTIE " + unique);
            return v;
        });
        Matcher id = ID.matcher(session.url());
        assertTrue(id.find(), session.url());
        String page = "/committee/session.xhtml?id=" + id.group(1);
        String number = session.page().getElementById("committee-session").selectFirst("h1").text().replaceAll("\\D+", " ")
                .strip().split(" ")[0];

        session = submit(secretary, session, "record", "save", v -> {
            v.put("record:agenda", "Presentación del cronograma de trabajo\nVarios");
            v.put("record:agreements", "Aprobar el cronograma de trabajo " + unique);
            return v;
        });
        Document recorded = session.page();
        String presidentBox = recorded.select("tr[data-user='" + PRESIDENT + "'] input[type=checkbox]").attr("name");
        String memberBox = recorded.select("tr[data-user='" + MEMBER + "'] input[type=checkbox]").attr("name");
        assertTrue(!presidentBox.isEmpty() && !memberBox.isEmpty(), recorded::html);
        session = submit(secretary, session, "attendanceForm", "save", v -> {
            v.put(presidentBox, "on");
            v.put(memberBox, "on");
            return v;
        });
        session = submit(secretary, session, "document", "add", v -> {
            v.put("document:name", cronograma);
            v.put("document:version", "v2");
            v.put("document:outcome", "APPROVED");
            return v;
        });

        // the members see the session before the acta; the absent one is offered no signature
        for (String member : List.of(PRESIDENT, MEMBER)) {
            try (Browser b = Browser.loggedIn(member, page)) {
                assertEquals("false", b.until(d -> d.findElement(By.id("committee-session")).getAttribute("data-may-sign")));
            }
        }
        session = submit(secretary, session, "actaForm", "generate", v -> v);
        assertTrue(session.page().getElementById("acta-state").text().startsWith("En firma"), session::body);
        assertEquals("false", session.page().getElementById("committee-session").attr("data-may-edit"));
        try (Browser absent = Browser.loggedIn(ABSENT, page)) {
            assertEquals("false", absent.until(d -> d.findElement(By.id("committee-session")).getAttribute("data-may-sign")));
            assertTrue(absent.text(By.cssSelector("tr[data-user='" + ABSENT + "']")).contains("Ausente"),
                    () -> absent.text(By.cssSelector("tr[data-user='" + ABSENT + "']")));
            assertTrue(absent.all(By.id("sign:signActa")).isEmpty());
        }
        // when the absent member forges a signature: refused and recorded
        assertEquals("refused|1", fixture("/committee", "session", id.group(1), "signer", ABSENT, "sign", "true"));

        // the two present members sign in the committee's order, each on their own screen
        try (Browser president = Browser.loggedIn(PRESIDENT, page)) {
            president.submit(By.id("sign:signActa"));
            assertTrue(president.text(By.id("acta-state")).contains("espera la firma de"),
                    () -> president.text(By.id("acta-state")));
        }
        String acta;
        byte[] pdf;
        try (Browser member = Browser.loggedIn(MEMBER, page)) {
            member.submit(By.id("sign:signActa"));
            assertEquals("true", member.until(d -> d.findElement(By.id("acta")).getAttribute("data-complete")));
            acta = member.text(By.id("acta-number"));
            Matcher doc = ID.matcher(member.until(d -> d.findElement(By.id("acta-pdf")).getAttribute("href")));
            assertTrue(doc.find());
            pdf = member.download("/files/official-document?id=" + doc.group(1));
        }

        // then the acta's PDF lists agenda, attendance, agreements and the approval
        String text;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
        for (String piece : List.of(acta, "AGENDA", "1. Presentación del cronograma de trabajo", "ASISTENCIA",
                "Presentes: Liliana Zegarra Ruiz (presidente, titular); Ricardo Palomino Vera (miembro, titular).",
                "Ausentes: Silvia Huamán Torres (miembro, alterno); Fernando Castro Ruiz (secretario técnico,"
                        + " titular).",
                "ACUERDOS", "1. Aprobar el cronograma de trabajo " + unique,
                cronograma + " v2 aprobado en la sesión " + number)) {
            assertTrue(text.contains(piece), () -> piece + " missing from the acta: " + text);
        }
        // and a procedure finds the approval by the document's name
        assertEquals("CGD," + number + "," + cronograma + ",v2,APPROVED," + acta + ";",
                fixture("/committee", "document", cronograma));

        // a requester may not open the committees; a Técnico outside the committee may not open the session
        assertEquals(403, JsfClient.logIn("solicitante.mindef").get("/committee/list.xhtml").status());
        assertEquals(403, JsfClient.logIn("tecnico.infra").get(page).status());
        assertEquals("|1", fixture("/committee", "session", id.group(1), "signer", "tecnico.infra"));
        // the Auditor reads, with no action offered
        Document audited = JsfClient.logIn("auditor.mindef").get(page).page();
        assertEquals("false", audited.getElementById("committee-session").attr("data-may-edit"));
        assertTrue(audited.getElementById("session-agenda").text().contains("Varios"), audited::html);
        for (String form : List.of("record", "document", "actaForm", "sign")) {
            assertNull(audited.getElementById(form), form);
        }
    }

    /** Submits a form of the page through one of its buttons, after {@code edit}; the answer must be a page. */
    private static JsfClient.Answer submit(JsfClient client, JsfClient.Answer page, String form, String button,
            UnaryOperator<java.util.Map<String, String>> edit) {
        FormElement f = (FormElement) page.page().getElementById(form);
        assertTrue(f != null, () -> form + " missing: " + page.body());
        JsfClient.Answer answer = client.submit(f, f.selectFirst("[name='" + form + ":" + button + "']"), edit);
        assertEquals(200, answer.status(), answer::body);
        assertTrue(answer.page().select(".ui-messages-error").isEmpty(), answer::body);
        return answer;
    }
}
