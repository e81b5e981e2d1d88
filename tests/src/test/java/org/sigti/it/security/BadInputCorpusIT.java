package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.sigti.it.Browser;
import org.sigti.it.DatabaseFingerprint;
import org.sigti.it.JsfClient;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Mailbox;

/**
 * The bad-input corpus (issue 18, section 4; {@code bad-input/corpus.tsv}: XSS, SQL and EL metacharacters, formula
 * prefixes, path traversal, unicode edge cases, malformed ids) sent by an HTTP client as a browser would, for several
 * roles and a Jefe of another institution, through every free-text field of every form the crawl reaches
 * ({@link FormPass}) and every URL parameter SIGTI accepts ({@link ParameterPass}). No answer is a 5xx or shows
 * internals, no input comes back as markup or as a script, an attribute or a link, a refusal speaks Spanish, and a
 * refused input changes no data. The size and the findings go to {@code target/bad-input-corpus.md}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputCorpusIT {

    /** The roles whose forms get the corpus, and a Jefe of another institution. */
    private static final List<String> PEOPLE = List.of("jefe", "tecnico", "operador", "solicitante", "auditor",
            "jefe.ogtie");
    /** Who also gets the whole corpus in every URL parameter (the others: ids and paths, GetChangesNothingIT). */
    private static final List<String> EVERY_PARAMETER = List.of("jefe", "solicitante");

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.ear();
    }

    @Test
    void no_field_or_parameter_lets_the_corpus_through() throws IOException {
        // given
        Corpus corpus = Corpus.load();
        Verdicts verdicts = new Verdicts();
        Set<String> fieldByField = new HashSet<>();
        List<String> sizes = new ArrayList<>();
        long started = System.nanoTime();
        int requests = 0;

        // when
        for (String user : PEOPLE) {
            JsfClient client = JsfClient.logIn(user);
            List<Surface.Visit> visits = Surface.crawl(client);
            visits.forEach(v -> verdicts.judge(user + " GET " + v.path(), null, v.answer()));
            FormPass forms = new FormPass(client, corpus, verdicts, fieldByField);
            visits.forEach(v -> forms.run(v.path(), v.answer()));
            ParameterPass parameters = new ParameterPass(client, verdicts);
            parameters.run(EVERY_PARAMETER.contains(user) ? corpus.inputs() : corpus.of("id", "path"), visits);
            parameters.otherInstitutions();
            requests += client.requests();
            sizes.add(String.format("| %s | %d | %d | %d | %d | %d |", user, visits.size(), forms.forms(),
                    forms.fields(), parameters.requests(), client.requests()));
        }

        // then
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String report = report(corpus, sizes, verdicts, requests, seconds);
        Files.writeString(Path.of("target", "bad-input-corpus.md"), report);
        System.out.println(report);
        assertTrue(verdicts.findings().isEmpty(), () -> String.join("\n", verdicts.findings()));
    }

    /**
     * Stored markup, executed? A request filed with markup in its title and description (through the form, as the
     * HTTP client sends it) is then opened in Chromium where it is listed and shown (the requester's and the help
     * desk's inboxes, the case page, the inbox search): no script of it ran. The mail that confirms the filing is
     * plain text (SIGTI sends no HTML part) and carries the title as typed. The closing record's PDF prints such text
     * as text: ClosingRecordPdfTest.
     */
    @Test
    void stored_markup_never_runs_and_the_mail_carries_it_as_text() {
        // given
        String unique = "xs" + Long.toString(System.nanoTime(), 36);
        String title = "Falla " + unique + " <img src=x onerror=window." + Corpus.MARKER
                + "=1><script>document.title='XSS'</script>";
        String description = "\"><svg onload=window." + Corpus.MARKER + "=1></textarea><script>window."
                + Corpus.MARKER + "=1</script> " + unique;
        Verdicts verdicts = new Verdicts();
        try (Mailbox mailbox = Mailbox.start()) {
            JsfClient requester = JsfClient.logIn("solicitante");
            FormElement form = requester.get("/request.xhtml").page().select("form#request").forms().get(0);

            // when
            JsfClient.Answer filed = requester.submit(form, form.selectFirst("[name='request:submit']"), values -> {
                values.put("request:procedure", "UGAT/AIT-PR01");
                values.put("request:title", title);
                values.put("request:description", description);
                return values;
            });

            // then
            verdicts.judge("solicitante files /request.xhtml", null, filed);
            assertTrue(filed.url().contains("/case.xhtml?id="), () -> filed.url() + ": " + filed.page().text());
            String caseId = filed.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
            String number = filed.page().getElementById("case-number").text();
            for (String[] visit : new String[][] {{"solicitante", "/"}, {"solicitante", "/case.xhtml?id=" + caseId},
                    {"operador", "/"}, {"operador", "/case.xhtml?id=" + caseId}, {"jefe", "/"},
                    {"jefe", "/case.xhtml?id=" + caseId}}) {
                try (Browser browser = Browser.loggedIn(visit[0], visit[1])) {
                    browser.text(By.id("nav-home"));
                    Object ran = browser.until(d -> ((JavascriptExecutor) d).executeScript("return String(window."
                            + Corpus.MARKER + ") + ' ' + document.title"));
                    assertFalse(String.valueOf(ran).startsWith("1") || String.valueOf(ran).contains("XSS"),
                            () -> visit[0] + " " + visit[1] + " ran the stored script: " + ran);
                    assertTrue(visit[1].equals("/") && !visit[0].equals("solicitante")
                            || browser.source().contains(unique), () -> visit[0] + " " + visit[1] + " shows it");
                }
            }
            String email = DatabaseFingerprint.column("select email from user_profile where username = ?",
                    "solicitante").get(0);
            Mailbox.Mail mail = mailbox.await(number, email, "[" + number + "] Solicitud registrada", unique);
            assertTrue(mail.body().contains(title), mail::body);
        }
        assertTrue(verdicts.findings().isEmpty(), () -> String.join("\n", verdicts.findings()));
    }

    private static String report(Corpus corpus, List<String> sizes, Verdicts verdicts, int requests, long seconds) {
        StringBuilder md = new StringBuilder("# Bad-input corpus (BadInputCorpusIT)\n\n");
        md.append(String.format("%d inputs (%s), %d people, %d requests, %d answers judged, %d s.%n%n",
                corpus.inputs().size(), categories(corpus), PEOPLE.size(), requests, verdicts.judged(), seconds));
        md.append("Each form: every input in all its free-text fields at once, through each reading button (")
                .append(String.join(", ", FormPass.READING)).append("); the inputs ")
                .append(String.join(", ", FormPass.FIELD_BY_FIELD))
                .append(" field by field (once per form); NUL and control characters through")
                .append(" each saving button (").append(String.join(", ", FormPass.SAVING)).append(").\n\n");
        md.append("| person | pages | forms with text | text fields | parameter requests | requests |\n")
                .append("|---|---|---|---|---|---|\n");
        sizes.forEach(s -> md.append(s).append('\n'));
        md.append("\n## Findings\n\n");
        if (verdicts.findings().isEmpty()) {
            md.append("None.\n");
        }
        verdicts.findings().forEach(f -> md.append("- ").append(f.length() > 400 ? f.substring(0, 400) + "…" : f)
                .append('\n'));
        return md.toString();
    }

    private static String categories(Corpus corpus) {
        StringBuilder counts = new StringBuilder();
        corpus.inputs().stream().map(Corpus.Input::category).distinct().forEach(c -> counts
                .append(counts.isEmpty() ? "" : ", ").append(c).append(' ').append(corpus.of(c).size()));
        return counts.toString();
    }
}
