-- Stop-and-search force export (issue #4): what a force holds beyond data.police.uk's columns. NULL on rows from
-- data.police.uk files. Officer ids, teams, body-worn video reasons and Section 60 references repeat: labels.
-- The columns of sqlite/0006_stop_search_export.sql, column for column (see postgres/0001_initial.sql for the types).
ALTER TABLE stop_search ADD COLUMN search_id text COLLATE "C";                    -- the force's search reference: names the search
ALTER TABLE stop_search ADD COLUMN officer_id_label bigint;
ALTER TABLE stop_search ADD COLUMN team_label bigint;
ALTER TABLE stop_search ADD COLUMN body_worn_video boolean;                 -- recorded on body-worn video; NULL when not said
ALTER TABLE stop_search ADD COLUMN body_worn_video_reason_label bigint;   -- the reason given when not
ALTER TABLE stop_search ADD COLUMN s60_authorisation_label bigint;        -- the Section 60 authorisation's reference
ALTER TABLE stop_search ADD COLUMN grounds text;                        -- the grounds as the officer recorded them

-- A later export of the same search (a corrected outcome, say) replaces the earlier row, as for crime exports.
CREATE INDEX stop_search_export_reference ON stop_search(force, search_id) WHERE search_id IS NOT NULL;

DROP VIEW stop_search_v;
CREATE VIEW stop_search_v AS
SELECT s.id, s.source_file_id, s.line, s.force, s.month, s.searched_at, s.type, ty.text AS type_raw, s.part_of_operation,
       op.text AS operation, s.longitude, s.latitude, s.easting, s.northing, s.gender, ge.text AS gender_raw, s.age_range,
       ag.text AS age_range_raw, s.self_defined_ethnic_group, se.text AS self_defined_ethnicity_raw,
       s.officer_defined_ethnic_group, oe.text AS officer_defined_ethnicity_raw, s.legislation, le.text AS legislation_raw,
       s.object_of_search, ob.text AS object_of_search_raw, s.outcome, ou.text AS outcome_raw, s.outcome_linked,
       s.removal_more_than_outer, s.search_id, oi.text AS officer_id, tm.text AS team, s.body_worn_video,
       bw.text AS body_worn_video_reason, s6.text AS s60_authorisation, s.grounds
FROM stop_search s
LEFT JOIN label ty ON ty.id = s.type_raw_label LEFT JOIN label op ON op.id = s.operation_label
LEFT JOIN label ge ON ge.id = s.gender_raw_label LEFT JOIN label ag ON ag.id = s.age_range_raw_label
LEFT JOIN label se ON se.id = s.self_defined_ethnicity_raw_label LEFT JOIN label oe ON oe.id = s.officer_defined_ethnicity_raw_label
LEFT JOIN label le ON le.id = s.legislation_raw_label LEFT JOIN label ob ON ob.id = s.object_of_search_raw_label
LEFT JOIN label ou ON ou.id = s.outcome_raw_label LEFT JOIN label oi ON oi.id = s.officer_id_label
LEFT JOIN label tm ON tm.id = s.team_label LEFT JOIN label bw ON bw.id = s.body_worn_video_reason_label
LEFT JOIN label s6 ON s6.id = s.s60_authorisation_label;
