-- Browsers an account has signed in from (issue #3, lockout). Without them, five wrong passwords from anyone lock the
-- account for everyone: whoever knows a user name can keep its holder out. A successful sign-in leaves a random,
-- long-lived device cookie in that browser (only its SHA-256 is kept here); a browser showing the account's cookie has
-- its own count of wrong passwords and its own lock, so wrong passwords elsewhere lock only sign-ins from browsers the
-- account has not used (the account's own failed_sign_ins and locked_until). OWASP's "device cookies".
CREATE TABLE trusted_device (
    token_hash      TEXT    NOT NULL,       -- SHA-256 of the cookie's value, lower-case hex
    account_id      INTEGER NOT NULL REFERENCES account (id), -- a shared computer is trusted by each account that signed in on it
    created_at      TEXT    NOT NULL,       -- UTC ISO-8601
    last_used_at    TEXT    NOT NULL,       -- UTC ISO-8601; devices unused for the cookie's lifetime are forgotten
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,                   -- UTC ISO-8601, or NULL
    PRIMARY KEY (token_hash, account_id)
);
CREATE INDEX trusted_device_account ON trusted_device (account_id);
