package org.sigti.incidents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A security system's alert as it reaches SIGTI: the system that raised it ({@code source}, e.g. "fortigate-01"), the
 * {@code fingerprint} that identifies the same alert when it comes again (the system's rule and target, an event id
 * it repeats...), a {@code title}, a {@code severity} (low, medium, high, critical) and an optional {@code detail}.
 * {@link #problems} says what is wrong with each field (keys of the API's problem texts), empty when it is valid.
 */
public record SecurityAlert(String source, String fingerprint, String title, String severity, String detail) {

    public static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");
    public static final int TITLE_MINLENGTH = 5;

    /** Field → key of what is wrong ({@code required}, {@code range}, {@code choice}); empty when valid. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems, "source", source, SecurityIncident.SOURCE_MAXLENGTH);
        check(problems, "fingerprint", fingerprint, SecurityIncident.FINGERPRINT_MAXLENGTH);
        check(problems, "title", title, SecurityAlertOccurrence.TITLE_MAXLENGTH);
        if (!problems.containsKey("title") && title.strip().length() < TITLE_MINLENGTH) {
            problems.put("title", "workflow.title.short");
        }
        if (severity == null || !SEVERITIES.contains(severity)) {
            problems.put("severity", severity == null ? "required" : "choice");
        }
        if (detail != null && detail.length() > SecurityAlertOccurrence.DETAIL_MAXLENGTH) {
            problems.put("detail", "range");
        }
        return problems;
    }

    private static void check(Map<String, String> problems, String name, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.put(name, "required");
        } else if (value.strip().length() > max) {
            problems.put(name, "range");
        }
    }
}
