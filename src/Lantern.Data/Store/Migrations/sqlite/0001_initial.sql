-- Lantern store, SQLite dialect. Months are stored as YearMonth.Index (months since January of year 0);
-- canonical vocabularies as integers (the enums' values, never renumbered) beside the raw strings.
-- Raw strings that repeat from row to row (force names, locations, LSOAs, vocabulary as written) are stored once in
-- `label` and referenced by id (columns named *_label): it keeps rows small, which is most of import speed.
-- The *_v views show every row with its strings.

CREATE TABLE label (
    id   INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE
);

CREATE TABLE source_file (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL,           -- as given: path, or zip path!entry
    sha256          TEXT    NOT NULL UNIQUE,    -- the same bytes are never imported twice
    kind            INTEGER NOT NULL,           -- SourceKind
    force           TEXT,                       -- slug from the file name, when it has one
    month           INTEGER,                    -- from the file name, when it has one
    rows_read       INTEGER NOT NULL,
    rows_imported   INTEGER NOT NULL,
    rows_present    INTEGER NOT NULL,           -- already in the store from another file
    rows_rejected   INTEGER NOT NULL,
    imported_at     TEXT    NOT NULL,           -- UTC ISO-8601
    lantern_version TEXT    NOT NULL
);

-- Street-level crimes (data.police.uk street files) and force-export crimes (timestamped).
CREATE TABLE crime (
    id             INTEGER PRIMARY KEY,
    row_key        BLOB    NOT NULL,            -- 16 bytes: SHA-256 of kind, raw row, occurrence
    source_file_id INTEGER NOT NULL REFERENCES source_file(id),
    line           INTEGER NOT NULL,
    kind           INTEGER NOT NULL,            -- SourceKind.Street or SourceKind.ForceExport
    force          TEXT    NOT NULL,
    month          INTEGER NOT NULL,
    crime_id       TEXT,
    reported_by_label INTEGER,
    falls_within_label INTEGER,
    longitude      REAL,
    latitude       REAL,
    easting        REAL,
    northing       REAL,
    location_label  INTEGER,
    lsoa_code_label INTEGER,
    lsoa_name_label INTEGER,
    category       INTEGER NOT NULL,
    category_raw_label INTEGER NOT NULL,
    outcome        INTEGER,
    outcome_raw_label INTEGER,
    context_label   INTEGER,
    offence_code   TEXT,
    committed_from TEXT,                        -- local wall-clock yyyy-MM-ddTHH:mm:ss, force exports only
    committed_to   TEXT
);
-- A row is the same row only within its force and month, so the unique key leads with them: a file's rows then land
-- in one region of the index (fast inserts), and the index also serves every query by force and month.
CREATE UNIQUE INDEX crime_key ON crime(force, month, row_key);

CREATE TABLE outcome (
    id             INTEGER PRIMARY KEY,
    row_key        BLOB    NOT NULL,
    source_file_id INTEGER NOT NULL REFERENCES source_file(id),
    line           INTEGER NOT NULL,
    force          TEXT    NOT NULL,
    month          INTEGER NOT NULL,
    crime_id       TEXT,
    reported_by_label INTEGER,
    falls_within_label INTEGER,
    longitude      REAL,
    latitude       REAL,
    easting        REAL,
    northing       REAL,
    location_label  INTEGER,
    lsoa_code_label INTEGER,
    lsoa_name_label INTEGER,
    outcome        INTEGER NOT NULL,
    outcome_raw_label INTEGER NOT NULL
);
CREATE UNIQUE INDEX outcome_key ON outcome(force, month, row_key);

CREATE TABLE stop_search (
    id                          INTEGER PRIMARY KEY,
    row_key                     BLOB    NOT NULL,
    source_file_id              INTEGER NOT NULL REFERENCES source_file(id),
    line                        INTEGER NOT NULL,
    force                       TEXT    NOT NULL,
    month                       INTEGER NOT NULL,   -- month of the search in UTC, as data.police.uk files it
    searched_at                 TEXT    NOT NULL,   -- UTC ISO-8601
    type                        INTEGER NOT NULL,
    type_raw_label               INTEGER NOT NULL,
    part_of_operation           INTEGER,
    operation_label              INTEGER,
    longitude                   REAL,
    latitude                    REAL,
    easting                     REAL,
    northing                    REAL,
    gender                      INTEGER NOT NULL,
    gender_raw_label             INTEGER,
    age_range                   INTEGER NOT NULL,
    age_range_raw_label          INTEGER,
    self_defined_ethnic_group   INTEGER NOT NULL,
    self_defined_ethnicity_raw_label INTEGER,
    officer_defined_ethnic_group INTEGER NOT NULL,
    officer_defined_ethnicity_raw_label INTEGER,
    legislation                 INTEGER NOT NULL,
    legislation_raw_label        INTEGER,
    object_of_search            INTEGER NOT NULL,
    object_of_search_raw_label   INTEGER,
    outcome                     INTEGER NOT NULL,
    outcome_raw_label            INTEGER,
    outcome_linked              INTEGER,
    removal_more_than_outer     INTEGER
);
CREATE UNIQUE INDEX stop_search_key ON stop_search(force, month, row_key);

-- The tables with their strings, for people and exports (label ids are a storage detail).
CREATE VIEW crime_v AS
SELECT c.id, c.source_file_id, c.line, c.kind, c.force, c.month, c.crime_id, rb.text AS reported_by, fw.text AS falls_within,
       c.longitude, c.latitude, c.easting, c.northing, lo.text AS location, lc.text AS lsoa_code, ln.text AS lsoa_name,
       c.category, cr.text AS category_raw, c.outcome, orw.text AS outcome_raw, cx.text AS context, c.offence_code,
       c.committed_from, c.committed_to
FROM crime c
LEFT JOIN label rb ON rb.id = c.reported_by_label LEFT JOIN label fw ON fw.id = c.falls_within_label
LEFT JOIN label lo ON lo.id = c.location_label LEFT JOIN label lc ON lc.id = c.lsoa_code_label
LEFT JOIN label ln ON ln.id = c.lsoa_name_label LEFT JOIN label cr ON cr.id = c.category_raw_label
LEFT JOIN label orw ON orw.id = c.outcome_raw_label LEFT JOIN label cx ON cx.id = c.context_label;

CREATE VIEW outcome_v AS
SELECT o.id, o.source_file_id, o.line, o.force, o.month, o.crime_id, rb.text AS reported_by, fw.text AS falls_within,
       o.longitude, o.latitude, o.easting, o.northing, lo.text AS location, lc.text AS lsoa_code, ln.text AS lsoa_name,
       o.outcome, orw.text AS outcome_raw
FROM outcome o
LEFT JOIN label rb ON rb.id = o.reported_by_label LEFT JOIN label fw ON fw.id = o.falls_within_label
LEFT JOIN label lo ON lo.id = o.location_label LEFT JOIN label lc ON lc.id = o.lsoa_code_label
LEFT JOIN label ln ON ln.id = o.lsoa_name_label LEFT JOIN label orw ON orw.id = o.outcome_raw_label;

CREATE VIEW stop_search_v AS
SELECT s.id, s.source_file_id, s.line, s.force, s.month, s.searched_at, s.type, ty.text AS type_raw, s.part_of_operation,
       op.text AS operation, s.longitude, s.latitude, s.easting, s.northing, s.gender, ge.text AS gender_raw, s.age_range,
       ag.text AS age_range_raw, s.self_defined_ethnic_group, se.text AS self_defined_ethnicity_raw,
       s.officer_defined_ethnic_group, oe.text AS officer_defined_ethnicity_raw, s.legislation, le.text AS legislation_raw,
       s.object_of_search, ob.text AS object_of_search_raw, s.outcome, ou.text AS outcome_raw, s.outcome_linked,
       s.removal_more_than_outer
FROM stop_search s
LEFT JOIN label ty ON ty.id = s.type_raw_label LEFT JOIN label op ON op.id = s.operation_label
LEFT JOIN label ge ON ge.id = s.gender_raw_label LEFT JOIN label ag ON ag.id = s.age_range_raw_label
LEFT JOIN label se ON se.id = s.self_defined_ethnicity_raw_label LEFT JOIN label oe ON oe.id = s.officer_defined_ethnicity_raw_label
LEFT JOIN label le ON le.id = s.legislation_raw_label LEFT JOIN label ob ON ob.id = s.object_of_search_raw_label
LEFT JOIN label ou ON ou.id = s.outcome_raw_label;

-- Rows that failed validation, kept with where and why (nothing is lost).
CREATE TABLE reject (
    id             INTEGER PRIMARY KEY,
    source_file_id INTEGER NOT NULL REFERENCES source_file(id),
    line           INTEGER NOT NULL,
    field          TEXT    NOT NULL,
    reason         TEXT    NOT NULL,
    raw            TEXT    NOT NULL
);
CREATE INDEX reject_file ON reject(source_file_id);

-- Boundaries in British National Grid, as WKB, with their bounding box for a first cut.
CREATE TABLE area (
    id          INTEGER PRIMARY KEY,
    level       TEXT    NOT NULL,               -- borough, msoa, lsoa
    code        TEXT    NOT NULL,
    name        TEXT,
    source      TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    geometry    BLOB    NOT NULL,
    min_e       REAL    NOT NULL,
    min_n       REAL    NOT NULL,
    max_e       REAL    NOT NULL,
    max_n       REAL    NOT NULL,
    properties  TEXT,                           -- JSON object of the other properties
    imported_at TEXT    NOT NULL,
    UNIQUE (level, code)
);

-- Analysts' additions and suppressions of tasking places, with the reason (DOMAIN.md §2).
CREATE TABLE place_adjustment (
    id           INTEGER PRIMARY KEY,
    force        TEXT    NOT NULL,
    cell_size    INTEGER NOT NULL,
    cell_column  INTEGER NOT NULL,
    cell_row     INTEGER NOT NULL,
    action       TEXT    NOT NULL CHECK (action IN ('add', 'suppress')),
    reason       TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    made_by      TEXT    NOT NULL,
    made_at      TEXT    NOT NULL,
    withdrawn_at TEXT,
    withdrawn_by TEXT
);
CREATE INDEX place_adjustment_force ON place_adjustment(force, cell_size);

-- Every analytic result, with what is needed to reproduce and challenge it.
CREATE TABLE analysis_run (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL,           -- tasking, hotspots
    force           TEXT,
    created_at      TEXT    NOT NULL,
    created_by      TEXT    NOT NULL,
    lantern_version TEXT    NOT NULL,
    parameters      TEXT    NOT NULL,           -- JSON
    inputs          TEXT    NOT NULL,           -- JSON: data coverage and fingerprint
    result          TEXT    NOT NULL            -- JSON
);
