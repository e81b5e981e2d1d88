-- Service levels: targets per priority, the business calendar (working hours, holidays, time zone).
-- The manuals set no SLA (procedures.md: "no seed defines a business-day SLA"), so these rows are SIGTI's defaults,
-- ITIL-style; each institution changes them on the screen admin/service-levels.xhtml (Jefe).

-- Targets in minutes of business time (with the default hours, one business day = 8 h = 480 min):
--   P1 Crítica      response 30 min  resolution  4 h (half a day)
--   P2 Alta         response  1 h    resolution  8 h (1 day)
--   P3 Media        response  4 h    resolution 24 h (3 days)
--   P4 Baja         response  8 h    resolution 40 h (1 week)
--   P5 Planificada  response 16 h    resolution 80 h (2 weeks)
CREATE TABLE sla_target (
    priority           VARCHAR(2) NOT NULL PRIMARY KEY,
    response_minutes   INTEGER    NOT NULL,
    resolution_minutes INTEGER    NOT NULL,
    version            BIGINT     NOT NULL,
    CONSTRAINT ck_sla_target_priority CHECK (priority IN ('P1', 'P2', 'P3', 'P4', 'P5')),
    CONSTRAINT ck_sla_target_minutes CHECK (response_minutes > 0 AND response_minutes <= resolution_minutes)
);
INSERT INTO sla_target (priority, response_minutes, resolution_minutes, version) VALUES ('P1', 30, 240, 0);
INSERT INTO sla_target (priority, response_minutes, resolution_minutes, version) VALUES ('P2', 60, 480, 0);
INSERT INTO sla_target (priority, response_minutes, resolution_minutes, version) VALUES ('P3', 240, 1440, 0);
INSERT INTO sla_target (priority, response_minutes, resolution_minutes, version) VALUES ('P4', 480, 2400, 0);
INSERT INTO sla_target (priority, response_minutes, resolution_minutes, version) VALUES ('P5', 960, 4800, 0);

-- Working intervals, several a day allowed. day_of_week is ISO (1 = Monday ... 7 = Sunday); times are minutes since
-- midnight (510 = 08:30), end_minute 1440 being midnight at the end of the day. Minutes rather than TIME: the JDBC
-- time zone (UTC) would shift TIME values between the database and Java.
-- Default: the schedule of Bolivia's public administration, Monday to Friday 08:30-12:30 and 14:30-18:30.
CREATE TABLE business_hours (
    id           BIGINT   NOT NULL PRIMARY KEY,
    day_of_week  SMALLINT NOT NULL,
    start_minute SMALLINT NOT NULL,
    end_minute   SMALLINT NOT NULL,
    CONSTRAINT ck_business_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_business_hours_times CHECK (start_minute >= 0 AND end_minute > start_minute AND end_minute <= 1440)
);
CREATE INDEX ix_business_hours_day ON business_hours (day_of_week, start_minute);
INSERT INTO business_hours (id, day_of_week, start_minute, end_minute) VALUES (1, 1, 510, 750);
INSERT INTO business_hours (id, day_of_week, start_minute, end_minute) VALUES (2, 1, 870, 1110);
INSERT INTO business_hours (id, day_of_week, start_minute, end_minute) VALUES (3, 2, 510, 750);
INSERT INTO business_hours (id, day_of_week, start_minute, end_minute) VALUES (4, 2, 870, 1110);
INSERT INTO business_hours (id, day_of_week, start_minute, end_minute) VALUES (5, 3, 510, 750);
INSERT INTO business_hours (id, day_of_week, start_minute, end_minute) VALUES (6, 3, 870, 1110);
INSERT INTO business_hours (id, day_of_week, start_minute, end_minute) VALUES (7, 4, 510, 750);
INSERT INTO business_hours (id, day_of_week, start_minute, end_minute) VALUES (8, 4, 870, 1110);
INSERT INTO business_hours (id, day_of_week, start_minute, end_minute) VALUES (9, 5, 510, 750);
INSERT INTO business_hours (id, day_of_week, start_minute, end_minute) VALUES (10, 5, 870, 1110);

-- Days nobody works. Defaults: Bolivia's national holidays of 2026 (as set by Decreto Supremo 5521: 22 January moved
-- to Friday 23, Sunday 21 June moved to Monday 22, and the added Fridays 5 June and 7 August) and of 2027 (the dates
-- of the law, none on a Sunday; check them against the decree of that year). Departmental holidays (16 July in La Paz,
-- 14 September in Cochabamba, 24 September in Santa Cruz...) are for each institution to add.
CREATE TABLE holiday (
    holiday_date DATE         NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL
);
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2026-01-01', 'Año Nuevo');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2026-01-23', 'Día del Estado Plurinacional (22 de enero, trasladado)');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2026-02-16', 'Carnaval (lunes)');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2026-02-17', 'Carnaval (martes)');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2026-04-03', 'Viernes Santo');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2026-05-01', 'Día del Trabajo');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2026-06-04', 'Corpus Christi');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2026-06-05', 'Corpus Christi (feriado adicional, DS 5521)');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2026-06-22', 'Año Nuevo Andino Amazónico Chaqueño (21 de junio, trasladado)');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2026-08-06', 'Día de la Independencia');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2026-08-07', 'Día de la Independencia (feriado adicional, DS 5521)');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2026-11-02', 'Todos Santos');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2026-12-25', 'Navidad');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2027-01-01', 'Año Nuevo');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2027-01-22', 'Día del Estado Plurinacional');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2027-02-08', 'Carnaval (lunes)');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2027-02-09', 'Carnaval (martes)');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2027-03-26', 'Viernes Santo');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2027-05-01', 'Día del Trabajo');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2027-05-27', 'Corpus Christi');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2027-06-21', 'Año Nuevo Andino Amazónico Chaqueño');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2027-08-06', 'Día de la Independencia');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2027-11-02', 'Todos Santos');
INSERT INTO holiday (holiday_date, name) VALUES (DATE '2027-12-25', 'Navidad');

-- Other settings of the service levels. The value column is setting_value: VALUE is reserved in H2.
-- zone: the IANA time zone of the working hours and holidays (Bolivia: UTC-4 all year).
CREATE TABLE sla_setting (
    name          VARCHAR(50)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL,
    version       BIGINT       NOT NULL
);
INSERT INTO sla_setting (name, setting_value, version) VALUES ('zone', 'America/La_Paz', 0);
