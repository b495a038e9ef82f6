-- A force export identifies a crime by its reference: a later export of the same crime (a new outcome, a corrected
-- time) replaces the earlier row instead of counting the crime twice. Partial index: street rows are not affected.
CREATE INDEX crime_export_reference ON crime(force, crime_id) WHERE kind = 4;

ALTER TABLE source_file ADD COLUMN rows_updated bigint NOT NULL DEFAULT 0;
