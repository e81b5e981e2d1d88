package org.sigti.it.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.sigti.it.DatabaseFingerprint;
import org.sigti.it.JsfClient;

/**
 * Inputs of the corpus in every URL parameter SIGTI's pages and downloads accept ({@link Surface#parameters()}),
 * one parameter at a time (the address's other parameters as a crawled link gave them), and another institution's
 * records by id: they answer 400, 403 or 404, or a page that shows none of the record.
 */
final class ParameterPass {

    private static final String CASE = "select id || ' ' || case_number from work_case where institution_code <> ?";
    private static final String DOCUMENT = "select id || ' ' || subject from official_document"
            + " where institution_code <> ?";
    /**
     * For the id parameters of SIGTI's addresses, a record of an institution other than the person's: its id and a
     * text of it that a page showing it would show. The query takes the person's institution.
     */
    private static final Map<String, String> OTHER_INSTITUTION = Map.ofEntries(
            Map.entry("/case.xhtml?id", CASE), Map.entry("/files/document?case", CASE),
            Map.entry("/files/case-credentials?case", CASE), Map.entry("/files/backup-report?case", CASE),
            Map.entry("/document/list.xhtml?case", CASE), Map.entry("/document/new.xhtml?case", CASE),
            Map.entry("/kb/article.xhtml?caseId", CASE),
            Map.entry("/inventory/equipment-edit.xhtml?id", "select id || ' ' || patrimonial_code from equipment"
                    + " where institution_code <> ?"),
            Map.entry("/inventory/system-edit.xhtml?id", "select id || ' ' || name from it_system"
                    + " where institution_code <> ?"),
            Map.entry("/inventory/pool-edit.xhtml?id", "select id || ' ' || code from license_pool"
                    + " where institution_code <> ?"),
            Map.entry("/document/view.xhtml?id", DOCUMENT), Map.entry("/document/new.xhtml?id", DOCUMENT),
            Map.entry("/files/official-document?id", DOCUMENT),
            Map.entry("/kb/article.xhtml?id", "select id || ' ' || title from kb_article where institution_code <> ?"),
            Map.entry("/files/attachment?id", "select a.id || ' ' || a.file_name from case_attachment a join work_case c"
                    + " on c.id = a.case_id where c.institution_code <> ?"));
    /** Of each query, the records tried. */
    private static final int RECORDS = 2;

    private final JsfClient client;
    private final Verdicts verdicts;
    private int requests;

    ParameterPass(JsfClient client, Verdicts verdicts) {
        this.client = client;
        this.verdicts = verdicts;
    }

    /** Each input in each parameter of each address; {@code crawled}: the addresses the crawl opened. */
    void run(List<Corpus.Input> inputs, List<Surface.Visit> crawled) {
        Surface.parameters().forEach((path, names) -> {
            Map<String, String> given = crawled.stream().map(Surface.Visit::path)
                    .filter(p -> p.startsWith(path + "?")).findFirst().map(Surface::query).orElse(Map.of());
            for (String name : names) {
                for (Corpus.Input input : inputs) {
                    String url = address(path, given, name, input.value());
                    verdicts.judge(client.user() + " GET " + path + "?" + name, input, get(url));
                }
            }
        });
    }

    /** Another institution's records in each id parameter that names one. */
    void otherInstitutions() {
        List<String> mine = DatabaseFingerprint.column("select o.institution_code from user_profile p join org_unit o"
                + " on o.id = p.unit_id where p.username = ?", client.user());
        String institution = mine.isEmpty() ? "" : mine.get(0);
        OTHER_INSTITUTION.forEach((address, query) -> {
            String path = address.substring(0, address.indexOf('?'));
            String name = address.substring(address.indexOf('?') + 1);
            List<String> records = DatabaseFingerprint.column(query + " order by 1 limit " + RECORDS, institution);
            for (String record : records) {
                String id = record.substring(0, record.indexOf(' '));
                String shown = record.substring(record.indexOf(' ') + 1);
                JsfClient.Answer answer = get(address(path, Map.of(), name, id));
                verdicts.judge(client.user() + " GET " + address + " of another institution", null, answer);
                boolean refused = List.of(400, 403, 404).contains(answer.status());
                if (!refused && answer.body().contains(shown)) {
                    verdicts.add(client.user() + " (institution " + institution + ") was shown " + address + "=" + id
                            + " of another institution (" + answer.status() + ")");
                }
            }
        });
    }

    int requests() {
        return requests;
    }

    private JsfClient.Answer get(String url) {
        requests++;
        return client.get(url);
    }

    private static String address(String path, Map<String, String> given, String name, String value) {
        Map<String, String> query = new TreeMap<>(given);
        query.put(name, value);
        return path + "?" + query.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
