-- The bitácora / matriz de incidentes de seguridad informática of S04.04.00.03 (procedures.md E21) and the
-- occurrences of the security alerts that open or update its incidents (REST API POST /security-alerts).
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

-- One row per incident (one case). Each phase's time is stamped once by the case's moves; origin is the manual's
-- entry branch (UNIT_REPORT: activity 1; OGTIE_DETECTION / SECURITY_ALERT: activity 3).
CREATE TABLE security_incident (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    institution_code  VARCHAR(20)   NOT NULL,
    origin            VARCHAR(20)   NOT NULL,
    reported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    alert_source      VARCHAR(100),
    fingerprint       VARCHAR(200),
    severity          VARCHAR(20),
    occurrences       INTEGER       NOT NULL,
    last_alert_at     TIMESTAMP WITH TIME ZONE,
    ticket_at         TIMESTAMP WITH TIME ZONE,
    detected_at       TIMESTAMP WITH TIME ZONE,
    analysed_at       TIMESTAMP WITH TIME ZONE,
    classification    VARCHAR(40),
    priority          VARCHAR(20),
    contained_at      TIMESTAMP WITH TIME ZONE,
    eradicated_at     TIMESTAMP WITH TIME ZONE,
    recovered_at      TIMESTAMP WITH TIME ZONE,
    escalated_at      TIMESTAMP WITH TIME ZONE,
    vendor            VARCHAR(300),
    post_incident_at  TIMESTAMP WITH TIME ZONE,
    lessons           VARCHAR(4000),
    kb_article_id     BIGINT,
    closed_at         TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_security_incident_case UNIQUE (case_id),
    CONSTRAINT fk_security_incident_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_security_incident_origin CHECK (origin IN ('UNIT_REPORT', 'OGTIE_DETECTION', 'SECURITY_ALERT')),
    CONSTRAINT ck_security_incident_alert CHECK ((origin = 'SECURITY_ALERT') = (fingerprint IS NOT NULL))
);
-- the register's page: an institution's incidents, newest first
CREATE INDEX ix_security_incident_reported ON security_incident (institution_code, reported_at, id);
-- the alert intake's look-up of the same alert within the window
CREATE INDEX ix_security_incident_alert ON security_incident (institution_code, alert_source, fingerprint,
    last_alert_at);

-- Each arrival of an alert, on the incident it opened or updated; written once.
CREATE TABLE security_alert_occurrence (
    id           BIGINT         NOT NULL PRIMARY KEY,
    incident_id  BIGINT         NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by  VARCHAR(100)   NOT NULL,
    severity     VARCHAR(20),
    title        VARCHAR(200)   NOT NULL,
    detail       VARCHAR(4000),
    request_key  VARCHAR(255),
    CONSTRAINT fk_security_alert_occurrence_incident FOREIGN KEY (incident_id) REFERENCES security_incident (id),
    -- a POST's Idempotency-Key counts once per client (NULL keys never collide)
    CONSTRAINT uk_security_alert_occurrence_key UNIQUE (received_by, request_key)
);
CREATE INDEX ix_security_alert_occurrence_incident ON security_alert_occurrence (incident_id, received_at);
