-- MINDEF's Equipo de gobierno de tecnologías de la información (procedures.md E4/E5): its coordinator co-signs the
-- Acta de QA and the UAT report of S04.02.00.01 and S04.02.00.02, and its Responsable del análisis de calidad de
-- sistemas (a performer, so a Técnico, §S1) runs quality assurance. The unit list of V26 left the team out.
INSERT INTO org_unit (id, institution_code, code, name, kind, version)
SELECT 122, 'MINDEF', 'GOBTI', 'Equipo de gobierno de tecnologías de la información', 'IT_TEAM', 0
WHERE NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.institution_code = 'MINDEF' AND u.code = 'GOBTI');

INSERT INTO work_queue (institution_code, code, name, unit_code, version)
VALUES ('MINDEF', 'GOBTI', 'OGTIE - Equipo de gobierno de TI', 'GOBTI', 0);
