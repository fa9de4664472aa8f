-- Who looked at whose record, when and why (Guiding Opinions VII(13)); auditors review and flag entries.
CREATE TABLE inquiry_register (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    object      TEXT NOT NULL,
    subject_ref TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    audit_seq   INTEGER NOT NULL,
    flagged_at  TEXT,
    flagged_by  TEXT,
    flag_note   TEXT
);
CREATE INDEX inquiry_register_at ON inquiry_register (at);
CREATE INDEX inquiry_register_subject ON inquiry_register (subject_ref);
