-- Subjects, basis documents, credit records, designation cases and everything that happens in them,
-- restoration applications, the department's designation standards, and the deadline register.
-- Dates are ISO 'YYYY-MM-DD' (the date an event happened); *_at columns are UTC timestamps of the act.
-- Users are referred to by name (users.name), as in the audit chain. Rows are never deleted by ordinary
-- work: closing, expiry, restoration and revocation change a stage or a stop date.
-- SQLite 3.15 dialect (no UPSERT, no window functions, no JSON1); kept portable enough for PostgreSQL.

-- Who a record is about. One subject per identifier (normalised USCC or 18-digit resident ID number).
CREATE TABLE subjects (
    id                   INTEGER PRIMARY KEY,
    kind                 TEXT NOT NULL CHECK (kind IN ('enterprise', 'organisation', 'individual')),
    name                 TEXT NOT NULL,
    identifier           TEXT NOT NULL UNIQUE,
    identifier_kind      TEXT NOT NULL CHECK (identifier_kind IN ('uscc', 'resident-id')),
    address              TEXT NOT NULL DEFAULT '',
    legal_representative TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL
);

-- The document a finding rests on (Guiding Opinions II(2)): kind (domain::BasisDocumentKind id), document
-- number (文号), issuing organ, the date it was made and the date it took legal effect.
CREATE TABLE basis_documents (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL,
    document_number     TEXT NOT NULL,
    issuing_organ       TEXT NOT NULL,
    issued_on           TEXT NOT NULL,
    effective_on        TEXT NOT NULL,
    legally_effective   INTEGER NOT NULL CHECK (legally_effective IN (0, 1)),
    statutory_provision TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL
);

-- Scanned papers kept inside the (encrypted) vault, never beside it: scans of basis documents, commitment
-- letters (修复承诺书) and evidence of restoration applications.
CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('basis', 'restoration', 'case')),
    owner_id   INTEGER NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('scan', 'commitment-letter', 'evidence')),
    file_name  TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    content    BLOB NOT NULL,
    added_at   TEXT NOT NULL,
    added_by   TEXT NOT NULL
);
CREATE INDEX attachments_owner ON attachments (owner_kind, owner_id);

-- Public credit information recorded about a subject: a catalogue item (with the catalogue edition it was
-- recorded under), its basis, the severity and the disclosure window that followed from the regime in force
-- on the decision date (the basis document's date). Disclosure and sharing stop by date, never by deletion.
CREATE TABLE credit_records (
    id                    INTEGER PRIMARY KEY,
    subject_id            INTEGER NOT NULL REFERENCES subjects (id),
    catalog_item          TEXT NOT NULL,
    catalog_edition       TEXT NOT NULL,
    basis_id              INTEGER NOT NULL REFERENCES basis_documents (id),
    severity              TEXT NOT NULL CHECK (severity IN ('minor', 'general', 'serious')),
    sector                TEXT NOT NULL DEFAULT '',
    facts                 TEXT NOT NULL DEFAULT '',
    decided_on            TEXT NOT NULL,
    disclosure_regime     TEXT NOT NULL DEFAULT '',
    disclosed             INTEGER NOT NULL DEFAULT 1 CHECK (disclosed IN (0, 1)),
    disclosure_min_until  TEXT,
    disclosure_max_until  TEXT,
    disclosure_stopped_on TEXT,
    sharing_stopped_on    TEXT,
    rule_editions         TEXT NOT NULL,
    created_at            TEXT NOT NULL,
    created_by            TEXT NOT NULL
);
CREATE INDEX credit_records_subject ON credit_records (subject_id);

-- A department's designation standard for a list type (Guiding Opinions IV(7)): drafted, open for public
-- comment for at least the minimum period, adopted only after the period closed, in force from a date,
-- assessed periodically, revised or abolished.
CREATE TABLE standards (
    id                  INTEGER PRIMARY KEY,
    list_type           TEXT NOT NULL,
    title               TEXT NOT NULL,
    stage               TEXT NOT NULL CHECK (stage IN ('draft', 'open-for-comment', 'adopted', 'in-force',
                                                       'revised', 'abolished')),
    organ_id            INTEGER NOT NULL REFERENCES organs (id),
    comment_opened_on   TEXT,
    comment_closed_on   TEXT,
    adopted_on          TEXT,
    in_force_from       TEXT,
    last_assessed_on    TEXT,
    ended_on            TEXT,
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX standards_list_type ON standards (list_type, stage);

-- A designation case: one credit record, one list type. The stage follows the workflow table
-- (core/workflow/WorkflowTable): recorded -> notice-prepared -> objection-window -> objection-review ->
-- ready-to-decide -> re-examination -> re-examined -> listed -> expired | removed; closed = not designated.
-- rule_editions: the rule editions in force on the decision date ("kind:edition:version;..."), so later
-- answers for the case use RuleSet::pinnedTo(them).
CREATE TABLE cases (
    id                    INTEGER PRIMARY KEY,
    record_id             INTEGER NOT NULL REFERENCES credit_records (id),
    subject_id            INTEGER NOT NULL REFERENCES subjects (id),
    list_type             TEXT NOT NULL,
    standard_id           INTEGER REFERENCES standards (id),
    scope_category        TEXT NOT NULL,
    ground                TEXT NOT NULL DEFAULT '',
    circumstances         TEXT NOT NULL DEFAULT '',
    stage                 TEXT NOT NULL CHECK (stage IN ('recorded', 'notice-prepared', 'objection-window',
                                                         'objection-review', 'ready-to-decide', 're-examination',
                                                         're-examined', 'listed', 'closed', 'expired',
                                                         'removed')),
    officer               TEXT NOT NULL,
    organ_id              INTEGER NOT NULL REFERENCES organs (id),
    opened_on             TEXT NOT NULL,
    notice_served_on      TEXT,
    objection_window_ends TEXT,
    decided_on            TEXT,
    decided_by            TEXT,
    listed_until          TEXT,
    closed_on             TEXT,
    closed_reason         TEXT NOT NULL DEFAULT '',
    rule_editions         TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX cases_stage ON cases (stage);
CREATE INDEX cases_subject ON cases (subject_id);
CREATE INDEX cases_record ON cases (record_id);

-- The notice before designation (告知书, IV(8)): prepared when the case is opened, served on a date.
-- chain_seq / chain_hash: the audit chain head when the notice was made (every document records it).
CREATE TABLE notices (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    prepared_on TEXT NOT NULL,
    prepared_by TEXT NOT NULL,
    served_on   TEXT,
    served_by   TEXT,
    chain_seq   INTEGER NOT NULL,
    chain_hash  TEXT NOT NULL
);
CREATE INDEX notices_case ON notices (case_id);

CREATE TABLE objections (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    received_on TEXT NOT NULL,
    received_by TEXT NOT NULL,
    text        TEXT NOT NULL,
    answer_due  TEXT,
    answered_on TEXT,
    answered_by TEXT,
    outcome     TEXT CHECK (outcome IS NULL OR outcome IN ('upheld', 'rejected')),
    answer_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX objections_case ON objections (case_id);

-- Re-examination by a higher (provincial-level) department where the list type requires it (IV(8)).
CREATE TABLE re_examinations (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    submitted_on TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    submit_text  TEXT NOT NULL DEFAULT '',
    decided_on   TEXT,
    decided_by   TEXT,
    outcome      TEXT CHECK (outcome IS NULL OR outcome IN ('approved', 'returned')),
    decide_text  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX re_examinations_case ON re_examinations (case_id);

-- The designation decision (决定书), taken by a supervisor who is not the case officer. listed_until is
-- empty for a term that lasts until performance. chain_seq / chain_hash: audit chain head when it was made.
CREATE TABLE decisions (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL UNIQUE REFERENCES cases (id),
    decided_on    TEXT NOT NULL,
    decided_by    TEXT NOT NULL,
    term_id       TEXT NOT NULL,
    listed_from   TEXT NOT NULL,
    listed_until  TEXT,
    rule_editions TEXT NOT NULL,
    reason        TEXT NOT NULL,
    citations     TEXT NOT NULL,
    chain_seq     INTEGER NOT NULL,
    chain_hash    TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

-- Measures named in the decision, each with the way it may be used: 'order' (categories A and B) or
-- 'inform-only' (category C, never compelled, V(9)). Lifted on the date restoration was granted; a revoked
-- restoration reinstates them (reinstated_on).
CREATE TABLE applied_measures (
    id               INTEGER PRIMARY KEY,
    decision_id      INTEGER NOT NULL REFERENCES decisions (id),
    case_id          INTEGER NOT NULL REFERENCES cases (id),
    measure_id       TEXT NOT NULL,
    measure_use      TEXT NOT NULL CHECK (measure_use IN ('order', 'inform-only')),
    measures_edition TEXT NOT NULL,
    citations        TEXT NOT NULL,
    lifted_on        TEXT,
    reinstated_on    TEXT
);
CREATE INDEX applied_measures_case ON applied_measures (case_id);

-- Credit restoration / early removal (VI(11), VI(12)). Applied for at any time unless non-restorable; the
-- check against the conditions is stored with the application; decided before due_on (decided_late marks a
-- decision after it, for accountability). No fee exists anywhere in the model.
CREATE TABLE restorations (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id),
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
    chain_hash      TEXT
);
CREATE INDEX restorations_case ON restorations (case_id);

-- Every open obligation with the inputs it was computed from (trigger date, count, mode, whether day 0
-- counts, calendar version), so it can be recomputed when the holiday calendar changes. rule_mode 'fixed':
-- a date set by the department (comment close, assessment), not recomputed. status: open, met (the
-- obligation was fulfilled), cancelled (no longer owed, e.g. the case was closed).
CREATE TABLE deadlines (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('notice-service', 'objection-window', 'objection-answer',
                                                   're-examination', 'list-expiry', 'disclosure-minimum',
                                                   'disclosure-maximum', 'restoration-due', 'comment-close',
                                                   'assessment-due')),
    case_id          INTEGER REFERENCES cases (id),
    record_id        INTEGER REFERENCES credit_records (id),
    standard_id      INTEGER REFERENCES standards (id),
    subject_id       INTEGER REFERENCES subjects (id),
    trigger_on       TEXT NOT NULL,
    rule_count       INTEGER NOT NULL,
    rule_mode        TEXT NOT NULL CHECK (rule_mode IN ('working-days', 'calendar-days', 'months', 'years',
                                                        'fixed')),
    count_start_day  INTEGER NOT NULL DEFAULT 0 CHECK (count_start_day IN (0, 1)),
    calendar_version TEXT NOT NULL,
    due_on           TEXT NOT NULL,
    provisional      INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1)),
    source           TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('open', 'met', 'cancelled')),
    closed_on        TEXT,
    created_at       TEXT NOT NULL
);
CREATE INDEX deadlines_status_due ON deadlines (status, due_on);
CREATE INDEX deadlines_case ON deadlines (case_id, kind);
CREATE INDEX deadlines_record ON deadlines (record_id, kind);
CREATE INDEX deadlines_standard ON deadlines (standard_id, kind);
