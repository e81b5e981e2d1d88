package org.sigti.it.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;

/**
 * The inventory screens as the walks of the custody procedures use them: register a piece of equipment in the store,
 * read its state, custodian and custody history (one row per change, with the case that made it), and read a
 * document of a case as the user downloads it (PDF text, through the browser's session).
 */
final class Storeroom {

    /** A piece of equipment registered for a walk: its patrimonial code and its page. */
    record Piece(String code, String url) {
    }

    private Storeroom() {
    }

    /** Registers equipment of the kind, in the store, through "Nuevo equipo"; returns its code and page. */
    static Piece register(Desk desk, String kind, String code, String brand, String model) {
        Browser b = desk.browser();
        b.open(Sigti.BASE_URL + "/inventory/equipment-edit.xhtml");
        b.select(By.id("describe:kind"), kind);
        b.type(By.id("describe:code"), code);
        b.type(By.id("describe:serial"), "SN-" + code);
        b.type(By.id("describe:brand"), brand);
        b.type(By.id("describe:model"), model);
        b.submit(By.id("describe:save"));
        assertEquals("En almacén", b.text(By.id("equipment-state")), () -> code + " registered in the store");
        return new Piece(code, b.url());
    }

    /** "Asignado", "En almacén"... as the equipment page shows it now. */
    static String state(Desk desk, Piece piece) {
        desk.browser().open(piece.url());
        return desk.browser().text(By.id("equipment-state"));
    }

    static String custodian(Desk desk, Piece piece) {
        desk.browser().open(piece.url());
        return desk.browser().text(By.id("equipment-custodian"));
    }

    /** The custody history, oldest first in the page's order, as "state to-user case-id" lines. */
    static List<String> history(Desk desk, Piece piece) {
        desk.browser().open(piece.url());
        desk.browser().text(By.id("equipment-state"));
        desk.screenshot("history-" + piece.code());
        return desk.browser().all(By.cssSelector("[id='history_data'] tr[data-ri]")).stream().map(Storeroom::line)
                .toList();
    }

    private static String line(WebElement row) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        return (cells.get(3).getText().strip() + " " + cells.get(2).getText().strip() + " "
                + cells.get(5).getText().strip()).replaceAll("\\s+", " ");
    }

    /**
     * The text of a case's document (PDFBox), downloaded with the desk's session. A document not issued yet is
     * issued first, as a user does it: "Emitir" on the case page (a POST); before that, its download is not found,
     * since a GET never issues.
     */
    static String documentText(Desk desk, long caseId, String type) {
        Browser b = desk.browser();
        String path = "/files/document?case=" + caseId + "&type=" + type;
        b.open(Sigti.BASE_URL + "/case.xhtml?id=" + caseId);
        By issue = By.cssSelector("input.sigti-document-issue[data-type='" + type + "']");
        if (!b.all(issue).isEmpty()) {
            assertEquals(404L, ((Number) b.fetch(Sigti.BASE_URL + path).get("status")).longValue(),
                    () -> type + " is not issued yet: its download must not issue it");
            b.submit(issue);
            b.text(By.cssSelector("a.sigti-document[data-type='" + type + "']"));
        }
        return pdfText(b, path);
    }

    /**
     * The text of a PDF of SIGTI ({@code /files/...}), downloaded with the browser's session, with every run of white
     * space (a title or a cell wrapped on two lines) as one space.
     */
    static String pdfText(Browser b, String path) {
        String base64 = (String) b.runAsync("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(r => r.arrayBuffer()).then(buf => { let s = '';"
                + " new Uint8Array(buf).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });",
                Sigti.BASE_URL + path);
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError(path + " is not a PDF", e);
        }
    }

    /** Number → id of the official documents archived with a case ("Documentos" of the case), once two are there. */
    static Map<String, Long> documentsOf(Browser b, long caseId) {
        return documentsOf(b, caseId, 2);
    }

    /** Number → id of the official documents archived with a case, once at least {@code min} are there. */
    static Map<String, Long> documentsOf(Browser b, long caseId, int min) {
        b.open(Sigti.BASE_URL + "/document/list.xhtml?case=" + caseId);
        Map<String, Long> found = new LinkedHashMap<>();
        for (WebElement a : b.until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("a.sigti-document-link"));
            return links.size() >= min ? links : null;
        })) {
            found.put(a.getText().strip(), Long.parseLong(a.getAttribute("href").replaceFirst(".*[?&]id=(\\d+).*",
                    "$1")));
        }
        return found;
    }
}
