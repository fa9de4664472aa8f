-- Foundation schema: vault bookkeeping, organs, users and the audit chain.
-- SQLite 3.15 dialect (no UPSERT, no window functions, no JSON1); kept portable enough for PostgreSQL.

CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Each user's slot key (random, 32 bytes) lives inside the encrypted vault so that a rekey can rewrap
-- every key slot without knowing the users' passwords.
CREATE TABLE vault_slot_keys (
    user_name TEXT PRIMARY KEY,
    slot_key  BLOB NOT NULL
);

CREATE TABLE organs (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('county', 'municipal', 'provincial', 'national')),
    region_code TEXT NOT NULL CHECK (length(region_code) = 6),
    UNIQUE (name, region_code)
);

CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL UNIQUE,
    role                 TEXT NOT NULL CHECK (role IN ('administrator', 'officer', 'supervisor', 'auditor')),
    organ_id             INTEGER NOT NULL REFERENCES organs (id),
    created_at           TEXT NOT NULL,
    created_by           TEXT,
    disabled_at          TEXT,
    disabled_by          TEXT,
    must_change_password INTEGER NOT NULL DEFAULT 0
);

-- Append-only, hash-chained. Triggers refuse UPDATE and DELETE through ordinary SQL; anyone who edits
-- the file with the raw key is caught by `audit verify`, which recomputes every link.
CREATE TABLE audit_log (
    seq            INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    actor          TEXT NOT NULL,
    event          TEXT NOT NULL,
    object         TEXT NOT NULL,
    payload        TEXT NOT NULL,
    payload_digest TEXT NOT NULL,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
