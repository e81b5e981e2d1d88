package org.sigti.procedure.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sigti.procedure.lifecycle.CodeReviews.Figures;

/** The figures of step 15's code review: typed as four counts, and OWASP ZAP's counted from its JSON report. */
class CodeReviewsTest {

    @Test
    void figures_are_four_whole_numbers_separated_by_slashes() {
        assertEquals(Optional.of(new Figures(0, 1, 4, 7)), CodeReviews.figures(" 0 / 1/4 /7 "));
        for (String bad : new String[] {null, "", "0/1/4", "0/1/4/7/2", "a/1/4/7", "-1/0/0/0", "1,5/0/0/0"}) {
            assertTrue(CodeReviews.figures(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void zaps_json_report_is_counted_by_risk_over_every_site() {
        String report = """
                {"@version": "2.14.0", "site": [
                  {"@name": "https://viaticos.mindef.test", "alerts": [
                    {"pluginid": "10020", "alert": "Missing Anti-clickjacking Header", "riskcode": "2"},
                    {"pluginid": "10021", "alert": "X-Content-Type-Options Header Missing", "riskcode": "1"},
                    {"pluginid": "10096", "alert": "Timestamp Disclosure", "riskcode": "0"}]},
                  {"@name": "https://api.viaticos.mindef.test", "alerts": [
                    {"pluginid": "40012", "alert": "Cross Site Scripting (Reflected)", "riskcode": "3"},
                    {"pluginid": "10038", "alert": "Content Security Policy Header Not Set", "riskcode": "2"}]}]}
                """;
        assertEquals(Optional.of(new Figures(1, 2, 1, 1)), CodeReviews.zapJson(report.getBytes(
                StandardCharsets.UTF_8)));
        assertEquals(Optional.of(new Figures(0, 0, 0, 0)), CodeReviews.zapJson("{\"site\": []}".getBytes(
                StandardCharsets.UTF_8)));
    }

    @Test
    void a_file_that_is_not_zaps_json_report_has_typed_figures_only() {
        for (String other : new String[] {"%PDF-1.4", "{\"issues\": []}", "[1, 2]", "{\"site\": [{\"alerts\": "
                + "[{\"riskcode\": \"9\"}]}]}", "{\"site\": "}) {
            assertTrue(CodeReviews.zapJson(other.getBytes(StandardCharsets.UTF_8)).isEmpty(), other);
        }
        assertTrue(CodeReviews.zapJson(new byte[0]).isEmpty());
    }
}
