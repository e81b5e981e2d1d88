package org.sigti.it.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

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
import org.sigti.it.procedures.Walk;

/**
 * The screens of the plans in a real browser: the Defensoría's Jefe generates the current semester's plan from the
 * indicators page as often as they like and it is opened once (one preventive item per active system of the
 * Defensoría), and the backup calendar shows the Defensoría's people the plan's items of the visible month. Each plan
 * page is offered only to the people of the institution whose manual keeps the plan (the semester plans the
 * Defensoría's, the annual plan of S04.03.04.03 MINDEF's); anyone else asking for it by its address gets the 403 page,
 * each time a security event.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanScreensIT extends Walk {

    /** The active systems of the Defensoría in the demo catalog (R__demo_systems.sql); other tests may add more. */
    private static final int DEMO_SYSTEMS = 8;

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    private static String semester() {
        LocalDate today = LocalDate.now(ZoneId.of("America/La_Paz"));
        return today.getYear() + "-S" + (today.getMonthValue() <= 6 ? 1 : 2);
    }

    @Test
    void the_jefe_generates_the_semester_plan_once_however_often_they_ask() {
        try (Browser browser = Browser.loggedIn("jefe.dgp", "/maintenance/indicators.xhtml")) {
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
        try (Browser browser = Browser.loggedIn("responsable.esin", "/maintenance/indicators.xhtml")) {
            browser.text(By.id("compliance"));
            assertTrue(browser.all(By.id("plan:generate")).isEmpty(), "only the Jefe generates");
        }
    }

    @Test
    void the_calendar_shows_the_plan_items_of_the_visible_month() {
        try (Browser browser = Browser.loggedIn("jefe.dgp", "/maintenance/indicators.xhtml")) {
            browser.submit(By.id("plan:generate")); // the plan exists, whether the timer or this opened it
        }
        try (Browser browser = Browser.loggedIn("tecnico.esin", "/backup/calendar.xhtml")) {
            List<WebElement> items = browser.until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector(".fc-event.sigti-run-plan"));
                return found.isEmpty() ? null : found;
            });
            browser.screenshot("backup-calendar");
            assertFalse(items.isEmpty(), "plan items on the calendar");
            assertTrue(browser.all(By.cssSelector("#calendar-legend li")).size() == 6, "the legend of the colors");
        }
    }

    @Test
    void each_plan_page_is_offered_only_to_its_institutions_people_and_asked_for_by_others_is_refused() {
        int year = 2100 + ThreadLocalRandom.current().nextInt(800);
        String semester = semester();
        String annual = "/maintenance/plan.xhtml?year=" + year;
        String indicators = "/maintenance/indicators.xhtml";
        // the Jefe of each institution: the links offered, and each page opened by its address
        Map<String, List<Boolean>> keeps = Map.of("jefe.dgp", List.of(false, true), "jefe.ogtie", List.of(true, false),
                "jefe", List.of(false, false), "jefe.di", List.of(false, false));
        Map<String, String> before = new HashMap<>();
        keeps.keySet().forEach(user -> before.put(user, denials(user, year, semester)));
        for (Map.Entry<String, List<Boolean>> jefe : keeps.entrySet()) {
            String user = jefe.getKey();
            boolean annualPlan = jefe.getValue().get(0);
            boolean semesterPlan = jefe.getValue().get(1);
            try (Browser b = Browser.loggedIn(user, "/")) {
                b.text(By.id("welcome"));
                assertEquals(annualPlan, !b.all(By.id("nav-maintenance-plan")).isEmpty(), user + ": the annual plan");
                assertEquals(semesterPlan, !b.all(By.id("nav-indicators")).isEmpty(), user + ": the indicators");
                b.open(Sigti.BASE_URL + annual);
                assertEquals(!annualPlan, forbidden(b), user + " opens " + annual);
                if (annualPlan) {
                    assertEquals(String.valueOf(year), b.until(d -> d.findElement(By.id("annual-plan")))
                            .getAttribute("data-year"));
                } else {
                    assertFalse(b.source().contains("annual-plan"), "the 403 page names nothing of the plan");
                    Map<String, Object> pdf = b.fetch(Sigti.BASE_URL + "/files/maintenance-plan?year=" + year
                            + "&doc=plan");
                    assertEquals(403L, ((Number) pdf.get("status")).longValue(), pdf::toString);
                }
                b.open(Sigti.BASE_URL + indicators);
                assertEquals(!semesterPlan, forbidden(b), user + " opens " + indicators);
                if (semesterPlan) {
                    b.text(By.id("compliance"));
                } else {
                    assertTrue(b.all(By.id("compliance")).isEmpty(), "no half-rendered page");
                }
            }
        }
        // each refusal is a security event naming the plan asked for; nothing refused to the plans' own people
        for (String user : keeps.keySet()) {
            List<Boolean> own = keeps.get(user);
            String added = (own.get(0) ? "" : "AnnualPlans.view,annual_plan," + year
                    + ";AnnualPlans.planPdf,annual_plan," + year + ";")
                    + (own.get(1) ? "" : "SemesterPlans.compliance,semester_plan," + semester + ";");
            assertEquals(before.get(user) + added, denials(user, year, semester), user + "'s refusals");
        }
    }

    /** The user's recorded refusals on the annual plan of {@code year} and the semester plan, in order. */
    private static String denials(String user, int year, String semester) {
        String rows = fixture("/security-events", "username", user, "object", String.valueOf(year), "object",
                semester);
        return rows.isEmpty() || rows.endsWith(";") ? rows : rows + ";";
    }

    private static boolean forbidden(Browser b) {
        return !b.all(By.id("error-title")).isEmpty() && b.text(By.id("error-title")).equals("Acceso no permitido");
    }
}
