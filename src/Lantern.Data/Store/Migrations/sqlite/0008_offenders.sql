-- Offender prioritisation (issue #6, docs/offenders.md): people and their records from the offender records force
-- export, scores with the versions they were made under, supervisors' review decisions kept with the score they were
-- made on, the managed list, and disclosures. Person-level data lives only in these tables: a person erased at the
-- end of retention is deleted from all of them (ON DELETE CASCADE), and the erasure is written to the audit log.
-- Times are UTC ISO-8601 text and dates yyyy-MM-dd, as elsewhere.

CREATE TABLE offender_import (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT    NOT NULL,
    sha256      TEXT    NOT NULL UNIQUE,              -- the same file twice changes nothing
    imported_at TEXT    NOT NULL,
    imported_by TEXT    NOT NULL,
    row_count   INTEGER NOT NULL,
    added       INTEGER NOT NULL,
    updated     INTEGER NOT NULL
);

CREATE TABLE offender_person (
    person_id   TEXT    PRIMARY KEY,                  -- pseudonymous
    wanted      INTEGER NOT NULL,                     -- an outstanding suspect
    sex         TEXT    NOT NULL,                     -- sex, age band, ethnicity: for fairness audits only, never scored
    age_band    TEXT    NOT NULL,
    ethnicity   TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE offender_record (
    id           INTEGER PRIMARY KEY,
    person_id    TEXT    NOT NULL REFERENCES offender_person(person_id) ON DELETE CASCADE,
    reference    TEXT    NOT NULL,
    date         TEXT    NOT NULL,
    offence_code TEXT    NOT NULL,
    category     INTEGER NOT NULL,                    -- CrimeCategory
    role         INTEGER NOT NULL CHECK (role BETWEEN 1 AND 4),  -- OffenderRole: suspect, charged, convicted, victim
    domestic     INTEGER NOT NULL,
    victim_id    TEXT,                                -- where known; set to NULL when the victim is erased
    outcome      TEXT,
    import_id    INTEGER NOT NULL REFERENCES offender_import(id),
    UNIQUE (person_id, reference)
);
CREATE INDEX offender_record_victim ON offender_record(victim_id);

-- One scoring: its parameters and versions; the analysis_run it was recorded as holds only aggregates.
CREATE TABLE offender_score_run (
    id              INTEGER PRIMARY KEY,
    analysis_run_id INTEGER NOT NULL REFERENCES analysis_run(id),
    as_of           TEXT    NOT NULL,
    window_days     INTEGER NOT NULL,
    offence_set     TEXT    NOT NULL,
    half_life_days  REAL,
    weights_version TEXT    NOT NULL,
    groups_version  TEXT    NOT NULL,
    bands_version   TEXT    NOT NULL,
    ranked          INTEGER NOT NULL,                 -- people with a counted offence in the window
    list_size       INTEGER NOT NULL,                 -- the top kept as the list (the wanted list's scores are kept too)
    created_by      TEXT    NOT NULL,
    created_at      TEXT    NOT NULL
);

-- The scores kept from a run (its top of the list and its wanted list), each with its explanation as it stood.
CREATE TABLE offender_score (
    run_id            INTEGER NOT NULL REFERENCES offender_score_run(id),
    person_id         TEXT    NOT NULL REFERENCES offender_person(person_id) ON DELETE CASCADE,
    rank              INTEGER NOT NULL,
    harm              REAL    NOT NULL,
    offences          INTEGER NOT NULL,
    victims           INTEGER NOT NULL,
    latest_offence    TEXT,
    recency_points    INTEGER NOT NULL,
    frequency_points  INTEGER NOT NULL,
    gravity_points    INTEGER NOT NULL,
    victims_points    INTEGER NOT NULL,
    wanted            INTEGER NOT NULL,
    weights_version   TEXT    NOT NULL,               -- stored with every score (issue #6)
    bands_version     TEXT    NOT NULL,
    explanation       TEXT    NOT NULL,               -- its lines, newline-separated
    PRIMARY KEY (run_id, person_id)
);

-- A supervisor's decision on one score; a person is on the managed list only when accepted.
CREATE TABLE offender_review (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL,
    person_id   TEXT    NOT NULL,
    decision    TEXT    NOT NULL CHECK (decision IN ('accept', 'reject', 'defer')),
    reason      TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    reviewer    TEXT    NOT NULL,
    decided_at  TEXT    NOT NULL,
    FOREIGN KEY (run_id, person_id) REFERENCES offender_score(run_id, person_id) ON DELETE CASCADE
);
CREATE INDEX offender_review_person ON offender_review(person_id);

CREATE TABLE offender_managed (
    person_id   TEXT    PRIMARY KEY REFERENCES offender_person(person_id) ON DELETE CASCADE,
    review_id   INTEGER NOT NULL REFERENCES offender_review(id) ON DELETE CASCADE,
    since       TEXT    NOT NULL
);

-- Exports (disclosures, DPA 2018 s.62): to whom, why, under which marking, and which people were in them.
CREATE TABLE offender_export (
    id             INTEGER PRIMARY KEY,
    what           TEXT    NOT NULL,
    recipient      TEXT    NOT NULL CHECK (length(trim(recipient)) > 0),
    justification  TEXT    NOT NULL CHECK (length(trim(justification)) > 0),
    marking        TEXT    NOT NULL,
    exported_by    TEXT    NOT NULL,
    exported_at    TEXT    NOT NULL
);

CREATE TABLE offender_disclosure (
    export_id   INTEGER NOT NULL REFERENCES offender_export(id),
    person_id   TEXT    NOT NULL REFERENCES offender_person(person_id) ON DELETE CASCADE,
    PRIMARY KEY (export_id, person_id)
);
CREATE INDEX offender_disclosure_person ON offender_disclosure(person_id);
