-- Two kinds of credit restoration (Guiding Opinions VI(11); NDRC Order No. 58 / No. 36): removal from a list (a
-- restoration of a case, as before) and restoration of penalty information (a restoration of one credit record:
-- disclosure of that record ends early, nothing else changes). A row belongs to exactly one of them. SQLite cannot
-- relax NOT NULL in place, so the table is rebuilt with the same rows; no trigger or view refers to it.
CREATE TABLE restorations_v2 (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER REFERENCES cases (id),
    record_id       INTEGER REFERENCES credit_records (id),
    stage           TEXT NOT NULL CHECK (stage IN ('applied', 'granted', 'refused', 'revoked')),
    applied_on      TEXT NOT NULL,
    received_by     TEXT NOT NULL,
    corrected_on    TEXT,
    commitment      INTEGER NOT NULL DEFAULT 0 CHECK (commitment IN (0, 1)),
    eligible        INTEGER NOT NULL DEFAULT 0 CHECK (eligible IN (0, 1)),
    check_reason    TEXT NOT NULL DEFAULT '',
    due_on          TEXT,
    decided_on      TEXT,
    decided_by      TEXT,
    decision_text   TEXT NOT NULL DEFAULT '',
    decided_late    INTEGER NOT NULL DEFAULT 0 CHECK (decided_late IN (0, 1)),
    revoked_on      TEXT,
    revoked_by      TEXT,
    revoke_text     TEXT NOT NULL DEFAULT '',
    chain_seq       INTEGER,
    chain_hash      TEXT,
    CHECK ((case_id IS NULL) <> (record_id IS NULL))
);
INSERT INTO restorations_v2 (id, case_id, record_id, stage, applied_on, received_by, corrected_on, commitment, eligible,
                             check_reason, due_on, decided_on, decided_by, decision_text, decided_late, revoked_on,
                             revoked_by, revoke_text, chain_seq, chain_hash)
    SELECT id, case_id, NULL, stage, applied_on, received_by, corrected_on, commitment, eligible, check_reason, due_on,
           decided_on, decided_by, decision_text, decided_late, revoked_on, revoked_by, revoke_text, chain_seq,
           chain_hash
    FROM restorations;
DROP TABLE restorations;
ALTER TABLE restorations_v2 RENAME TO restorations;
CREATE INDEX restorations_case ON restorations (case_id);
CREATE INDEX restorations_record ON restorations (record_id);
