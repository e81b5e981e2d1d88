-- The secrets a requester hands a case (UIT/ASS-PR01 step 1: the tokens, access keys and credentials a deployment
-- needs; issue 14): kept ENCRYPTED at rest, AES-256-GCM under the installation's vault key (sigti.vault.key-file,
-- never in the database), with a fresh 96-bit nonce per secret and the case and the secret's id bound as associated
-- data, so a ciphertext copied onto another case or row does not open. Only the ciphertext is stored (Base64 text:
-- the same type on H2 and PostgreSQL); nothing here, in the case's fields or in its trail holds the plain value.
-- Who read a secret, and when, is a security event of kind SECRET_READ. Portable SQL: H2 2.2 and PostgreSQL 15.
CREATE TABLE case_secret (
    id               BIGINT        NOT NULL PRIMARY KEY,
    institution_code VARCHAR(20)   NOT NULL,
    case_id          BIGINT        NOT NULL,
    label            VARCHAR(200)  NOT NULL,
    key_id           VARCHAR(64)   NOT NULL,
    nonce            VARCHAR(32)   NOT NULL,
    ciphertext       VARCHAR(12000) NOT NULL,
    deposited_by     VARCHAR(100)  NOT NULL,
    deposited_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_case_secret_institution FOREIGN KEY (institution_code) REFERENCES institution (code),
    CONSTRAINT fk_case_secret_case FOREIGN KEY (case_id) REFERENCES work_case (id)
);
-- the secrets of a case, in the order they were handed
CREATE INDEX ix_case_secret_case ON case_secret (case_id, id);

ALTER TABLE security_event DROP CONSTRAINT ck_security_event_kind;
ALTER TABLE security_event ADD CONSTRAINT ck_security_event_kind
    CHECK (kind IN ('ACCESS_DENIED', 'ILLEGAL_TRANSITION', 'BACKUP_WAIVED', 'SECRET_READ'));

-- The addresses a mail copies (its Cc header, comma separated): UIT/ASS-PR01/PR02 step 4 mails the requester "con copia
-- al jefe de la UIT y al Responsable de Servidores y Servicios". Null: nobody in copy.
ALTER TABLE mail_outbox ADD COLUMN cc_addresses VARCHAR(2000);
