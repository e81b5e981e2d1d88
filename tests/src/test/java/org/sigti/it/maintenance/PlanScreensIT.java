package org.sigti.it.maintenance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;

/**
 * The screens of the semiannual plans in a real browser: the Jefe generates the current semester's plan from the
 * indicators page as often as they like and it is opened once (one preventive item per active demo system), and the
 * backup calendar shows the plan's items of the visible month.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanScreensIT {

    /** The active systems of the demo catalog (R__demo_systems.sql); other tests may add more. */
    private static final int DEMO_SYSTEMS = 10;

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.ear();
    }


    private static String semester() {
        LocalDate today = LocalDate.now(ZoneId.of("America/La_Paz"));
        return today.getYear() + "-S" + (today.getMonthValue() <= 6 ? 1 : 2);
    }

    @Test
    void the_jefe_generates_the_semester_plan_once_however_often_they_ask() {
        try (Browser browser = Browser.loggedIn("jefe", "/maintenance/indicators.xhtml")) {
            String row = "tr.sigti-compliance-row[data-semester='" + semester() + "']";
            browser.text(By.cssSelector(row));
            browser.submit(By.id("plan:generate"));
            browser.submit(By.id("plan:generate"));
            browser.screenshot("indicators-jefe");
            String said = String.join("\n", browser.all(By.cssSelector("#messages li")).stream()
                    .map(WebElement::getText).toList());
            assertTrue(said.contains("ya estaba completo"), said);
            String planned = browser.text(By.cssSelector(row + " td.sigti-planned"));
            assertTrue(Integer.parseInt(planned) >= DEMO_SYSTEMS, () -> "one item per active system: " + planned);
        }
        try (Browser browser = Browser.loggedIn("responsable", "/maintenance/indicators.xhtml")) {
            browser.text(By.id("compliance"));
            assertTrue(browser.all(By.id("plan:generate")).isEmpty(), "only the Jefe generates");
        }
    }

    @Test
    void the_calendar_shows_the_plan_items_of_the_visible_month() {
        try (Browser browser = Browser.loggedIn("jefe", "/maintenance/indicators.xhtml")) {
            browser.submit(By.id("plan:generate")); // the plan exists, whether the timer or this opened it
        }
        try (Browser browser = Browser.loggedIn("tecnico", "/backup/calendar.xhtml")) {
            List<WebElement> items = browser.until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector(".fc-event.sigti-run-plan"));
                return found.isEmpty() ? null : found;
            });
            browser.screenshot("backup-calendar");
            assertFalse(items.isEmpty(), "plan items on the calendar");
            assertTrue(browser.all(By.cssSelector("#calendar-legend li")).size() == 6, "the legend of the colors");
        }
    }
}
