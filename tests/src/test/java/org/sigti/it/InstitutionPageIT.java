package org.sigti.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The "Institución" screen in a real browser. AGETIC's Jefe sees the next oficio's number in the institution's format
 * and a live explanation when the typed format lacks its counter; a text file named {@code logo.png} is refused with
 * a Spanish message and no logo appears; a PNG is shown in the preview (served as an image, for the caller's
 * institution only) until "Quitar logo". The Auditor reads the page with nothing to change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InstitutionPageIT {

    private static final String PAGE = "/admin/institution.xhtml";
    private static final By MESSAGE = By.cssSelector("#messages .ui-messages-info-summary,"
            + " #messages .ui-messages-error-summary");

    @TempDir
    Path files;

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void the_jefe_sees_the_next_number_and_a_bad_logo_is_refused_while_a_png_is_shown_until_removed()
            throws IOException {
        Path text = Files.writeString(files.resolve("logo.png"), "no soy una imagen", StandardCharsets.UTF_8);
        Path png = files.resolve("escudo.png");
        ImageIO.write(logo(), "png", png.toFile());
        try (Browser browser = Browser.loggedIn("jefe", PAGE)) {
            // the page and its example: AGETIC numbers {INST}/{UNIDAD}/{TIPO}/{N:4}/{AÑO}, the Jefe's unit is UGAT
            assertEquals("Institución · AGETIC (Bolivia)", browser.text(By.cssSelector("h1")));
            assertTrue(browser.all(By.id("read-only")).isEmpty());
            int year = LocalDate.now(ZoneId.of("America/La_Paz")).getYear();
            String example = browser.text(By.id("example-number"));
            assertTrue(example.matches("AGETIC/UGAT/OFICIO/\\d{4}/" + year), example);

            // a format without its counter is explained as it is typed
            browser.type(By.id("letterhead:number-format"), "{TIPO}-{AÑO}");
            String problem = browser.until(d -> d.findElements(By.id("letterhead:example-problem")).stream()
                    .map(e -> e.getText().strip()).filter(t -> !t.isEmpty()).findFirst().orElse(null));
            assertTrue(problem.startsWith("El formato debe incluir el correlativo {N}"), problem);

            // a text file named logo.png changes nothing
            upload(browser, text);
            assertEquals("El archivo no es una imagen PNG ni JPEG. El logo no se cambió.", browser.text(MESSAGE));
            assertFalse(browser.all(By.id("logo:no-logo")).isEmpty(), "still no logo");

            // a PNG is shown, served as an image of the caller's institution
            upload(browser, png);
            assertEquals("Cambios guardados.", browser.text(MESSAGE));
            String src = browser.all(By.id("logo:logo-image")).get(0).getAttribute("src");
            Map<String, Object> served = browser.fetch(src);
            assertEquals(List.of(200L, "image/png", "nosniff"), List.of(((Number) served.get("status")).longValue(),
                    served.get("type"), served.get("nosniff")));
            browser.screenshot("institution-jefe");

            // "Quitar logo" asks first: "No" keeps the logo, "Sí" prints the letterhead in text only again
            browser.click(By.id("logo:remove"));
            browser.click(By.cssSelector(".ui-confirmdialog-no"));
            browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
            assertFalse(browser.all(By.id("logo:logo-image")).isEmpty(), "the logo stays when the Jefe says no");
            browser.click(By.id("logo:remove"));
            browser.submit(By.cssSelector(".ui-confirmdialog-yes"));
            assertEquals("Cambios guardados.", browser.text(MESSAGE));
            assertFalse(browser.all(By.id("logo:no-logo")).isEmpty(), "no logo any more");
            String latest = browser.text(By.cssSelector("#changes_data tr:first-child"));
            assertTrue(latest.contains("Logo quitado"), latest);
            assertEquals(404L, ((Number) browser.fetch(Sigti.BASE_URL + "/admin/institution-logo").get("status"))
                    .longValue());
        }
    }

    @Test
    void the_auditor_reads_the_letterhead_with_nothing_to_change() {
        try (Browser browser = Browser.loggedIn("auditor", PAGE)) {
            assertEquals("Vista de solo lectura: solo el Jefe puede modificar los datos de la institución.",
                    browser.text(By.id("read-only")));
            assertFalse(browser.all(By.id("letterhead:name")).get(0).isEnabled());
            assertFalse(browser.all(By.id("letterhead:number-format")).get(0).isEnabled());
            for (String id : List.of("letterhead:save", "logo:file", "logo:upload", "logo:remove")) {
                assertTrue(browser.all(By.id(id)).isEmpty(), id);
            }
            assertFalse(browser.text(By.id("example-number")).isEmpty());
        }
    }

    /** Chooses a file in the logo form and posts it. */
    private static void upload(Browser browser, Path file) {
        browser.all(By.id("logo:file")).get(0).sendKeys(file.toAbsolutePath().toString());
        browser.submit(By.id("logo:upload"));
    }

    private static BufferedImage logo() {
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 120, 60);
            g.setColor(new Color(11, 61, 110));
            g.fillRect(10, 10, 40, 40);
        } finally {
            g.dispose();
        }
        return image;
    }
}
