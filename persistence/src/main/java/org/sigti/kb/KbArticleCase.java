package org.sigti.kb;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A case (request or incident) that a knowledge-base article solved or documents. The case is only an id for now:
 * the case table arrives with the workflow kernel, so {@code case_id} has no foreign key yet. Linking twice is the
 * same link (the pair is the primary key).
 */
@Entity
@Table(name = "kb_article_case")
@NamedQuery(name = "KbArticleCase.findCaseIds", query = "select c.id.caseId from KbArticleCase c"
        + " where c.id.articleId = :articleId order by c.linkedAt desc, c.id.caseId desc")
@NamedQuery(name = "KbArticleCase.countByArticle",
        query = "select count(c) from KbArticleCase c where c.id.articleId = :articleId")
public class KbArticleCase {

    @EmbeddedId
    private Key id;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    protected KbArticleCase() {
        // for JPA
    }

    public KbArticleCase(long articleId, long caseId, Instant now) {
        this.id = new Key(articleId, caseId);
        this.linkedAt = requireNonNull(now, "Time is required.");
    }

    public Key getId() {
        return id;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }

    /** Article and case. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "article_id", nullable = false)
        private long articleId;

        @Column(name = "case_id", nullable = false)
        private long caseId;

        protected Key() {
            // for JPA
        }

        public Key(long articleId, long caseId) {
            this.articleId = articleId;
            this.caseId = caseId;
        }

        public long getArticleId() {
            return articleId;
        }

        public long getCaseId() {
            return caseId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.articleId == articleId && key.caseId == caseId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, caseId);
        }
    }
}
