package org.sigti.kb;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The content of an article as someone wrote it, for {@link KnowledgeBase#create} and {@link KnowledgeBase#update}.
 * The constructor tidies it: surrounding white space removed, the title on one line with single spaces, line breaks
 * as "\n", blank texts as null. {@link #violations()} says what must be fixed before it can be saved.
 *
 * @param scope         who may read it; INTERNAL when in doubt
 * @param ownerUnitCode the IT unit that owns it ({@code UIT}), or null
 */
public record KbDraft(String title, String problem, String solution, KbScope scope, String ownerUnitCode)
        implements Serializable {

    public static final String FIELD_TITLE = "title";
    public static final String FIELD_PROBLEM = "problem";
    public static final String FIELD_SOLUTION = "solution";
    public static final String FIELD_SCOPE = "scope";
    public static final String FIELD_OWNER_UNIT = "ownerUnit";
    public static final String FIELD_CASE = "case";

    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?");

    public KbDraft {
        title = blankToNull(title == null ? null : SPACES.matcher(title).replaceAll(" "));
        problem = blankToNull(problem == null ? null : LINE_BREAKS.matcher(problem).replaceAll("\n"));
        solution = blankToNull(solution == null ? null : LINE_BREAKS.matcher(solution).replaceAll("\n"));
        ownerUnitCode = blankToNull(ownerUnitCode);
    }

    /** What is wrong with the draft, in the order of the form; empty when it can be saved. */
    public List<KbViolation> violations() {
        List<KbViolation> violations = new ArrayList<>();
        if (title == null) {
            violations.add(new KbViolation(FIELD_TITLE, "kb.error.title.required"));
        } else if (title.length() < KbArticle.TITLE_MINLENGTH || title.length() > KbArticle.TITLE_MAXLENGTH) {
            violations.add(new KbViolation(FIELD_TITLE, "kb.error.title.length", KbArticle.TITLE_MINLENGTH,
                    KbArticle.TITLE_MAXLENGTH));
        }
        required(violations, FIELD_PROBLEM, problem, KbArticle.PROBLEM_MAXLENGTH);
        required(violations, FIELD_SOLUTION, solution, KbArticle.SOLUTION_MAXLENGTH);
        if (scope == null) {
            violations.add(new KbViolation(FIELD_SCOPE, "kb.error.scope.required"));
        }
        return violations;
    }

    private static void required(List<KbViolation> violations, String field, String text, int max) {
        if (text == null) {
            violations.add(new KbViolation(field, "kb.error." + field + ".required"));
        } else if (text.length() > max) {
            violations.add(new KbViolation(field, "kb.error." + field + ".length", max, text.length()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
