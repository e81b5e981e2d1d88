-- SIGTI base schema: organizational units, people, requests.
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 13+.

CREATE SEQUENCE sigti_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE org_unit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT ck_org_unit_kind CHECK (kind IN ('IT_TEAM', 'REQUESTING'))
);

CREATE TABLE user_profile (
    id                BIGINT       NOT NULL PRIMARY KEY,
    username          VARCHAR(100) NOT NULL,
    full_name         VARCHAR(200) NOT NULL,
    email             VARCHAR(254),
    unit_id           BIGINT,
    roles             VARCHAR(200) NOT NULL,
    first_login_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_login_at TIMESTAMP WITH TIME ZONE,
    login_count       INTEGER      NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT uk_user_profile_username UNIQUE (username),
    CONSTRAINT fk_user_profile_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_user_profile_unit ON user_profile (unit_id);

CREATE TABLE service_request (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    request_number     VARCHAR(30)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    description        VARCHAR(4000),
    status             VARCHAR(30)   NOT NULL,
    requester_username VARCHAR(100)  NOT NULL,
    requesting_unit_id BIGINT        NOT NULL,
    assigned_unit_id   BIGINT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT uk_service_request_number UNIQUE (request_number),
    CONSTRAINT ck_service_request_status CHECK (status IN ('REGISTERED', 'IN_PROGRESS', 'OBSERVED', 'RESOLVED', 'CLOSED')),
    CONSTRAINT fk_service_request_requesting_unit FOREIGN KEY (requesting_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_service_request_assigned_unit FOREIGN KEY (assigned_unit_id) REFERENCES org_unit (id)
);
-- the inboxes: a unit's open work by age, and a requester's own requests by age
CREATE INDEX ix_service_request_queue ON service_request (assigned_unit_id, status, created_at, id);
CREATE INDEX ix_service_request_requester ON service_request (requester_username, status, created_at, id);
