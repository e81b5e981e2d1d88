package org.sigti.kb;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One article as its page shows it.
 *
 * @param version         what {@link KnowledgeBase#update} expects back, so that a concurrent edit is noticed
 * @param linkedCases     the ids of the most recently linked cases (at most
 *                        {@value KnowledgeBase#MAX_LINKED_CASES_SHOWN}), newest first
 * @param linkedCaseCount how many cases are linked in all
 */
public record KbArticleView(Long id, String code, String title, String problem, String solution, KbScope scope,
        String ownerUnitCode, String ownerUnitName, String createdBy, Instant createdAt, String updatedBy,
        Instant updatedAt, long version, List<Long> linkedCases, long linkedCaseCount) implements Serializable {

    public KbArticleView {
        linkedCases = List.copyOf(linkedCases);
    }

    /** The content as a draft, to edit it. */
    public KbDraft toDraft() {
        return new KbDraft(title, problem, solution, scope, ownerUnitCode);
    }
}
