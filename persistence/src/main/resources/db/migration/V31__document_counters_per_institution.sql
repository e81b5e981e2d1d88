-- Each institution numbers its own documents (issue 13): the counters of V6 become per institution, kind and year.
-- Counters in use before belong to the default institution, AGETIC.
ALTER TABLE document_counter ADD COLUMN institution_code VARCHAR(20);
UPDATE document_counter SET institution_code = 'AGETIC';
ALTER TABLE document_counter ALTER COLUMN institution_code SET NOT NULL;
ALTER TABLE document_counter DROP CONSTRAINT pk_document_counter;
ALTER TABLE document_counter ADD CONSTRAINT pk_document_counter PRIMARY KEY (institution_code, doc_type, doc_year);
ALTER TABLE document_counter ADD CONSTRAINT fk_document_counter_institution FOREIGN KEY (institution_code)
    REFERENCES institution (code);
