-- The time to decide a designation (issue 9: a list type's decisionLimit, e.g. MOHRSS Order 45 Art. 8) is kept in
-- the deadline register as kind 'decision-due'. SQLite cannot change a CHECK constraint in place, so the table is
-- rebuilt as its "generalized ALTER TABLE procedure" describes: a new table with the wider constraint, the rows
-- copied, the old table dropped (with its indexes and triggers), the new one renamed, then every index and trigger of
-- migrations 0004, 0005, 0006 and 0010 made again. The triggers are made after the copy, so copying fires none.
-- Nothing references deadlines by foreign key. SQLite 3.15 dialect.

CREATE TABLE deadlines_new (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('notice-service', 'objection-window', 'objection-answer',
                                                   're-examination', 'list-expiry', 'disclosure-minimum',
                                                   'disclosure-maximum', 'restoration-due', 'comment-close',
                                                   'assessment-due', 'decision-due')),
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
    created_at       TEXT NOT NULL,
    organ_id         INTEGER REFERENCES organs (id)
);

INSERT INTO deadlines_new (id, kind, case_id, record_id, standard_id, subject_id, trigger_on, rule_count, rule_mode,
                           count_start_day, calendar_version, due_on, provisional, source, status, closed_on,
                           created_at, organ_id)
SELECT id, kind, case_id, record_id, standard_id, subject_id, trigger_on, rule_count, rule_mode, count_start_day,
       calendar_version, due_on, provisional, source, status, closed_on, created_at, organ_id
  FROM deadlines;

DROP TABLE deadlines;
ALTER TABLE deadlines_new RENAME TO deadlines;

-- 0004
CREATE INDEX deadlines_status_due ON deadlines (status, due_on);
CREATE INDEX deadlines_case ON deadlines (case_id, kind);
CREATE INDEX deadlines_record ON deadlines (record_id, kind);
CREATE INDEX deadlines_standard ON deadlines (standard_id, kind);
-- 0005
CREATE INDEX deadlines_case_open ON deadlines (case_id, status, due_on);
-- 0006
CREATE INDEX deadlines_organ_open ON deadlines (organ_id, status, due_on);
-- 0010
CREATE INDEX deadlines_status_kind_due ON deadlines (status, kind, due_on);

-- 0005: the case row's next deadline follows its open deadlines.
CREATE TRIGGER cases_next_due_insert AFTER INSERT ON deadlines WHEN NEW.case_id IS NOT NULL
BEGIN
    UPDATE cases SET next_due_on = ifnull((SELECT min(due_on) FROM deadlines
                                           WHERE case_id = NEW.case_id AND status = 'open'), '9999-12-31')
     WHERE id = NEW.case_id;
END;

CREATE TRIGGER cases_next_due_update AFTER UPDATE OF due_on, status, case_id ON deadlines
BEGIN
    UPDATE cases SET next_due_on = ifnull((SELECT min(due_on) FROM deadlines
                                           WHERE case_id = cases.id AND status = 'open'), '9999-12-31')
     WHERE id IN (NEW.case_id, OLD.case_id);
END;

CREATE TRIGGER cases_next_due_delete AFTER DELETE ON deadlines WHEN OLD.case_id IS NOT NULL
BEGIN
    UPDATE cases SET next_due_on = ifnull((SELECT min(due_on) FROM deadlines
                                           WHERE case_id = OLD.case_id AND status = 'open'), '9999-12-31')
     WHERE id = OLD.case_id;
END;

-- 0006: the organ due to act on each new deadline.
CREATE TRIGGER deadlines_organ_insert AFTER INSERT ON deadlines WHEN NEW.organ_id IS NULL
BEGIN
    UPDATE deadlines SET organ_id = coalesce(
        (SELECT c.organ_id FROM cases c WHERE c.id = NEW.case_id),
        (SELECT t.organ_id FROM standards t WHERE t.id = NEW.standard_id),
        (SELECT u.organ_id FROM credit_records r JOIN users u ON u.name = r.created_by WHERE r.id = NEW.record_id))
     WHERE id = NEW.id;
END;
