-- Knowledge base ("Base de conocimiento", UGAT/AIT-PR01 steps 3 and 6, PR02 steps 2 and 6, PR03 step 4):
-- articles, the cases linked to them, and their search index of Spanish terms (org.sigti.kb.SpanishText).
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

CREATE TABLE kb_article (
    id            BIGINT         NOT NULL PRIMARY KEY,
    code          VARCHAR(20)    NOT NULL,
    title         VARCHAR(200)   NOT NULL,
    -- the title without case, accents or extra spaces: two articles may not have the same one
    title_key     VARCHAR(200)   NOT NULL,
    problem       VARCHAR(4000)  NOT NULL,
    solution      VARCHAR(8000)  NOT NULL,
    scope         VARCHAR(10)    NOT NULL,
    owner_unit_id BIGINT,
    -- the article's terms as text, in order of appearance (the same terms as its kb_term rows)
    search_terms  VARCHAR(16000) NOT NULL,
    created_by    VARCHAR(100)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)   NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT uk_kb_article_code UNIQUE (code),
    CONSTRAINT uk_kb_article_title_key UNIQUE (title_key),
    CONSTRAINT ck_kb_article_scope CHECK (scope IN ('PUBLIC', 'INTERNAL')),
    CONSTRAINT fk_kb_article_owner_unit FOREIGN KEY (owner_unit_id) REFERENCES org_unit (id)
);
-- the lists without a query: newest first, for everyone and for requesters (public articles only)
CREATE INDEX ix_kb_article_updated ON kb_article (updated_at, id);
CREATE INDEX ix_kb_article_scope_updated ON kb_article (scope, updated_at, id);
CREATE INDEX ix_kb_article_owner_unit ON kb_article (owner_unit_id);

-- The search index: one row per term of an article, weighted by where it appears (title 3, problem 1, solution 1).
-- The primary key leads with the term: a search reads the range of its terms (exact or prefix) and nothing else.
CREATE TABLE kb_term (
    term       VARCHAR(40) NOT NULL,
    article_id BIGINT      NOT NULL,
    weight     INTEGER     NOT NULL,
    CONSTRAINT pk_kb_term PRIMARY KEY (term, article_id),
    CONSTRAINT ck_kb_term_weight CHECK (weight > 0),
    CONSTRAINT fk_kb_term_article FOREIGN KEY (article_id) REFERENCES kb_article (id)
);
-- an article's own terms, rewritten when it changes
CREATE INDEX ix_kb_term_article ON kb_term (article_id);

-- Cases an article solved or documents. case_id has no foreign key yet: the case table comes with the workflow
-- kernel, which should add it.
CREATE TABLE kb_article_case (
    article_id BIGINT NOT NULL,
    case_id    BIGINT NOT NULL,
    linked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_kb_article_case PRIMARY KEY (article_id, case_id),
    CONSTRAINT fk_kb_article_case_article FOREIGN KEY (article_id) REFERENCES kb_article (id)
);
-- the articles of one case
CREATE INDEX ix_kb_article_case_case ON kb_article_case (case_id);
