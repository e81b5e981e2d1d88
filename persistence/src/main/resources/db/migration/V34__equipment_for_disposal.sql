-- An approved Dictamen Técnico that recommends the baja of a piece of equipment (SEPREM-DI-004.1 step 5) leaves it
-- FOR_DISPOSAL ("para baja") until the administrative baja retires it (issue 14).
-- Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.
ALTER TABLE equipment DROP CONSTRAINT ck_equipment_state;
ALTER TABLE equipment ADD CONSTRAINT ck_equipment_state
    CHECK (state IN ('IN_STOCK', 'ASSIGNED', 'IN_MAINTENANCE', 'FOR_DISPOSAL', 'RETIRED'));
