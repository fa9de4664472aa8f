-- Official documents (告知书, 决定书, 送达回证 ...) as issued and every copy printed of them (issue 11).
-- A document is issued once: its text as served is stored here with the case, so the paper and the record never
-- disagree; every later print is a copy (副本 N) of that stored text, each an audit entry of its own whose chain
-- position and hash are the fingerprint printed in the footer. SQLite 3.15 dialect, portable to PostgreSQL.

-- The last document number (文号 sequence) given per organ, series (the organ's abbreviation and the document's
-- code, e.g. 示市监信告) and year. Incremented inside the transaction that issues the document, so numbers have no
-- gaps across restarts and concurrent processes (the vault's write lock serialises the increments).
CREATE TABLE document_numbers (
    organ_id INTEGER NOT NULL REFERENCES organs (id),
    series   TEXT NOT NULL,
    year     INTEGER NOT NULL,
    last_seq INTEGER NOT NULL CHECK (last_seq > 0),
    PRIMARY KEY (organ_id, series, year)
);

-- One issued document. source_id: the objection, re-examination or restoration it answers (0 for documents of the
-- case itself). text: the composed document as served (JSON, the party's copy with the full identifier);
-- text_sha256 its digest, also in the audit entry of the issue. number is '' for papers without a number (proof of
-- service). template: which template it was composed from ("builtin:<kind>" or "vault:<organ>:<name>:<version>").
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    kind        TEXT NOT NULL CHECK (kind IN ('notice', 'objection-answer', 'reexam-opinion', 'decision',
                                              'restoration-notice', 'restoration-decision', 'removal',
                                              'service-proof')),
    source_id   INTEGER NOT NULL DEFAULT 0,
    organ_id    INTEGER NOT NULL REFERENCES organs (id),
    series      TEXT NOT NULL DEFAULT '',
    year        INTEGER NOT NULL,
    seq         INTEGER NOT NULL DEFAULT 0,
    number      TEXT NOT NULL DEFAULT '',
    issued_on   TEXT NOT NULL,
    issued_by   TEXT NOT NULL,
    template    TEXT NOT NULL,
    text        TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (case_id, kind, source_id)
);
CREATE INDEX documents_case ON documents (case_id);
CREATE UNIQUE INDEX documents_number ON documents (organ_id, series, year, seq) WHERE seq > 0;

-- Every print or export of a document: copy 0 is the original, 1, 2 ... the reprints (副本 N). channel: 'internal'
-- (the party's copy, full identifier) or 'public' (identifiers masked). output: 'pdf' or 'printer'.
-- audit_seq / audit_hash: the audit entry of this print, whose position and hash make the fingerprint.
CREATE TABLE document_copies (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    copy_no     INTEGER NOT NULL CHECK (copy_no >= 0),
    channel     TEXT NOT NULL CHECK (channel IN ('internal', 'public')),
    output      TEXT NOT NULL CHECK (output IN ('pdf', 'printer')),
    printed_at  TEXT NOT NULL,
    printed_by  TEXT NOT NULL,
    audit_seq   INTEGER NOT NULL UNIQUE,
    audit_hash  TEXT NOT NULL,
    UNIQUE (document_id, copy_no)
);

-- Templates an administrator adapted for an organ: name 'organ' holds the header, seal text, contact details,
-- abbreviation, reconsideration body and court; a document kind's name holds that document's wording. The highest
-- version of (organ, name) is used; earlier versions stay, so an issued document's template can still be named.
-- Without a row, the built-in template of resources/documents/ is used.
CREATE TABLE document_templates (
    id         INTEGER PRIMARY KEY,
    organ_id   INTEGER NOT NULL REFERENCES organs (id),
    name       TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version > 0),
    content    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (organ_id, name, version)
);
