-- The web app's tables: accounts, the audit log, published taskings and patrol visits (issue #3).
-- Times are UTC ISO-8601 text, as elsewhere; days are yyyy-MM-dd.

-- People who sign in. Roles: administrator, analyst, supervisor, officer, scrutiny (comma-separated).
-- security_stamp changes whenever a password, role or the disabled flag changes: sign-in cookies carry it, and a cookie
-- with an old stamp is refused, so a disabled account or a reset password takes effect at once.
CREATE TABLE account (
    id              INTEGER PRIMARY KEY,
    user_name       TEXT    NOT NULL UNIQUE,        -- lower case
    display_name    TEXT    NOT NULL,
    password_hash   TEXT,                           -- ASP.NET Core PasswordHasher (PBKDF2); NULL: no password sign-in
    roles           TEXT    NOT NULL,
    force           TEXT,                           -- the force whose tasking an officer sees
    area_code       TEXT,                           -- an officer's area (borough/MSOA/LSOA code): their patrol list
    disabled        INTEGER NOT NULL DEFAULT 0,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    security_stamp  TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    created_by      TEXT    NOT NULL
);

-- Append-only, hash-chained (DOMAIN.md §7, DPA 2018 s.62): each entry's hash covers its fields and the hash before it,
-- so a changed, removed or inserted entry breaks the chain from there on. `lantern audit verify` walks it.
CREATE TABLE audit_entry (
    id            INTEGER PRIMARY KEY,
    at            TEXT    NOT NULL,
    actor         TEXT    NOT NULL,                 -- user name, or "system"
    action        TEXT    NOT NULL,                 -- sign-in, import, publish, view-person-data, ...
    subject       TEXT,                             -- what it was done to
    justification TEXT,                             -- why (required for views of person-level data)
    detail        TEXT,                             -- JSON
    client        TEXT,                             -- remote address
    previous_hash TEXT    NOT NULL,
    hash          TEXT    NOT NULL
);
CREATE INDEX audit_entry_actor ON audit_entry(actor, id);
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- A day's published tasking: a versioned record of who published what, when, with which parameters. Republishing the
-- same force and day makes a new version; officers see the newest.
CREATE TABLE tasking_publication (
    id           INTEGER PRIMARY KEY,
    force        TEXT    NOT NULL,
    day          TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    run_id       INTEGER NOT NULL REFERENCES analysis_run(id),
    cell_size    INTEGER NOT NULL,
    published_by TEXT    NOT NULL,
    published_at TEXT    NOT NULL,
    parameters   TEXT    NOT NULL,                  -- JSON, as the run's
    note         TEXT,
    UNIQUE (force, day, version)
);

CREATE TABLE tasking_publication_place (
    publication_id  INTEGER NOT NULL REFERENCES tasking_publication(id),
    rank            INTEGER NOT NULL,
    cell            TEXT    NOT NULL,               -- grid cell name
    cell_column     INTEGER NOT NULL,
    cell_row        INTEGER NOT NULL,
    easting         REAL    NOT NULL,
    northing        REAL    NOT NULL,
    latitude        REAL    NOT NULL,
    longitude       REAL    NOT NULL,
    area_code       TEXT,
    harm            REAL    NOT NULL,
    crimes          INTEGER NOT NULL,
    planned_visits  INTEGER NOT NULL,
    visit_minutes   INTEGER NOT NULL,
    visit_times     TEXT    NOT NULL,               -- "HH:mm,HH:mm", empty when the data has no times of day
    reason          TEXT    NOT NULL,
    PRIMARY KEY (publication_id, rank)
);

-- Patrol dosage: an officer's visit to a published place, tapped live (arrived/left) or entered afterwards.
CREATE TABLE patrol_visit (
    id              INTEGER PRIMARY KEY,
    publication_id  INTEGER NOT NULL REFERENCES tasking_publication(id),
    rank            INTEGER NOT NULL,
    officer         TEXT    NOT NULL,
    arrived_at      TEXT    NOT NULL,
    left_at         TEXT,
    entered_after   INTEGER NOT NULL,               -- 1: entered afterwards, not tapped at the place
    recorded_at     TEXT    NOT NULL,
    FOREIGN KEY (publication_id, rank) REFERENCES tasking_publication_place(publication_id, rank)
);
CREATE INDEX patrol_visit_publication ON patrol_visit(publication_id, rank);
