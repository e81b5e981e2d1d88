package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;

/**
 * One person at their desk: a browser logged in as a demo user (password = user name), with the gestures of the
 * procedure screens: file a request, find a case in "Mi bandeja" by its number, fill a step's values and take one
 * of its ways out, and read the case page (state, open steps, history, messages).
 */
public final class Desk implements AutoCloseable {

    /** A case just filed: its number (what people see) and its id (the case page's URL). */
    public record Filed(String number, long id) {
    }

    /** A row of the case's history (audit trail). */
    public record HistoryRow(String action, String from, String to) {
    }

    /** What a request form is filled with; IT staff may also give the channel and the person they file for. */
    public record Draft(String procedure, String type, String title, String description, String phone, String channel,
            String onBehalf, String email, List<Map.Entry<String, String>> credentials) {

        public static Draft of(String procedure, String type, String title, String description) {
            return new Draft(procedure, type, title, description, null, null, null, null, List.of());
        }

        Draft phone(String number) {
            return new Draft(procedure, type, title, description, number, channel, onBehalf, email, credentials);
        }

        Draft forSomeoneElse(String byChannel, String name, String mail) {
            return new Draft(procedure, type, title, description, phone, byChannel, name, mail, credentials);
        }

        Draft channel(String byChannel) {
            return new Draft(procedure, type, title, description, phone, byChannel, onBehalf, email, credentials);
        }

        /** A credential handed with the Nota on the filing form (UIT/ASS-PR01, PR02): its description and value. */
        Draft credential(String label, String value) {
            List<Map.Entry<String, String>> more = new ArrayList<>(credentials);
            more.add(Map.entry(label, value));
            return new Draft(procedure, type, title, description, phone, channel, onBehalf, email, more);
        }
    }

    final String user;
    private final Browser browser;
    private final String shotPrefix;

    private Desk(String user, String shotPrefix, Browser browser) {
        this.user = user;
        this.shotPrefix = shotPrefix;
        this.browser = browser;
    }

    /**
     * The user at their desk on the home page, logged in through Keycloak (their profile exists from then on): the
     * browser the user already logged in with in this test class when it is free ({@link Browser#loggedIn}), else a
     * new one. {@link #close()} gives it back for the class's next test.
     */
    public static Desk login(String user, String shotPrefix) {
        return new Desk(user, shotPrefix, Browser.loggedIn(user, "/"));
    }

    /** Files a request through "Nueva solicitud" and returns the number the case page shows. */
    public Filed file(Draft draft) {
        browser.open(Sigti.BASE_URL + "/request.xhtml");
        browser.select(By.id("request:procedure"), draft.procedure());
        if (draft.type() != null) {
            browser.select(By.id("request:type"), draft.type());
        }
        browser.type(By.id("request:title"), draft.title());
        browser.type(By.id("request:description"), draft.description());
        if (draft.phone() != null) {
            browser.type(By.id("request:phone"), draft.phone());
        }
        if (draft.channel() != null) {
            browser.select(By.id("request:channel"), draft.channel());
        }
        if (draft.onBehalf() != null) {
            browser.type(By.id("request:onBehalf"), draft.onBehalf());
            browser.type(By.id("request:email"), draft.email());
        }
        for (int i = 0; i < draft.credentials().size(); i++) {
            browser.type(By.id("request:credentialRows:" + i + ":credentialLabel"), draft.credentials().get(i).getKey());
            browser.type(By.id("request:credentialRows:" + i + ":credentialValue"),
                    draft.credentials().get(i).getValue());
        }
        browser.submit(By.id("request:submit"));
        String number = browser.text(By.id("case-number"));
        assertTrue(messages().contains("Solicitud " + number + " registrada."), () -> user + " filing: "
                + messages());
        String id = browser.url().replaceFirst(".*[?&]id=(\\d+).*", "$1");
        screenshot("filed-" + number);
        return new Filed(number, Long.parseLong(id));
    }

    /**
     * Goes to "Mi bandeja", searches the case number, checks the case waits there at the step, and opens it.
     */
    public Desk openFromInbox(String number, String step) {
        browser.open(Sigti.BASE_URL + "/");
        browser.type(By.id("home:search"), number);
        browser.click(By.id("home:filter"));
        try {
            browser.until(driver -> {
                List<WebElement> rows = driver.findElements(By.cssSelector("[id='home:inbox_data'] tr[data-ri]"));
                WebElement found = null;
                for (WebElement row : rows) {
                    WebElement a = row.findElement(By.cssSelector("a.sigti-case-link"));
                    if (!a.getText().strip().equals(number)) {
                        return null; // the search has not answered yet
                    }
                    if (step.equals(row.findElement(By.cssSelector(".sigti-step")).getAttribute("data-step"))) {
                        found = a;
                    }
                }
                if (found == null) {
                    return null;
                }
                screenshot("inbox-" + number + "-" + step);
                found.click(); // replaced by the search's answer meanwhile: stale, looked up again
                return true;
            });
        } catch (TimeoutException e) {
            screenshot("inbox-missing-" + number + "-" + step);
            throw new AssertionError(number + " step " + step + " is not in the inbox of " + user + ": "
                    + browser.all(By.cssSelector("[id='home:inbox_data'] tr")).stream()
                            .map(WebElement::getText).toList(), e);
        }
        browser.until(d -> number.equals(d.findElement(By.id("case-number")).getText().strip()));
        return this;
    }

    /** Opens a page of SIGTI by its path ({@code /backup/copy.xhtml?id=1}). */
    Desk openPage(String path) {
        browser.open(Sigti.BASE_URL + path);
        return this;
    }

    /** Opens a case page by its id (as a link in a mail would). */
    public Desk open(long caseId) {
        browser.open(Sigti.BASE_URL + "/case.xhtml?id=" + caseId);
        return this;
    }

    /**
     * Fills the open step's values ({@code name, value} pairs: the {@code data-field} names, plus {@code comment}
     * and {@code nextAssignee}) and takes the way out; the page must say the step was completed.
     */
    public Desk act(String step, String outcome, String... fieldValues) {
        String said = tryAct(step, outcome, fieldValues);
        if (onErrorPage()) {
            screenshot("error-" + step + "-" + outcome);
            fail(user + " at step " + step + " → " + outcome + " got the error page: " + String.join(" ",
                    browser.all(By.cssSelector("main p")).stream().map(WebElement::getText).toList()));
        }
        String number = number();
        if (!said.contains("Caso " + number + ": paso " + step + " completado.")) {
            screenshot("failed-" + number + "-" + step + "-" + outcome);
            fail(user + " on " + number + " step " + step + " → " + outcome + ": " + said);
        }
        return this;
    }

    /** Like {@link #act}, but returns what the page said, whatever it was. */
    public String tryAct(String step, String outcome, String... fieldValues) {
        fill(step, fieldValues);
        browser.submit(outcomeButton(step, outcome));
        return messages();
    }

    /**
     * Attaches a file to the case on the page (the case's "Archivos" form), as a person picks it on their disk; the
     * page must say it was attached.
     */
    public Desk attach(java.nio.file.Path file) {
        By input = By.cssSelector("form[id='attach'] input[type='file']");
        browser.until(d -> d.findElement(input)).sendKeys(file.toAbsolutePath().toString());
        browser.submit(By.id("attach:upload"));
        String said = messages();
        assertTrue(said.contains("Archivo " + file.getFileName() + " adjuntado."), () -> user + " attaching "
                + file.getFileName() + " to " + number() + ": " + said);
        return this;
    }

    /** Asks the requester for information at an observable step. */
    Desk observe(String step, String observation) {
        fill(step, "comment", observation);
        browser.submit(outcomeButton(step, "observar"));
        String said = messages();
        assertTrue(said.contains("Caso " + number() + ": observación enviada al solicitante."),
                () -> user + " observing " + number() + " step " + step + ": " + said);
        return this;
    }

    /** The requester answers the observation that waits for them at a step. */
    Desk answer(String step, String text) {
        return act(step, "responder", "comment", text);
    }

    private void fill(String step, String... fieldValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < fieldValues.length; i += 2) {
            values.put(fieldValues[i], fieldValues[i + 1]);
        }
        values.forEach((name, value) -> {
            By field = By.cssSelector(openStep(step) + " [data-field='" + name + "']");
            WebElement element = browser.until(d -> d.findElement(field));
            if ("select".equals(element.getTagName())) {
                browser.select(field, value);
            } else {
                browser.type(field, value);
            }
        });
    }

    private static By outcomeButton(String step, String outcome) {
        return By.cssSelector(openStep(step) + " input[data-outcome='" + outcome + "'][data-step='" + step + "']");
    }

    private static String openStep(String step) {
        return "section.sigti-open-step[data-step='" + step + "']";
    }

    /** What an open step's field holds before anyone types in it (its {@code data-field} name). */
    public String value(String step, String field) {
        return browser.until(d -> d.findElement(By.cssSelector(openStep(step) + " [data-field='" + field + "']")))
                .getAttribute("value");
    }

    /** What the page's message area says (info and errors), one message a line. */
    public String messages() {
        return String.join("\n", browser.all(By.cssSelector("#messages li")).stream()
                .map(li -> li.getText().strip()).toList());
    }

    public String number() {
        return browser.text(By.id("case-number"));
    }

    /** OPEN or CLOSED. */
    public String status() {
        return browser.until(d -> d.findElement(By.id("case-summary"))).getAttribute("data-status");
    }

    /** The text of the state: "Cerrado — resuelto". */
    public String statusText() {
        return browser.text(By.id("case-status"));
    }

    /** The procedure the case is in now (after a jump, the one it jumped to). */
    String procedure() {
        return browser.until(d -> d.findElement(By.id("case-summary"))).getAttribute("data-procedure");
    }

    String priority() {
        return browser.text(By.id("case-priority"));
    }

    /** The steps open now, with whether this person may act on each ("3=true"). */
    public List<String> openSteps() {
        return browser.all(By.cssSelector("section.sigti-open-step")).stream()
                .map(s -> s.getAttribute("data-step") + "=" + s.getAttribute("data-may-act")).toList();
    }

    List<HistoryRow> history() {
        List<HistoryRow> rows = new ArrayList<>();
        for (WebElement tr : browser.all(By.cssSelector("tr.sigti-history-row"))) {
            rows.add(new HistoryRow(tr.getAttribute("data-action"), Objects.requireNonNullElse(
                    tr.getAttribute("data-from"), ""), Objects.requireNonNullElse(tr.getAttribute("data-to"), "")));
        }
        return rows;
    }

    /** The completed steps in order, as "from → to" ("3 → UGAT/AIT-PR02 1", "10 → END"). */
    public List<String> completions() {
        return history().stream().filter(r -> "COMPLETE".equals(r.action())).map(r -> r.from() + " → " + r.to())
                .toList();
    }

    /** Asserts the case ended: closed, with the outcome's words in its state. */
    public void assertClosed(String outcomeText) {
        assertEquals("CLOSED", status(), () -> number() + " state");
        assertTrue(statusText().contains(outcomeText), () -> number() + ": " + statusText());
        assertEquals(List.of(), openSteps(), () -> number() + " has no open step once closed");
    }

    /** Whether the page's HTML holds the text anywhere. */
    public boolean shows(String text) {
        return browser.source().contains(text);
    }

    boolean onErrorPage() {
        return !browser.all(By.id("error-title")).isEmpty();
    }

    String errorTitle() {
        return browser.text(By.id("error-title"));
    }

    public void screenshot(String name) {
        browser.screenshot(shotPrefix + "-" + user + "-" + name.replace('/', '_'));
    }

    /** The person's browser, for pages other than the case and the inbox. */
    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
    }
}
