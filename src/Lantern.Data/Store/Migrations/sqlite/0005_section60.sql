-- The Section 60 register (issue #4): authorisations under s.60 Criminal Justice and Public Order Act 1994, each checked
-- against its rule set before it is written (a refused one is never stored), and each change audited. Times are UTC
-- ISO-8601 text, as elsewhere (yyyy-MM-ddTHH:mm:ssZ, so that they sort and compare as the times do).

CREATE TABLE section60_authorisation (
    id                    INTEGER PRIMARY KEY,
    force                 TEXT    NOT NULL,           -- data.police.uk slug
    reference             TEXT    NOT NULL CHECK (length(trim(reference)) > 0),
    authorising_officer   TEXT    NOT NULL CHECK (length(trim(authorising_officer)) > 0),
    rank                  TEXT    NOT NULL,           -- OfficerRanks slug: inspector, commander, ...
    grounds               TEXT    NOT NULL CHECK (length(trim(grounds)) > 0),
    belief                TEXT    NOT NULL CHECK (belief IN ('may', 'will', 'weapon-used', 'weapons-carried')),
    locality              TEXT    NOT NULL CHECK (length(trim(locality)) > 0),
    area_code             TEXT,                       -- the imported area the locality was taken from, if it was
    area_geojson          TEXT    NOT NULL,           -- the locality: a GeoJSON MultiPolygon in WGS84 (RFC 7946)
    min_e                 REAL    NOT NULL,           -- its bounding box in British National Grid metres
    min_n                 REAL    NOT NULL,
    max_e                 REAL    NOT NULL,
    max_n                 REAL    NOT NULL,
    starts_at             TEXT    NOT NULL,
    ends_at               TEXT    NOT NULL CHECK (ends_at > starts_at),  -- before any extension
    rule_set              TEXT    NOT NULL CHECK (rule_set IN ('statutory', 'best-use')),
    community_notified_at TEXT,
    extended_to           TEXT,                       -- the one extension: its new end, who, their rank, when given
    extended_by           TEXT,
    extended_by_rank      TEXT,
    extended_at           TEXT,
    created_by            TEXT    NOT NULL,           -- who recorded it (for the authorising officer)
    created_at            TEXT    NOT NULL,
    withdrawn_at          TEXT,                       -- ended early: searches after this are not under it
    withdrawn_by          TEXT,
    withdrawn_reason      TEXT,
    UNIQUE (force, reference),
    CHECK (extended_to IS NULL OR (extended_to > ends_at AND extended_by IS NOT NULL AND extended_by_rank IS NOT NULL AND extended_at IS NOT NULL))
);
CREATE INDEX section60_authorisation_period ON section60_authorisation(force, starts_at);

-- Which rule set a force holds its authorisations to (DOMAIN.md §5: configurable, a force setting). No row: statutory.
CREATE TABLE section60_rule_setting (
    force    TEXT PRIMARY KEY,
    rule_set TEXT NOT NULL CHECK (rule_set IN ('statutory', 'best-use')),
    set_by   TEXT NOT NULL,
    set_at   TEXT NOT NULL
);
