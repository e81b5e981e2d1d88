-- A business calendar per institution (issue 13): each institution's working hours, its country's national holidays
-- and its time zone. The service clock of a case runs on its institution's calendar.

-- Holidays belong to an institution (so a Jefe edits their own and no other's) and carry the country whose law gave
-- them. origin: LAW for rows SIGTI generated from the country's law (org.sigti.sla.NationalHolidays) or seeded,
-- EDIT for rows the Jefe added. The existing rows (Bolivia 2026-27, V5, and whatever the Jefe added since) become
-- the holidays of both Bolivian institutions, DP and AGETIC.
-- Ids below 951, which the sequence never gives (it starts at 1000, Hibernate's pooled ids at 951): AGETIC 1-399,
-- DP 401-799.
ALTER TABLE holiday RENAME TO holiday_v5;
CREATE TABLE holiday (
    id               BIGINT       NOT NULL PRIMARY KEY,
    institution_code VARCHAR(20)  NOT NULL,
    country          VARCHAR(2)   NOT NULL,
    holiday_date     DATE         NOT NULL,
    name             VARCHAR(100) NOT NULL,
    origin           VARCHAR(4)   NOT NULL,
    CONSTRAINT uk_holiday_date UNIQUE (institution_code, holiday_date),
    CONSTRAINT fk_holiday_institution FOREIGN KEY (institution_code) REFERENCES institution (code),
    CONSTRAINT ck_holiday_origin CHECK (origin IN ('LAW', 'EDIT'))
);
INSERT INTO holiday (id, institution_code, country, holiday_date, name, origin)
SELECT ROW_NUMBER() OVER (ORDER BY h.holiday_date), 'AGETIC', 'BO', h.holiday_date, h.name, 'LAW' FROM holiday_v5 h;
INSERT INTO holiday (id, institution_code, country, holiday_date, name, origin)
SELECT 400 + ROW_NUMBER() OVER (ORDER BY h.holiday_date), 'DP', 'BO', h.holiday_date, h.name, 'LAW'
FROM holiday_v5 h;
DROP TABLE holiday_v5;

-- The years whose national holidays an institution already has: the generator fills a year once, at start-up or on
-- its yearly timer, and never again, so a holiday the Jefe moved or removed stays so. Bolivia's 2026 and 2027 came
-- with V5 (2026 as Decreto Supremo 5521 moved them).
CREATE TABLE holiday_year (
    institution_code VARCHAR(20) NOT NULL,
    holiday_year     INTEGER     NOT NULL,
    CONSTRAINT pk_holiday_year PRIMARY KEY (institution_code, holiday_year),
    CONSTRAINT fk_holiday_year_institution FOREIGN KEY (institution_code) REFERENCES institution (code)
);
INSERT INTO holiday_year (institution_code, holiday_year) VALUES ('AGETIC', 2026), ('AGETIC', 2027), ('DP', 2026),
    ('DP', 2027);

-- Working hours per institution, each starting from today's rows (the only calendar until now); the Jefe of each
-- institution changes them on the service levels screen. Copies' ids: DP 101-199, SEPREM 201-299, MINDEF 301-399,
-- below the sequence's ids and above V5's seed (1-10).
ALTER TABLE business_hours ADD COLUMN institution_code VARCHAR(20);
UPDATE business_hours SET institution_code = 'AGETIC';
INSERT INTO business_hours (id, institution_code, day_of_week, start_minute, end_minute)
SELECT k.base + ROW_NUMBER() OVER (PARTITION BY k.code ORDER BY h.day_of_week, h.start_minute), k.code,
       h.day_of_week, h.start_minute, h.end_minute
FROM business_hours h CROSS JOIN (VALUES (100, 'DP'), (200, 'SEPREM'), (300, 'MINDEF')) AS k (base, code)
WHERE h.institution_code = 'AGETIC';
ALTER TABLE business_hours ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE business_hours ADD CONSTRAINT fk_business_hours_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);
DROP INDEX ix_business_hours_day;
CREATE INDEX ix_business_hours_day ON business_hours (institution_code, day_of_week, start_minute);

-- The time zone is the institution's (institution.time_zone, V26). A zone the Jefe set on the old single calendar
-- stays with the Bolivian institutions it was set for.
UPDATE institution SET time_zone = (SELECT s.setting_value FROM sla_setting s WHERE s.name = 'zone')
WHERE country = 'BO' AND EXISTS (SELECT 1 FROM sla_setting s WHERE s.name = 'zone');
DELETE FROM sla_setting WHERE name = 'zone';
