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
 * the Auditor reads without any action offered. The Statistics committee's Secretaría técnica keeps its members: seats
 * a person found by name, is refused a second titular presidency, changes the seat, records the leaving, and each
 * change is in the history of settings; a member who left is not on a new session's attendance.
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
        return sharedEar();
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

    @Test
    void the_secretaria_tecnica_seats_changes_and_retires_a_member_and_the_history_of_settings_keeps_it() {
        String keeper = "responsable.estad";
        String person = "director.mindef";
        JsfClient.logIn(person).get("/"); // SIGTI knows a person once they have logged in
        JsfClient secretary = JsfClient.logIn(keeper);
        Document list = secretary.get("/committee/list.xhtml").page();
        JsfClient.Answer committee = secretary.get(list.getElementById("committee-CCE").absUrl("href"));
        String committeePage = committee.url();
        assertEquals("true", committee.page().getElementById("committee").attr("data-may-manage"));
        // the committee's own Secretaría técnica is offered no "Retirar"
        assertTrue(committee.page().select("tr[data-user='" + keeper + "'] .sigti-member-remove").isEmpty());

        // given the keeper finds the person by part of their name and seats them as alternate member
        JsfClient.Answer found = submit(secretary, committee, "addMember", "find", v -> {
            v.put("addMember:search", "director.mind");
            return v;
        });
        assertEquals(1, found.page().getElementById("addMember:person").select("option[value='" + person + "']")
                .size(), found::body);
        JsfClient.Answer added = submit(secretary, found, "addMember", "add", v -> {
            v.put("addMember:person", person);
            v.put("addMember:newRole", "MIEMBRO");
            v.put("addMember:newSeat", "ALTERNO");
            return v;
        });
        assertTrue(added.body().contains("Se agregó el miembro al comité."), added::body);
        Document seated = added.page();
        assertEquals(1, seated.select("#members tr[data-user='" + person + "']").size(), seated::html);
        assertEquals("ALTERNO", seated.select("tr[data-user='" + person + "'] select.sigti-member-seat option[selected]")
                .attr("value"));

        // a second titular presidency is refused with its reason, and nothing changes
        JsfClient.Answer refused = secretary.submit(form(seated, "members-form"),
                seated.selectFirst("tr[data-user='" + person + "'] .sigti-member-change"), v -> {
                    v.put(seated.selectFirst("tr[data-user='" + person + "'] select.sigti-member-role").attr("name"),
                            "PRESIDENTE");
                    v.put(seated.selectFirst("tr[data-user='" + person + "'] select.sigti-member-seat").attr("name"),
                            "TITULAR");
                    return v;
                });
        assertTrue(refused.body().contains("ese cargo ya lo ocupa otro miembro con la misma condición"), refused::body);
        Document unchanged = secretary.get(committeePage).page();
        assertEquals("MIEMBRO", unchanged.select("tr[data-user='" + person + "'] select.sigti-member-role"
                + " option[selected]").attr("value"));

        // when the seat changes to titular, then the member leaves
        JsfClient.Answer changed = secretary.submit(form(unchanged, "members-form"),
                unchanged.selectFirst("tr[data-user='" + person + "'] .sigti-member-change"), v -> {
                    v.put(unchanged.selectFirst("tr[data-user='" + person + "'] select.sigti-member-seat")
                            .attr("name"), "TITULAR");
                    return v;
                });
        assertTrue(changed.body().contains("Se guardó el cargo del miembro."), changed::body);
        Document titular = changed.page();
        assertEquals("TITULAR", titular.select("tr[data-user='" + person + "'] select.sigti-member-seat"
                + " option[selected]").attr("value"));
        JsfClient.Answer left = secretary.submit(form(titular, "members-form"),
                titular.selectFirst("tr[data-user='" + person + "'] .sigti-member-remove"), v -> v);
        assertTrue(left.body().contains("Se registró el retiro del miembro."), left::body);
        assertTrue(left.page().select("#members tr[data-user='" + person + "']").isEmpty(), left::body);
        assertEquals(1, left.page().select("#former tr[data-user='" + person + "']").size(), left::body);

        // then a new session's attendance lists only the current members
        JsfClient.Answer session = submit(secretary, left, "newSession", "create", v -> {
            v.put("newSession:heldOn", "2026-12-07");
            v.put("newSession:convenedBy", "Oficio N° 051-2026-MINDEF/OGTIE");
            return v;
        });
        assertTrue(session.page().select("tr[data-user='" + person + "']").isEmpty(), session::body);
        assertEquals(1, session.page().select("tr[data-user='tecnico.estad']").size(), session::body);

        // and the Jefe reads each change, with who made it, in the history of settings
        Document history = JsfClient.logIn("jefe.ogtie").get("/admin/settings-history.xhtml?type=COMMITTEE_MEMBER")
                .page();
        String rows = history.select("tr.sigti-setting-row").stream()
                .filter(r -> r.text().contains("(" + person + ")")).map(r -> r.select("td").eachText().subList(1, 7)
                        .toString()).toList().toString();
        for (String change : List.of("[" + keeper + ", Miembro de comité, CCE · ",
                "Condición, Alterno(a), Titular]", "Activo, No, Sí]", "Activo, Sí, No]", "Cargo, —, Miembro]")) {
            assertTrue(rows.contains(change), () -> change + " missing from " + rows);
        }
        // a member who does not keep the committee is offered no member form, and may not use it
        Document asMember = JsfClient.logIn("tecnico.estad").get(committeePage).page();
        assertNull(asMember.getElementById("addMember"));
        assertTrue(asMember.select(".sigti-member-change").isEmpty());
    }

    private static FormElement form(Document page, String id) {
        FormElement f = (FormElement) page.getElementById(id);
        assertTrue(f != null, () -> id + " missing: " + page.html());
        return f;
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
