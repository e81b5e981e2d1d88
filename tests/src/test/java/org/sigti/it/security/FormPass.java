package org.sigti.it.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.sigti.it.DatabaseFingerprint;
import org.sigti.it.JsfClient;

/**
 * The corpus through the forms of the pages a person reached: each input in every free-text field of the form at once,
 * through each of the form's reading buttons, then a few inputs field by field; and the inputs SIGTI must refuse
 * through the form's saving buttons. The database is fingerprinted around each form's batch: a reading button, or a
 * refused save, changes nothing.
 */
final class FormPass {

    /**
     * Buttons that read (filter, search, show, page through, export): pressed with the whole corpus. Their forms'
     * batches must leave the database as it was.
     */
    static final Set<String> READING = Set.of("filter", "search", "refresh", "show", "newer", "older", "export",
            "download");
    /**
     * Buttons that save what the form holds: pressed only with the inputs every field of SIGTI must refuse (a NUL
     * character, control characters, in every field at once), so that a working refusal changes nothing and nothing
     * is created for the suite's other classes to count (10,000 characters, which a long text field may take, go
     * through the reading buttons only). Every other button is skipped: it moves
     * a case or a document (act, take, assign, observe, approve, sign, send), runs something (run-now, start,
     * verify, test, sweep, generate, draw, send-now, retry), removes or toggles (remove, delete, disable, enable,
     * toggle, retire, return), uploads (upload: SecureDefaultsIT's upload tests), or only opens a dialog (new, edit,
     * add-own, cancel, back); logout ends the session.
     */
    static final Set<String> SAVING = Set.of("save", "submit", "save-calendar");
    /** The inputs each field gets on its own, besides the batch: markup, SQL, NUL, length, a bad escape. */
    static final String[] FIELD_BY_FIELD = {"img-onerror", "or-true", "nul", "ten-thousand", "bad-escape"};

    private final JsfClient client;
    private final Corpus corpus;
    private final Verdicts verdicts;
    /** The forms one of the people already had field by field (page path and form id): the others get the batch. */
    private final Set<String> fieldByField;
    /** The last answer, whose form the next submission of the same form fills (a fresh GET if it has none). */
    private JsfClient.Answer last;
    private int fields;
    private int forms;

    FormPass(JsfClient client, Corpus corpus, Verdicts verdicts, Set<String> fieldByField) {
        this.client = client;
        this.corpus = corpus;
        this.verdicts = verdicts;
        this.fieldByField = fieldByField;
    }

    /** Runs the corpus through every form of {@code page} that has free-text fields. */
    void run(String page, JsfClient.Answer answer) {
        if (answer.status() != 200 || !answer.isHtml()) {
            return;
        }
        for (FormElement form : answer.page().select("form").forms()) {
            List<String> text = JsfClient.textFields(form);
            if (text.isEmpty()) {
                continue;
            }
            forms++;
            fields += text.size();
            String id = form.id();
            last = answer;
            boolean eachField = fieldByField.add(page.replaceFirst("\\?.*", "") + "#" + id);
            for (String button : buttons(form, READING)) {
                DatabaseFingerprint before = DatabaseFingerprint.now();
                for (Corpus.Input input : corpus.inputs()) {
                    send(page, id, button, input, text);
                }
                for (Corpus.Input input : eachField ? corpus.named(FIELD_BY_FIELD) : List.<Corpus.Input>of()) {
                    for (String field : text) {
                        send(page, id, button, input, List.of(field));
                    }
                }
                unchanged(before, page + " " + id + ":" + button);
            }
            for (String button : buttons(form, SAVING)) {
                for (Corpus.Input input : corpus.named("nul", "control-chars")) {
                    DatabaseFingerprint before = DatabaseFingerprint.now();
                    JsfClient.Answer saved = send(page, id, button, input, text);
                    if (saved != null && Verdicts.refused(saved)) {
                        unchanged(before, page + " " + id + ":" + button + " refusing " + input);
                    } else if (saved != null) {
                        verdicts.add("took " + input + " in every field without a refusal at " + client.user() + " "
                                + page + " " + id + ":" + button);
                    }
                }
            }
        }
    }

    int forms() {
        return forms;
    }

    int fields() {
        return fields;
    }

    /** The form, as the page shows it now, with {@code input} in {@code fields}, submitted through {@code button}. */
    private JsfClient.Answer send(String page, String formId, String button, Corpus.Input input, List<String> fields) {
        FormElement form = fresh(page, formId);
        if (form == null) {
            verdicts.add("the form " + formId + " of " + page + " is gone for " + client.user());
            return null;
        }
        Element pressed = button.isEmpty() ? null : buttonOf(form, button);
        JsfClient.Answer answer = client.submit(form, pressed, values -> {
            Map<String, String> edited = new LinkedHashMap<>(values);
            fields.forEach(f -> edited.put(f, input.value()));
            return edited;
        });
        last = answer;
        verdicts.judge(client.user() + " " + page + " " + formId + ":" + (button.isEmpty() ? "enter" : button) + " "
                + (fields.size() == 1 ? fields.get(0) : "all fields"), input, answer);
        return answer;
    }

    /** The form as the last answer shows it, or as a fresh GET of the page does. */
    private FormElement fresh(String page, String formId) {
        FormElement form = formOf(last, formId);
        return form != null ? form : formOf(client.get(page), formId);
    }

    private static FormElement formOf(JsfClient.Answer answer, String formId) {
        if (answer == null || answer.status() != 200 || !answer.isHtml()) {
            return null;
        }
        return answer.page().select("form").forms().stream().filter(f -> f.id().equals(formId)).findFirst()
                .orElse(null);
    }

    /** The buttons of {@code form} whose id ends in one of {@code kinds}; "" for a GET form without one. */
    private static List<String> buttons(FormElement form, Set<String> kinds) {
        List<String> found = new ArrayList<>();
        for (Element button : form.select("input[type=submit][name], button[name]")) {
            String id = button.attr("name");
            String kind = id.substring(id.lastIndexOf(':') + 1);
            if (kinds.contains(kind) && !found.contains(id)) {
                found.add(id);
            }
        }
        if (found.isEmpty() && kinds == READING && "get".equalsIgnoreCase(form.attr("method"))) {
            found.add("");
        }
        return found;
    }

    private static Element buttonOf(FormElement form, String name) {
        return form.select("input[type=submit][name], button[name]").stream()
                .filter(b -> b.attr("name").equals(name)).findFirst().orElseThrow();
    }

    private void unchanged(DatabaseFingerprint before, String where) {
        String changed = DatabaseFingerprint.now().changedSince(before);
        if (!changed.isEmpty()) {
            verdicts.add("data changed by " + client.user() + " " + where + ": " + changed);
        }
    }
}
