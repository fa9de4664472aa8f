-- Rule data kept in the vault: every edition of the catalog, measures list, list types, disclosure regimes,
-- procedure limits, legal bases and holiday schedules, exactly as imported (bytes and digest), so that a case
-- decided under an edition can always be judged by that edition again.
CREATE TABLE rule_documents (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    edition     TEXT NOT NULL,
    version     TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    content     BLOB NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    UNIQUE (kind, edition, version)
);
