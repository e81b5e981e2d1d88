package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

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
 * roles and a Jefe of another institution, through every free-text field of every form the crawl reaches ({@link
 * FormPass}) and every URL parameter SIGTI accepts ({@link ParameterPass}), and through the REST API. No answer is a
 * 5xx or shows internals, no input comes back as markup or as a script, an attribute or a link, a refusal speaks
 * Spanish, and a refused input changes no data. The size and the findings go to {@code target/bad-input-corpus.md}.
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
        return Sigti.sharedEar();
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

    /**
     * The REST API (issue 16) gets the corpus too, as a machine client (the Operador service account): every input in
     * every text field of a request to a procedure that does not exist (parsed and refused: nothing filed), the
     * unicode edge cases in the title and description of a real request (filed exactly as sent, or refused), and
     * every input as a case's number or id and as a list's scope, page and size. No answer is a 5xx; every refusal is
     * a problem+json whose title is one of SIGTI's Spanish titles and shows no internals; a case filed reads back
     * as sent; the cases filed are exactly the accepted requests.
     */
    @Test
    void the_rest_api_answers_every_input_with_its_data_or_a_problem_in_words() {
        // given
        Corpus corpus = Corpus.load();
        String token = ApiTokens.serviceAccount(ApiTokens.OPERADOR_CLIENT);
        long casesBefore = cases();
        List<String> findings = new ArrayList<>();
        int filed = 0;
        int requests = 0;

        // when
        for (Corpus.Input input : corpus.inputs()) {
            String v = input.value();
            String everyField = Json.createObjectBuilder().add("procedure", "NO-EXISTE/" + v).add("title", v)
                    .add("description", v).add("contactPhone", v).add("onBehalfName", v).build().toString();
            judgeApi(findings, input + " in every field", api(token, "POST", "/cases", everyField), 400);
            requests++;
            if (input.category().equals("unicode")) {
                String title = "Corpus API " + v;
                HttpResponse<String> created = api(token, "POST", "/cases", Json.createObjectBuilder()
                        .add("procedure", "UGAT/AIT-PR01").add("title", title).add("description", v).build()
                        .toString());
                requests++;
                if (created.statusCode() == 201) {
                    filed++;
                    HttpResponse<String> read = api(token, "GET", created.headers().firstValue("Location")
                            .orElseThrow().replaceFirst("^.*/api/v1", ""), null);
                    requests++;
                    String stored = read.statusCode() == 200 ? Json.createReader(new StringReader(read.body()))
                            .readObject().getString("title", null) : null;
                    // as sent: a lone surrogate reaches SIGTI as the '?' UTF-8 makes of it
                    String sent = new String(title.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).strip();
                    if (!sent.equals(stored)) {
                        findings.add(input + ": filed, but reads back as " + read.statusCode() + " " + abbreviated(
                                String.valueOf(stored)));
                    }
                } else {
                    judgeApi(findings, input + " in a real request", created, 400);
                }
            }
            String asPath = URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
            judgeApi(findings, input + " as a case", api(token, "GET", "/cases/" + asPath, null), 400, 403, 404);
            judgeApi(findings, input + " as scope, page and size", api(token, "GET", "/cases?scope=" + asPath
                    + "&page=" + asPath + "&size=" + asPath, null), 400);
            requests += 2;
        }

        // then
        System.out.printf("REST API corpus: %d inputs, %d requests, %d cases filed%n", corpus.inputs().size(),
                requests, filed);
        assertEquals(casesBefore + filed, cases(), "cases filed by the API corpus: only the accepted requests");
        assertTrue(findings.isEmpty(), () -> String.join("\n", findings));
    }

    private static final Set<String> API_TITLES = Set.of("Solicitud mal formada", "Datos no válidos",
            "Acceso denegado", "No encontrado");

    private static void judgeApi(List<String> findings, String what, HttpResponse<String> answer, int... expected) {
        String body = answer.body();
        boolean allowed = Arrays.stream(expected).anyMatch(s -> s == answer.statusCode());
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!allowed) {
            findings.add(what + ": " + answer.statusCode() + " " + abbreviated(body));
        } else if (!type.startsWith("application/problem+json")) {
            findings.add(what + ": " + answer.statusCode() + " as " + type + ", not a problem");
        } else {
            JsonObject problem = Json.createReader(new StringReader(body)).readObject();
            String title = problem.getString("title", "");
            // what SIGTI wrote, not the input it echoes as the problem's instance
            String said = title + " " + problem.getString("detail", "") + " " + problem.getOrDefault("errors",
                    JsonValue.EMPTY_JSON_OBJECT);
            if (!API_TITLES.contains(title) || said.contains("Exception") || said.contains("java.")
                    || said.contains("???")) {
                findings.add(what + ": " + answer.statusCode() + " " + abbreviated(body));
            }
        }
    }

    private static HttpResponse<String> api(String token, String method, String path, String json) {
        HttpRequest.Builder request = Sigti.request(Sigti.BASE_URL + "/api/v1" + path)
                .header("Authorization", "Bearer " + token).header("Accept-Language", "es")
                .header("Accept", "application/json");
        request = json == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        try {
            return API.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final HttpClient API = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The cases the machine client filed: SIGTI's clock files its own meanwhile. */
    private static long cases() {
        return Long.parseLong(DatabaseFingerprint.column("select count(*) from work_case where requester_username = ?",
                "service-account-" + ApiTokens.OPERADOR_CLIENT).get(0));
    }

    private static String abbreviated(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
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
