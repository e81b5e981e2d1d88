package org.sigti.changes;

import java.time.Instant;

import org.sigti.backup.CopyVerification;

/**
 * The rule of the backup before each maintenance (DP's frequency table: source-code copies "antes de cada
 * mantenimiento"): a change goes to production only after a copy of its system that was <b>taken since its case was
 * opened</b> (the work on the change starts with the case, so an older copy does not hold what the change replaces),
 * not later than now, and whose integrity check did not fail (a copy not yet verified counts: the manuals verify
 * later). The copy is one the backup module made or registered for a run of a schedule of that system. Without such
 * a copy, only a Responsable's explicit waiver, with its reason, lets the change go on.
 */
public final class PreChangeRule {

    private PreChangeRule() {
    }

    /** Whether a copy taken at {@code takenAt}, in state {@code verification}, protects a change of a case opened at {@code caseOpenedAt}. */
    public static boolean protects(Instant takenAt, CopyVerification verification, Instant caseOpenedAt, Instant now) {
        return takenAt != null && verification != CopyVerification.FAILED && !takenAt.isBefore(caseOpenedAt)
                && !takenAt.isAfter(now);
    }

    /**
     * A copy's number as typed or pasted ("12", "N.º 12", "#12"): its digits, or null when it names none.
     */
    public static Long copyNumber(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 18) {
            return null;
        }
        return Long.valueOf(digits);
    }

    /**
     * A version reference as typed or pasted: a tag ({@code v2.3.1}) or a commit (7 to 40 hex digits), on one line,
     * at most {@value org.sigti.changes.SystemChange#VERSION_MAXLENGTH} characters, without the spaces around it;
     * null when it is none of those.
     */
    public static String versionRef(String typed) {
        if (typed == null) {
            return null;
        }
        String v = typed.strip();
        if (v.isEmpty() || v.length() > SystemChange.VERSION_MAXLENGTH || v.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return v;
    }
}
