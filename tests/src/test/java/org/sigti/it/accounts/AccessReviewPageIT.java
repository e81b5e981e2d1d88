package org.sigti.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;

/**
 * S04.03.01.02.R's screen (/accounts/review.xhtml) in a real browser: the Jefe's "Generar revisión ahora" and the
 * semester calendar, with a bad calendar refused in Spanish and nothing changed. The review itself is
 * {@link AccessReviewIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessReviewPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return Sigti.sharedEar();
    }

    @Test
    void the_jefe_generates_the_semester_reviews_and_a_bad_calendar_is_refused() {
        try (Browser browser = new Browser("es")) {
            // given the Jefe on the review screen, reached from the menu
            browser.open(Sigti.BASE_URL + "/");
            browser.login("jefe.ogtie", "jefe.ogtie");
            browser.text(By.id("welcome"));
            browser.nav("nav-access-review");
            browser.text(By.id("review:generate"));
            assertEquals("01-01,07-01", browser.all(By.id("review:calendar")).get(0).getAttribute("value"));
            // when they generate the semester's reviews
            browser.submit(By.id("review:generate"));
            // then SIGTI says how many it opened
            assertTrue(browser.text(By.id("review:messages")).startsWith("Revisiones abiertas:"),
                    () -> browser.text(By.id("review:messages")));
            // and a calendar that is not MM-dd is refused in Spanish, the stored one unchanged
            browser.type(By.id("review:calendar"), "31-13");
            browser.submit(By.id("review:save-calendar"));
            assertTrue(browser.text(By.id("review:messages")).startsWith("Calendario no válido"),
                    () -> browser.text(By.id("review:messages")));
            browser.open(Sigti.BASE_URL + "/accounts/review.xhtml");
            browser.text(By.id("review:generate"));
            assertEquals("01-01,07-01", browser.all(By.id("review:calendar")).get(0).getAttribute("value"));
            browser.screenshot("access-review-jefe");
        }
    }
}
