-- Stop-and-search accountability (issue #4): census denominators and the lookups that sum areas into larger ones.

-- A search's month is the month of its UK date, as data.police.uk files it (a summer month's file begins at 23:00 UTC on
-- the last day of the month before). Rows imported before were filed by their UTC date: move the ones in the last hour
-- of a summer month's last day. British Summer Time (01:00 UTC last Sunday of March to 01:00 UTC last Sunday of
-- October) covers 23:00 UTC on 31 March and on the last days of April to September, never 31 October.
UPDATE stop_search SET month = month + 1
WHERE substr(searched_at, 12, 2) = '23' AND substr(searched_at, 6, 5) IN ('03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30');

-- Population files imported (census tables and lookups): the same bytes are never imported twice.
CREATE TABLE population_file (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL,
    sha256          TEXT    NOT NULL UNIQUE,
    kind            TEXT    NOT NULL,           -- area-census, force-census, msoa-to-borough, borough-to-force
    census          TEXT,                       -- census2021, census2011; NULL for a lookup
    row_count       INTEGER NOT NULL,           -- areas or links
    imported_at     TEXT    NOT NULL,           -- UTC ISO-8601
    lantern_version TEXT    NOT NULL
);

-- Usual residents by the five high-level ethnic groups (all_residents is their sum, checked on import).
CREATE TABLE population (
    id                 INTEGER PRIMARY KEY,
    population_file_id INTEGER NOT NULL REFERENCES population_file(id),
    census             TEXT    NOT NULL,        -- census2021, census2011
    level              TEXT    NOT NULL,        -- lsoa, msoa, borough (a local authority), force
    code               TEXT    NOT NULL,        -- ONS code; a force's data.police.uk slug
    name               TEXT,
    all_residents      INTEGER NOT NULL,
    white              INTEGER NOT NULL,
    black              INTEGER NOT NULL,
    asian              INTEGER NOT NULL,
    mixed              INTEGER NOT NULL,
    other              INTEGER NOT NULL,
    UNIQUE (census, level, code)
);

-- Which larger area an area lies in: an MSOA in a borough (ONS LSOA21 -> MSOA21 -> LAD22), a borough in a force (LAD16 -> PFA16).
CREATE TABLE area_parent (
    id                 INTEGER PRIMARY KEY,
    population_file_id INTEGER NOT NULL REFERENCES population_file(id),
    level              TEXT    NOT NULL,        -- msoa, borough
    code               TEXT    NOT NULL,
    parent_level       TEXT    NOT NULL,        -- borough, force
    parent_code        TEXT    NOT NULL,        -- ONS code; a force's slug
    parent_name        TEXT,
    UNIQUE (level, code, parent_level)
);
CREATE INDEX area_parent_parent ON area_parent(parent_level, parent_code);
