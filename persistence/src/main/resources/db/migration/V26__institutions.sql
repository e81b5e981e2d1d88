-- Institutions in one installation (issue 13). Each institution has its units and IT teams, the manuals it runs,
-- its country's holidays and time zone, its letterhead and its document numbering. Cases, their steps, queues and
-- units belong to one institution; every list and object check is scoped to the caller's institution.

CREATE TABLE institution (
    code           VARCHAR(20)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    catalog_name   VARCHAR(100) NOT NULL,
    country        VARCHAR(2)   NOT NULL,
    time_zone      VARCHAR(40)  NOT NULL,
    address        VARCHAR(300),
    logo           BYTEA,
    number_format  VARCHAR(100) NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_institution_catalog_name UNIQUE (catalog_name),
    CONSTRAINT ck_institution_country CHECK (country IN ('BO', 'GT', 'PE'))
);

-- number_format: {TIPO} the kind's name in capitals (OFICIO), {N} the number (zero-padded to the width written
-- as {N:6}), {AÑO} the year, {INST} the institution's code, {UNIDAD} the issuing unit's code.
INSERT INTO institution (code, name, catalog_name, country, time_zone, address, number_format, enabled, version)
VALUES
    ('DP', 'Defensoría del Pueblo', 'Defensoría del Pueblo (Bolivia)', 'BO', 'America/La_Paz',
     'Calle Colombia N° 440, San Pedro, La Paz, Bolivia', '{INST}/{UNIDAD}/{TIPO} N° {N:4}/{AÑO}', TRUE, 0),
    ('AGETIC', 'Agencia de Gobierno Electrónico y Tecnologías de Información y Comunicación',
     'AGETIC (Bolivia)', 'BO', 'America/La_Paz', 'Av. Mariscal Santa Cruz N° 1322, La Paz, Bolivia',
     '{INST}/{UNIDAD}/{TIPO}/{N:4}/{AÑO}', TRUE, 0),
    ('SEPREM', 'Secretaría Presidencial de la Mujer', 'SEPREM (Guatemala)', 'GT', 'America/Guatemala',
     '4a. Calle 7-37, Zona 1, Ciudad de Guatemala', '{TIPO} No. {UNIDAD}-{N:3}-{AÑO}', TRUE, 0),
    ('MINDEF', 'Ministerio de Defensa', 'MINDEF (Perú)', 'PE', 'America/Lima',
     'Av. de la Peruanidad s/n, Jesús María, Lima, Perú', '{TIPO} N° {N:6}-{AÑO}-{INST}/{UNIDAD}', TRUE, 0);

-- Units are (institution, code): a code such as RRHH exists in every institution.
ALTER TABLE org_unit ADD COLUMN institution_code VARCHAR(20);
UPDATE org_unit SET institution_code = 'AGETIC';
ALTER TABLE org_unit ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE org_unit DROP CONSTRAINT uk_org_unit_code;
ALTER TABLE org_unit ADD CONSTRAINT uk_org_unit_code UNIQUE (institution_code, code);
ALTER TABLE org_unit ADD CONSTRAINT fk_org_unit_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);

-- The IT units as the manuals name them (units met on a login for the first time are added then).
-- ids 101-199, below the sequence's start (1000; Hibernate's pooled ids begin at 951) and the demo data's
INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT t.id, t.i, t.c, t.n, 'IT_TEAM', 0 FROM (VALUES
    (101, 'DP', 'DGP', 'Dirección General de Planificación'),
    (102, 'DP', 'ESIN', 'Estadística y Sistemas de Información Integrados'),
    (103, 'AGETIC', 'UGAT', 'Unidad de Gestión y Atención Tecnológica'),
    (104, 'AGETIC', 'AIT', 'Área de Implementación Tecnológica'),
    (105, 'AGETIC', 'UIT', 'Unidad de Infraestructura Tecnológica'),
    (106, 'AGETIC', 'UPAT', 'Unidad de Producción y Actualización Tecnológica'),
    (107, 'AGETIC', 'ACGII', 'Área Centro de Gestión de Incidentes Informáticos'),
    (108, 'AGETIC', 'ADT', 'Área de Diseño Tecnológico'),
    (109, 'SEPREM', 'DI', 'Dirección de Informática'),
    (110, 'SEPREM', 'DI-INFRA', 'Departamento de Infraestructura Tecnológica'),
    (111, 'SEPREM', 'DI-DESARROLLO', 'Departamento de Análisis y Desarrollo de Sistemas Informáticos'),
    (112, 'SEPREM', 'DI-ASIST', 'Asistencia de Dirección'),
    (113, 'SEPREM', 'DI-SOPORTE', 'Soporte técnico'),
    (114, 'MINDEF', 'OGTIE', 'Oficina General de Tecnologías de la Información y Estadística'),
    (115, 'MINDEF', 'MESA', 'Mesa de ayuda'),
    (116, 'MINDEF', 'SOPORTE', 'Equipo de soporte técnico'),
    (117, 'MINDEF', 'INFRA', 'Equipo de infraestructura tecnológica'),
    (118, 'MINDEF', 'INNOV', 'Equipo de innovación tecnológica'),
    (119, 'MINDEF', 'CIBER', 'Equipo de ciberseguridad'),
    (120, 'MINDEF', 'ESTAD', 'Equipo de estadística')
) AS t (id, i, c, n)
WHERE NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.institution_code = t.i AND u.code = t.c);

-- Queues are (institution, code): every institution binds the queues of its own manuals to its own units.
DROP TABLE work_queue;
CREATE TABLE work_queue (
    institution_code VARCHAR(20)  NOT NULL,
    code             VARCHAR(20)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    unit_code        VARCHAR(20)  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT pk_work_queue PRIMARY KEY (institution_code, code),
    CONSTRAINT fk_work_queue_institution FOREIGN KEY (institution_code) REFERENCES institution (code)
);
INSERT INTO work_queue (institution_code, code, name, unit_code, version) VALUES
    ('DP', 'JEFATURA', 'Dirección General de Planificación', 'DGP', 0),
    ('DP', 'ESIN', 'Estadística y Sistemas de Información Integrados', 'ESIN', 0),
    ('AGETIC', 'JEFATURA', 'Jefatura de la Unidad de Gestión y Atención Tecnológica', 'UGAT', 0),
    ('AGETIC', 'AIT', 'Área de Implementación Tecnológica (soporte al usuario)', 'AIT', 0),
    ('AGETIC', 'UIT', 'Unidad de Infraestructura Tecnológica', 'UIT', 0),
    ('AGETIC', 'UPAT', 'Unidad de Producción y Actualización Tecnológica', 'UPAT', 0),
    ('AGETIC', 'ACGII', 'Área Centro de Gestión de Incidentes Informáticos', 'ACGII', 0),
    ('AGETIC', 'ADT', 'Área de Diseño Tecnológico', 'ADT', 0),
    ('SEPREM', 'JEFATURA', 'Dirección de Informática', 'DI', 0),
    ('SEPREM', 'DI-INFRA', 'Departamento de Infraestructura Tecnológica', 'DI-INFRA', 0),
    ('SEPREM', 'DI-DESARROLLO', 'Departamento de Análisis y Desarrollo (copias de bases de datos)',
     'DI-DESARROLLO', 0),
    ('SEPREM', 'DI-ASIST', 'Asistencia de Dirección', 'DI-ASIST', 0),
    ('SEPREM', 'DI-SOPORTE', 'Técnicos de soporte', 'DI-SOPORTE', 0),
    ('MINDEF', 'JEFATURA', 'Jefatura de la OGTIE', 'OGTIE', 0),
    ('MINDEF', 'MESA', 'OGTIE - Mesa de ayuda', 'MESA', 0),
    ('MINDEF', 'SOPORTE', 'OGTIE - Soporte técnico', 'SOPORTE', 0),
    ('MINDEF', 'INFRA', 'OGTIE - Equipo de infraestructura tecnológica', 'INFRA', 0),
    ('MINDEF', 'INNOV', 'OGTIE - Equipo de innovación tecnológica', 'INNOV', 0),
    ('MINDEF', 'CIBER', 'OGTIE - Equipo de ciberseguridad', 'CIBER', 0),
    ('MINDEF', 'ESTAD', 'OGTIE - Equipo de estadística', 'ESTAD', 0);

-- A case belongs to the institution whose manual it runs; its steps carry it for the inboxes.
ALTER TABLE work_case ADD COLUMN institution_code VARCHAR(20);
UPDATE work_case SET institution_code = CASE
    WHEN procedure_code LIKE 'S04%' THEN 'MINDEF'
    WHEN procedure_code LIKE 'SEPREM%' THEN 'SEPREM'
    WHEN procedure_code LIKE 'DPG%' THEN 'DP'
    ELSE 'AGETIC' END;
ALTER TABLE work_case ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE work_case ADD CONSTRAINT fk_work_case_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);
CREATE INDEX ix_work_case_institution ON work_case (institution_code, opened_at, id);

ALTER TABLE work_item ADD COLUMN institution_code VARCHAR(20);
UPDATE work_item SET institution_code = (SELECT c.institution_code FROM work_case c WHERE c.id = work_item.case_id);
ALTER TABLE work_item ALTER COLUMN institution_code SET NOT NULL;
