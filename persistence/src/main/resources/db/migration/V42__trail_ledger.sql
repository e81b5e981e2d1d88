-- Issue 18: a per-institution ledger of every trail record, so that a case deleted with its whole trail leaves a
-- gap the verifier reports (the per-case chain alone cannot see a chain that is gone). Portable SQL (H2 and
-- PostgreSQL). Both tables are append-only for the application's account on PostgreSQL (TrailProtection).

-- The last number given in each ledger of each institution ("case_event" now; the other trail tables later). Its
-- row is read under a pessimistic lock just before the transaction commits, so the numbers have no gaps.
CREATE TABLE trail_ledger (
    ledger            VARCHAR(30)  NOT NULL,
    institution_code  VARCHAR(20)  NOT NULL,
    last_seq          BIGINT       NOT NULL,
    CONSTRAINT pk_trail_ledger PRIMARY KEY (ledger, institution_code)
);

-- One entry per trail record: its number in the institution's ledger, the record (its id and its seal when it was
-- written) and the entry's own keyed seal over all of that, so that an entry cannot be rewritten or renumbered
-- without the audit key either.
CREATE TABLE trail_entry (
    ledger            VARCHAR(30)  NOT NULL,
    institution_code  VARCHAR(20)  NOT NULL,
    seq               BIGINT       NOT NULL,
    record_id         BIGINT       NOT NULL,
    record_hash       VARCHAR(64)  NOT NULL,
    entered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    mac               VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_trail_entry PRIMARY KEY (ledger, institution_code, seq)
);

-- A record has one entry; the verifier finds records without one (written outside SIGTI) through this index
CREATE UNIQUE INDEX uk_trail_entry_record ON trail_entry (ledger, record_id);

-- Every institution starts its case_event ledger at 0; one added later gets its row on its first record
INSERT INTO trail_ledger (ledger, institution_code, last_seq) SELECT 'case_event', code, 0 FROM institution;
