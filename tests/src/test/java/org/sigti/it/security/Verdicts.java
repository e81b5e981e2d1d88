package org.sigti.it.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sigti.it.JsfClient;

/**
 * What the corpus tests require of every answer SIGTI gives, and the findings of a run: each answer is judged, and
 * every breach is kept (not thrown at once), so one run lists them all.
 */
final class Verdicts {

    /** A stack trace, an exception's class, a Java package or an unresolved bundle key in what a person reads. */
    private static final Pattern INTERNALS = Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b|\\bat (java|jakarta|"
            + "org|com)\\.|\\b(java|jakarta|org\\.sigti|org\\.hibernate|org\\.postgresql)\\.[a-z]+\\.|\\?\\?\\?[\\w.]+\\?\\?\\?"
            + "|\\{[a-z]+(\\.[a-zA-Z]+){2,}\\}|ERROR: |SQLState|ELException|PropertyNotFound");
    /** English in a refusal: the container's or the specification's default messages. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|is|must|value|validation|conversion|required|"
            + "invalid|not found|forbidden|bad request|could not|error report|unavailable|null)\\b");
    private static final String MESSAGES = ".ui-messages-error-summary, .ui-messages-error-detail,"
            + " .ui-messages-warn-summary, .ui-message-error-detail, .ui-message-error-summary, ul.sigti-messages li,"
            + " #error-title, #error-text";

    /** The error page's title for a failure of SIGTI (500): a refusal of what a person sent must say what it is. */
    private static final String FAILURE_TITLE = "Ocurrió un error";

    /** Attributes a browser follows or loads as an address: a javascript: address there runs. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data",
            "xlink:href", "poster", "background");

    private final Set<String> findings = new LinkedHashSet<>();
    private int judged;

    /**
     * Judges an answer to {@code input} sent as {@code where} ("GET /case.xhtml?id", "jefe /inventory/...:save"): no
     * 5xx, nothing internal in the text, the input never echoed as markup nor injected as a script, an attribute or a
     * link, any refusal message in Spanish.
     */
    void judge(String where, Corpus.Input input, JsfClient.Answer answer) {
        judged++;
        String at = where + " with " + (input == null ? "no input" : input);
        if (answer.status() >= 500) {
            findings.add(answer.status() + " at " + at);
            return;
        }
        if (!answer.isHtml()) {
            return;
        }
        Document page = answer.page();
        String shown = page.body() == null ? page.text() : page.body().text();
        // the input itself, echoed as text in a message ("no existe el procedimiento #{...}"), is not SIGTI's internals
        String text = input == null || input.value().isBlank() ? shown : shown.replace(input.value().strip(), "");
        if (INTERNALS.matcher(text).find()) {
            findings.add("internals shown at " + at + ": " + excerpt(text, INTERNALS));
        }
        Element title = page.getElementById("error-title");
        if (answer.status() < 500 && title != null && title.text().equals(FAILURE_TITLE)) {
            findings.add("a refusal (" + answer.status() + ") that reads as a failure at " + at + ": " + title.text());
        }
        for (Element message : page.select(MESSAGES)) {
            if (ENGLISH.matcher(message.text()).find()) {
                findings.add("a refusal not in Spanish at " + at + ": " + message.text());
            }
        }
        if (input != null && input.isMarkup() && answer.body().contains(input.value())) {
            findings.add("echoed as markup at " + at);
        }
        injected(page).forEach(element -> findings.add("injected " + element + " at " + at));
    }

    /** A breach found another way (a data change, data of another unit shown). */
    void add(String finding) {
        findings.add(finding);
    }

    List<String> findings() {
        return new ArrayList<>(findings);
    }

    int judged() {
        return judged;
    }

    /** Whether the answer shows a refusal: an error message of the page, or an error page. */
    static boolean refused(JsfClient.Answer answer) {
        return answer.status() >= 400 || (answer.isHtml() && !answer.page().select(MESSAGES).isEmpty()
                && answer.page().select(".ui-messages-info-summary").isEmpty());
    }

    /** Elements of the page that carry the corpus's marker where a browser runs it. */
    private static List<String> injected(Document page) {
        List<String> found = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().toLowerCase(Locale.ROOT).strip();
                boolean marked = value.contains(Corpus.MARKER.toLowerCase(Locale.ROOT)) || value.contains("'xss'");
                boolean runs = name.startsWith("on") || name.equals("srcdoc")
                        || URL_ATTRIBUTES.contains(name) && value.startsWith("javascript:");
                if (marked && runs) {
                    found.add("<" + element.tagName() + " " + attribute.getKey() + ">");
                }
            }
            String script = element.tagName().equals("script") ? element.data().strip() : "";
            if (script.startsWith("window." + Corpus.MARKER) || script.startsWith("document.title='XSS'")) {
                found.add("<script>");
            }
        }
        return found;
    }

    private static String excerpt(String text, Pattern pattern) {
        var m = pattern.matcher(text);
        if (!m.find()) {
            return "";
        }
        return text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 60));
    }
}
