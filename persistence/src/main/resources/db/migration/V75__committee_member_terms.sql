-- Committee members are kept by their committee's Secretaría técnica and the Jefe (issue 17): a member joins on a
-- day and may leave; the row stays (attendance and actas refer to it) with the day they left. New members take their
-- ids from their own sequence, above the seeded ones (V65 wrote ids 1 to 7). Portable SQL: H2 2.2 and PostgreSQL 15.
ALTER TABLE committee_member ADD COLUMN since_on DATE;
ALTER TABLE committee_member ADD COLUMN until_on DATE;
CREATE SEQUENCE committee_member_seq START WITH 1000 INCREMENT BY 50;
-- the current members of a committee, in signing order
CREATE INDEX ix_committee_member_current ON committee_member (committee_id, until_on, sign_order);
