-- Issue 16: the Idempotency-Key of the REST API's POSTs. A client that retries a POST (its answer lost, a proxy's
-- retry, two threads) sends the same key; SIGTI files at most one case per caller and key. The row is written in the
-- transaction that files the case, before the case: a second request with the same key waits on the unique index
-- until the first commits (then it finds the row and answers the same case) or rolls back (then it files). A key is
-- kept 24 hours (IdempotentFiling.KEEP); older rows are deleted and the key may be used again.
-- Portable SQL: H2 2.2 and PostgreSQL 15.
CREATE TABLE api_idempotency_key (
    id            BIGINT       NOT NULL PRIMARY KEY,
    -- the caller (the token's preferred_username: a person or service-account-<client>)
    username      VARCHAR(255) NOT NULL,
    -- the client's key, as sent (printable ASCII, at most 255)
    request_key   VARCHAR(255) NOT NULL,
    -- SHA-256 (hex) of what was asked: the same key with another request is refused, not answered with this case
    fingerprint   VARCHAR(64)  NOT NULL,
    case_id       BIGINT REFERENCES work_case (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_api_idempotency_key UNIQUE (username, request_key)
);
-- the hourly deletion of expired keys
CREATE INDEX ix_api_idempotency_key_created ON api_idempotency_key (created_at);
