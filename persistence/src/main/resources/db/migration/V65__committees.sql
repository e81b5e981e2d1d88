-- Committees and their sessions (issue 17, item 1). A committee has members (SIGTI people, with their role and seat)
-- and a Secretaría técnica (a unit and the Responsable who keeps its sessions). A session has its number in the
-- committee, date, the oficio that called it, agenda and agreements (one item per line), attendance per member,
-- the documents it received, approved or modified, and its acta (an official document, V28). Portable SQL: H2 2.2
-- and PostgreSQL 15. Seeds: MINDEF's Comité de Gobierno Digital (RM 0108-2021-DE; its Secretario técnico is the
-- Jefe(a) de la OGTIE, manual 6.1.1) and the Comité de Coordinación Estadística del Sector Defensa (manual 6.5.1).
CREATE TABLE committee (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    institution_code   VARCHAR(20)  NOT NULL,
    code               VARCHAR(20)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    secretariat_unit   VARCHAR(20)  NOT NULL,
    secretary_username VARCHAR(100) NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT uq_committee_code UNIQUE (institution_code, code),
    CONSTRAINT fk_committee_institution FOREIGN KEY (institution_code) REFERENCES institution (code)
);

CREATE TABLE committee_member (
    id           BIGINT       NOT NULL PRIMARY KEY,
    committee_id BIGINT       NOT NULL,
    username     VARCHAR(100) NOT NULL,
    full_name    VARCHAR(200) NOT NULL,
    member_role  VARCHAR(20)  NOT NULL,
    seat         VARCHAR(10)  NOT NULL,
    sign_order   INTEGER      NOT NULL,
    CONSTRAINT uq_committee_member UNIQUE (committee_id, username),
    CONSTRAINT fk_committee_member_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT ck_committee_member_role CHECK (member_role IN ('PRESIDENTE', 'SECRETARIO_TECNICO', 'MIEMBRO')),
    CONSTRAINT ck_committee_member_seat CHECK (seat IN ('TITULAR', 'ALTERNO'))
);
-- "the committees I sit on"
CREATE INDEX ix_committee_member_username ON committee_member (username);

CREATE TABLE committee_session (
    id               BIGINT        NOT NULL PRIMARY KEY,
    committee_id     BIGINT        NOT NULL,
    institution_code VARCHAR(20)   NOT NULL,
    session_number   INTEGER       NOT NULL,
    held_on          DATE          NOT NULL,
    convened_by      VARCHAR(300)  NOT NULL,
    case_id          BIGINT,
    agenda           VARCHAR(20000),
    agreements       VARCHAR(20000),
    acta_document_id BIGINT,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_committee_session_number UNIQUE (committee_id, session_number),
    CONSTRAINT fk_committee_session_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_committee_session_acta FOREIGN KEY (acta_document_id) REFERENCES official_document (id)
);
-- a procedure's step finds the sessions held for its case
CREATE INDEX ix_committee_session_case ON committee_session (case_id);

CREATE TABLE committee_attendance (
    id         BIGINT  NOT NULL PRIMARY KEY,
    session_id BIGINT  NOT NULL,
    member_id  BIGINT  NOT NULL,
    present    BOOLEAN NOT NULL,
    CONSTRAINT uq_committee_attendance UNIQUE (session_id, member_id),
    CONSTRAINT fk_committee_attendance_session FOREIGN KEY (session_id) REFERENCES committee_session (id),
    CONSTRAINT fk_committee_attendance_member FOREIGN KEY (member_id) REFERENCES committee_member (id)
);

CREATE TABLE committee_session_document (
    id               BIGINT        NOT NULL PRIMARY KEY,
    session_id       BIGINT        NOT NULL,
    document_name    VARCHAR(200)  NOT NULL,
    document_version VARCHAR(40),
    case_id          BIGINT,
    outcome          VARCHAR(10)   NOT NULL,
    note             VARCHAR(1000),
    CONSTRAINT fk_committee_session_document FOREIGN KEY (session_id) REFERENCES committee_session (id),
    CONSTRAINT ck_committee_session_document CHECK (outcome IN ('SUBMITTED', 'APPROVED', 'MODIFIED', 'NOTED'))
);
CREATE INDEX ix_committee_document_session ON committee_session_document (session_id);
-- Committees.sessionsApproving: the approvals of a document by case or by name
CREATE INDEX ix_committee_document_case ON committee_session_document (case_id);
CREATE INDEX ix_committee_document_name ON committee_session_document (document_name);

-- The two committees, where MINDEF is served; the Secretaría técnica is the OGTIE's.
INSERT INTO committee (id, institution_code, code, name, secretariat_unit, secretary_username, version)
SELECT 1, code, 'CGD', 'Comité de Gobierno Digital del MINDEF', 'OGTIE', 'responsable.gobti', 0
FROM institution WHERE code = 'MINDEF';
INSERT INTO committee (id, institution_code, code, name, secretariat_unit, secretary_username, version)
SELECT 2, code, 'CCE', 'Comité de Coordinación Estadística del Sector Defensa', 'OGTIE', 'responsable.estad', 0
FROM institution WHERE code = 'MINDEF';

-- Members: comite2.mindef and comite3.mindef are demo users added with this migration (role Comite, unit CGD).
INSERT INTO committee_member (id, committee_id, username, full_name, member_role, seat, sign_order)
SELECT v.id, v.committee_id, v.username, v.full_name, v.member_role, v.seat, v.sign_order
FROM (
    SELECT 1 AS id, 1 AS committee_id, 'comite.mindef' AS username, 'Liliana Zegarra Ruiz' AS full_name,
           'PRESIDENTE' AS member_role, 'TITULAR' AS seat, 1 AS sign_order
    UNION ALL SELECT 2, 1, 'comite2.mindef', 'Ricardo Palomino Vera', 'MIEMBRO', 'TITULAR', 2
    UNION ALL SELECT 3, 1, 'comite3.mindef', 'Silvia Huamán Torres', 'MIEMBRO', 'ALTERNO', 3
    UNION ALL SELECT 4, 1, 'jefe.ogtie', 'Fernando Castro Ruiz', 'SECRETARIO_TECNICO', 'TITULAR', 4
    UNION ALL SELECT 5, 2, 'jefe.ogtie', 'Fernando Castro Ruiz', 'PRESIDENTE', 'TITULAR', 1
    UNION ALL SELECT 6, 2, 'responsable.estad', 'Diana Espinoza Pacheco', 'SECRETARIO_TECNICO', 'TITULAR', 2
    UNION ALL SELECT 7, 2, 'tecnico.estad', 'Hugo Salinas Zapata', 'MIEMBRO', 'ALTERNO', 3
) v WHERE EXISTS (SELECT 1 FROM committee c WHERE c.id = v.committee_id);
