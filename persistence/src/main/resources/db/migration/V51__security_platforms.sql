-- MINDEF's register of security platforms (S04.04.00.01, issue 16): the firewalls, WAFs, antivirus consoles, SIEMs and
-- mail gateways the cybersecurity team (CIBER) administers, with their primary and secondary administrators (step 1),
-- their administration profiles (step 2) and the users created on them with a profile (step 3). Where the
-- full-administration credential is kept is a description of the protected equipment; the secret is never stored.
-- security_platform_backup holds the backups (steps 10-11), one row per case: the monthly calendar opens one case per
-- platform and month (scheduled = true; a second run of the clock in the same month opens nothing), and a técnico may
-- take the backup branch of step 4 at any time. Portable SQL: H2 2.2 and PostgreSQL 15.
CREATE TABLE security_platform (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    institution_code   VARCHAR(20)  NOT NULL,
    code               VARCHAR(30)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    -- FIREWALL, WAF, ANTIVIRUS, SIEM, MAIL_GATEWAY, OTHER
    kind               VARCHAR(20)  NOT NULL,
    location           VARCHAR(200) NOT NULL,
    primary_admin      VARCHAR(100),
    secondary_admin    VARCHAR(100),
    -- the case whose step 1 assigned the administrators
    admins_case_id     BIGINT,
    -- where the full-administration user is kept (e.g. "equipo X, cifrado asimétrico"), never the credential
    credential_custody VARCHAR(400),
    active             BOOLEAN      NOT NULL,
    registered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT uq_security_platform_code UNIQUE (institution_code, code),
    CONSTRAINT fk_security_platform_institution FOREIGN KEY (institution_code) REFERENCES institution (code),
    CONSTRAINT fk_security_platform_case FOREIGN KEY (admins_case_id) REFERENCES work_case (id),
    CONSTRAINT ck_security_platform_kind CHECK (kind IN ('FIREWALL', 'WAF', 'ANTIVIRUS', 'SIEM', 'MAIL_GATEWAY',
        'OTHER'))
);

CREATE TABLE security_platform_profile (
    id          BIGINT        NOT NULL PRIMARY KEY,
    platform_id BIGINT        NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    functions   VARCHAR(1000) NOT NULL,
    case_id     BIGINT        NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_security_platform_profile UNIQUE (platform_id, name),
    CONSTRAINT fk_security_platform_profile_platform FOREIGN KEY (platform_id) REFERENCES security_platform (id),
    CONSTRAINT fk_security_platform_profile_case FOREIGN KEY (case_id) REFERENCES work_case (id)
);

CREATE TABLE security_platform_user (
    id          BIGINT       NOT NULL PRIMARY KEY,
    platform_id BIGINT       NOT NULL,
    -- the user name on the platform, and the person who holds it
    login       VARCHAR(100) NOT NULL,
    holder      VARCHAR(200) NOT NULL,
    profile_id  BIGINT       NOT NULL,
    full_admin  BOOLEAN      NOT NULL,
    case_id     BIGINT       NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_security_platform_user UNIQUE (platform_id, login),
    CONSTRAINT fk_security_platform_user_platform FOREIGN KEY (platform_id) REFERENCES security_platform (id),
    CONSTRAINT fk_security_platform_user_profile FOREIGN KEY (profile_id) REFERENCES security_platform_profile (id),
    CONSTRAINT fk_security_platform_user_case FOREIGN KEY (case_id) REFERENCES work_case (id)
);
CREATE INDEX ix_security_platform_user_profile ON security_platform_user (profile_id);

CREATE TABLE security_platform_backup (
    id          BIGINT       NOT NULL PRIMARY KEY,
    platform_id BIGINT       NOT NULL,
    -- the month backed up, yyyy-MM
    period      VARCHAR(7)   NOT NULL,
    case_id     BIGINT       NOT NULL,
    scheduled   BOOLEAN      NOT NULL,
    file_name   VARCHAR(300),
    location    VARCHAR(300),
    done_by     VARCHAR(100),
    done_at     TIMESTAMP WITH TIME ZONE,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_security_platform_backup_case UNIQUE (case_id),
    CONSTRAINT fk_security_platform_backup_platform FOREIGN KEY (platform_id) REFERENCES security_platform (id),
    CONSTRAINT fk_security_platform_backup_case FOREIGN KEY (case_id) REFERENCES work_case (id)
);
CREATE INDEX ix_security_platform_backup_period ON security_platform_backup (platform_id, period);
