-- The table of sqlite/0009_ended_session.sql, column for column: sessions signed out of, so that a copy of a
-- signed-out cookie stops working at once.
CREATE TABLE ended_session (
    session    text COLLATE "C" PRIMARY KEY,
    account_id bigint NOT NULL,
    ended_at   text   NOT NULL
);
