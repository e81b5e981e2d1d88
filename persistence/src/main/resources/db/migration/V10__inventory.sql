-- Inventory (procedures.md S2 entities 11, 13, 14, 15; C2 SEPREM-DI-002.1, C6 SEPREM-DI-005.1, C7 SEPREM-DI-006.1,
-- E16 S04.03.04.01, E18 S04.03.04.03): the equipment in custody of staff with its custody history, the license
-- pools with their seats, the expiry alerts that open renewal cases, and the inventory's settings.
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15. Codes and serials are stored upper-case so the
-- lists filter by prefix through plain b-tree indexes (see EquipmentQuery).

-- A piece of equipment: computer, printer, phone, network device, digital-certificate token... Its custodian is
-- whoever signed for it (null while in stock); last_case_id is the case that last changed its custody.
CREATE TABLE equipment (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    kind                 VARCHAR(20)   NOT NULL,
    serial               VARCHAR(60)   NOT NULL,
    patrimonial_code     VARCHAR(40)   NOT NULL,
    brand                VARCHAR(80)   NOT NULL,
    model                VARCHAR(120)  NOT NULL,
    location             VARCHAR(200),
    custodian_username   VARCHAR(100),
    custodian_name       VARCHAR(200),
    custodian_unit_code  VARCHAR(20),
    state                VARCHAR(20)   NOT NULL,
    warranty_until       DATE,
    acquired_on          DATE,
    last_case_id         BIGINT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uk_equipment_code UNIQUE (patrimonial_code),
    CONSTRAINT uk_equipment_serial UNIQUE (kind, brand, serial),
    CONSTRAINT fk_equipment_case FOREIGN KEY (last_case_id) REFERENCES work_case (id),
    CONSTRAINT ck_equipment_kind CHECK (kind IN ('COMPUTER', 'LAPTOP', 'PRINTER', 'PHONE', 'NETWORK_DEVICE',
        'CERT_TOKEN', 'OTHER')),
    CONSTRAINT ck_equipment_state CHECK (state IN ('IN_STOCK', 'ASSIGNED', 'IN_MAINTENANCE', 'RETIRED')),
    CONSTRAINT ck_equipment_custodian CHECK (state <> 'ASSIGNED' OR custodian_username IS NOT NULL)
);
-- one index per filter and sort the list offers (EquipmentQuery); the unique key above serves "by code"
CREATE INDEX ix_equipment_serial ON equipment (serial, id);
CREATE INDEX ix_equipment_custodian ON equipment (custodian_username, patrimonial_code);
CREATE INDEX ix_equipment_state ON equipment (state, patrimonial_code);
CREATE INDEX ix_equipment_state_serial ON equipment (state, serial);
CREATE INDEX ix_equipment_warranty ON equipment (warranty_until, id);

-- Who held a piece of equipment, from whom to whom, when, by whose hand, under which case.
CREATE TABLE equipment_custody (
    id              BIGINT        NOT NULL PRIMARY KEY,
    equipment_id    BIGINT        NOT NULL,
    from_username   VARCHAR(100),
    from_name       VARCHAR(200),
    to_username     VARCHAR(100),
    to_name         VARCHAR(200),
    to_unit_code    VARCHAR(20),
    state           VARCHAR(20)   NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by      VARCHAR(100)  NOT NULL,
    case_id         BIGINT,
    CONSTRAINT fk_equipment_custody_equipment FOREIGN KEY (equipment_id) REFERENCES equipment (id),
    CONSTRAINT fk_equipment_custody_case FOREIGN KEY (case_id) REFERENCES work_case (id)
);
CREATE INDEX ix_equipment_custody_equipment ON equipment_custody (equipment_id, changed_at);
CREATE INDEX ix_equipment_custody_case ON equipment_custody (case_id);

-- A pool of licenses or of a service (SEPREM-DI-002.1's license register): seats_used is kept by the seats.
CREATE TABLE license_pool (
    id            BIGINT        NOT NULL PRIMARY KEY,
    code          VARCHAR(40)   NOT NULL,
    product       VARCHAR(200)  NOT NULL,
    license_type  VARCHAR(20)   NOT NULL,
    seats_total   INTEGER       NOT NULL,
    seats_used    INTEGER       NOT NULL,
    expires_on    DATE,
    vendor        VARCHAR(200),
    system_id     BIGINT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT uk_license_pool_code UNIQUE (code),
    CONSTRAINT fk_license_pool_system FOREIGN KEY (system_id) REFERENCES it_system (id),
    CONSTRAINT ck_license_pool_type CHECK (license_type IN ('PER_USER', 'PER_DEVICE', 'SUBSCRIPTION', 'SERVICE')),
    CONSTRAINT ck_license_pool_seats CHECK (seats_used >= 0 AND seats_total >= 0 AND seats_used <= seats_total)
);
CREATE INDEX ix_license_pool_system ON license_pool (system_id, id);
CREATE INDEX ix_license_pool_expiry ON license_pool (expires_on, id);
CREATE INDEX ix_license_pool_product ON license_pool (product, id);

-- A seat of a pool held by a person. active_holder repeats holder_username while the seat is held and is null once
-- released: UNIQUE (pool_id, active_holder) is "one active seat per pool and holder" on both databases (nulls
-- are distinct; H2 has no partial indexes).
CREATE TABLE license_seat (
    id                BIGINT        NOT NULL PRIMARY KEY,
    pool_id           BIGINT        NOT NULL,
    holder_username   VARCHAR(100)  NOT NULL,
    active_holder     VARCHAR(100),
    assigned_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    assigned_by       VARCHAR(100)  NOT NULL,
    case_id           BIGINT,
    released_at       TIMESTAMP WITH TIME ZONE,
    released_by       VARCHAR(100),
    released_case_id  BIGINT,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_license_seat_active UNIQUE (pool_id, active_holder),
    CONSTRAINT fk_license_seat_pool FOREIGN KEY (pool_id) REFERENCES license_pool (id),
    CONSTRAINT fk_license_seat_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT fk_license_seat_released_case FOREIGN KEY (released_case_id) REFERENCES work_case (id)
);
CREATE INDEX ix_license_seat_holder ON license_seat (active_holder, pool_id);
CREATE INDEX ix_license_seat_pool ON license_seat (pool_id, assigned_at);

-- One renewal case per object and expiry date, whatever the number of timers or firings (the unique key).
CREATE TABLE expiry_alert (
    id           BIGINT        NOT NULL PRIMARY KEY,
    object_type  VARCHAR(20)   NOT NULL,
    object_id    BIGINT        NOT NULL,
    expires_on   DATE          NOT NULL,
    case_id      BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_expiry_alert UNIQUE (object_type, object_id, expires_on),
    CONSTRAINT fk_expiry_alert_case FOREIGN KEY (case_id) REFERENCES work_case (id),
    CONSTRAINT ck_expiry_alert_type CHECK (object_type IN ('LICENSE_POOL', 'EQUIPMENT'))
);
CREATE INDEX ix_expiry_alert_case ON expiry_alert (case_id);

-- The inventory's settings, changed by the Jefe or a Responsable on the settings screen.
CREATE TABLE inventory_setting (
    name     VARCHAR(60)   NOT NULL PRIMARY KEY,
    val      VARCHAR(200)  NOT NULL,
    version  BIGINT        NOT NULL
);
INSERT INTO inventory_setting (name, val, version) VALUES
    ('expiry.window.days', '30', 0),
    ('expiry.hour', '6', 0),
    ('expiry.assignee', 'responsable.uit', 0),
    ('expiry.last.run', '', 0);

-- SEPREM-DI-005.1's Jefe de Infraestructura works from the infrastructure unit; the Director's steps go to the
-- existing JEFATURA queue, the training to DI-SOPORTE.
INSERT INTO work_queue (code, name, unit_code, version) VALUES
    ('DI-INFRA', 'DI - Departamento de Infraestructura Tecnológica', 'UIT', 0);
