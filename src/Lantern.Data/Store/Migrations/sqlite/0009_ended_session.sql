-- Sessions signed out of (issue #3's security review): a copy of a signed-out cookie must not keep working until it
-- expires. Each sign-in cookie carries a random session id; signing out records it here and every request checks it.
-- Rows older than the longest a session can last are purged at each sign-out.
CREATE TABLE ended_session (
    session    TEXT    PRIMARY KEY,
    account_id INTEGER NOT NULL,
    ended_at   TEXT    NOT NULL             -- UTC ISO-8601
);
