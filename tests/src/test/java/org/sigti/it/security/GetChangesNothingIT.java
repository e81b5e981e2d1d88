package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigti.it.DatabaseFingerprint;
import org.sigti.it.JsfClient;
import org.sigti.it.Sigti;

/**
 * A GET never changes SIGTI's data (issue 18, secure defaults): for each role, every page and download reachable from
 * the home page, each URL parameter with malformed ids and paths and with another institution's records, and every
 * form's action opened by GET with the form's values and a button's name (a postback forged as a link), leave the
 * database as it was ({@link DatabaseFingerprint}: every row of every table, but the audit of refusals and what
 * SIGTI's timers write, each exclusion with its reason there).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GetChangesNothingIT {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    /** The roles of SIGTI, and a Jefe of another institution. */
    static final List<String> PEOPLE = List.of("jefe", "responsable", "tecnico", "operador", "solicitante", "auditor",
            "rrhh", "jefe.ogtie");

    @Test
    void nothing_anyone_opens_changes_data() {
        List<String> failures = new ArrayList<>();
        for (String user : PEOPLE) {
            failures.addAll(opensAsNothingChanges(user));
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    /** Crawls as {@code user}: what changed in the database, and any bad answer. */
    private static List<String> opensAsNothingChanges(String user) {
        // given
        JsfClient client = JsfClient.logIn(user);
        Verdicts verdicts = new Verdicts();
        DatabaseFingerprint before = DatabaseFingerprint.now();

        // when
        List<Surface.Visit> visits = Surface.crawl(client);
        visits.forEach(v -> verdicts.judge(user + " GET " + v.path(), null, v.answer()));
        ParameterPass parameters = new ParameterPass(client, verdicts);
        parameters.run(Corpus.load().of("id", "path"), visits);
        parameters.otherInstitutions();
        int forged = postbacksAsLinks(client, visits, verdicts);

        // then
        String changed = DatabaseFingerprint.now().changedSince(before);
        System.out.printf("GetChangesNothingIT %s: %d pages, %d parameter requests, %d forged postbacks,"
                + " %d requests in all, %d tables compared%n", user, visits.size(), parameters.requests(), forged,
                client.requests(), before.size());
        List<String> failures = new ArrayList<>();
        if (!changed.isEmpty()) {
            failures.add(user + "'s GETs changed " + changed);
        }
        verdicts.findings().forEach(f -> failures.add(user + ": " + f));
        return failures;
    }

    /**
     * Every form of the crawled pages, sent as a GET to its action with its values and one of its buttons: Faces
     * takes a GET for a first visit, never for a postback, so no action may run.
     */
    private static int postbacksAsLinks(JsfClient client, List<Surface.Visit> visits, Verdicts verdicts) {
        int sent = 0;
        for (Surface.Visit visit : visits) {
            if (visit.answer().status() != 200 || !visit.answer().isHtml()) {
                continue;
            }
            for (FormElement form : visit.answer().page().select("form[method=post]").forms()) {
                for (Element button : form.select("input[type=submit][name], button[name]")) {
                    Map<String, String> values = JsfClient.values(form);
                    values.put(button.attr("name"), button.attr("value"));
                    String action = form.absUrl("action").replaceFirst("\\?.*", "");
                    verdicts.judge(client.user() + " GET-as-postback " + visit.path() + " " + button.attr("name"),
                            null, client.get(action + "?" + JsfClient.urlEncoded(values)));
                    sent++;
                }
            }
        }
        return sent;
    }
}
