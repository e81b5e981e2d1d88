-- One row per institution that security alerts of that institution lock, one at a time, before they look for the
-- incident they repeat (REST API POST /security-alerts): two identical alerts arriving together then open one
-- incident, the second adding an occurrence to it, and a retried request with the same Idempotency-Key finds the
-- first one's answer. Nothing refers to these rows, so the lock holds up nothing but other alerts of the institution.
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.
CREATE TABLE security_alert_gate (
    institution_code  VARCHAR(20)   NOT NULL PRIMARY KEY,
    CONSTRAINT fk_security_alert_gate_institution FOREIGN KEY (institution_code) REFERENCES institution (code)
);
INSERT INTO security_alert_gate (institution_code) SELECT code FROM institution;
