-- The table of sqlite/0010_trusted_device.sql, column for column: browsers an account has signed in from, each with
-- its own count of wrong passwords, so that wrong passwords elsewhere cannot lock the account's holder out.
CREATE TABLE trusted_device (
    token_hash      text COLLATE "C" NOT NULL,
    account_id      bigint NOT NULL REFERENCES account (id),
    created_at      text   NOT NULL,
    last_used_at    text   NOT NULL,
    failed_sign_ins bigint NOT NULL DEFAULT 0,
    locked_until    text,
    PRIMARY KEY (token_hash, account_id)
);
CREATE INDEX trusted_device_account ON trusted_device (account_id);
