-- MINDEF's Especialista de Seguridad de la Información (procedures.md S1.1): a cross-team reviewer of every team's
-- SGSI documents (S04.01.00.03), a requester of log analyses (S04.03.01.04 step 9) and the awareness talk after a
-- successful phishing (S04.04.00.02 step 17). The manual places the role in the OGTIE but in no team, so SIGTI gives
-- it a unit and a queue of its own; the Oficial de Seguridad Digital, who "may coincide with the Especialista",
-- is reached through the same queue.
INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 121, 'MINDEF', 'SGSI', 'Especialista de Seguridad de la Información', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.institution_code = 'MINDEF' AND u.code = 'SGSI');

INSERT INTO work_queue (institution_code, code, name, unit_code, version)
VALUES ('MINDEF', 'SGSI', 'OGTIE - Especialista de Seguridad de la Información', 'SGSI', 0);
