-- Case lists as windows over a million cases (DESIGN.md "Large lists are windows", field notes F.6): the sort keys a
-- case list offers kept on the case row with an index each, so that every page is a keyset range scan (never a deep
-- OFFSET, never a sort of the whole table), and a full-text index for search by subject name, identifier and basis
-- document number. Written by core/service (CaseQueryRunner) readers only; kept in step by triggers, so no writer
-- has to know about them. SQLite 3.15 dialect: no UPSERT, no window functions, FTS4 only, no CTE inside triggers.

-- The earliest open deadline of one case, for the update below and the triggers. Without it the planner answers
-- min(due_on) by walking deadlines_status_due in date order for every case (minutes at 50,000 cases).
CREATE INDEX deadlines_case_open ON deadlines (case_id, status, due_on);

-- Sort keys on the case row. next_due_on is the earliest open deadline of the case, '9999-12-31' when it has none
-- (so the key is never NULL and keyset comparisons stay plain range scans; readers show it as "no deadline").
-- subject_name is the subject's name as the list shows it (binary order of the UTF-8 text, not pinyin order).
ALTER TABLE cases ADD COLUMN next_due_on TEXT NOT NULL DEFAULT '9999-12-31';
ALTER TABLE cases ADD COLUMN subject_name TEXT NOT NULL DEFAULT '';

UPDATE cases SET subject_name = ifnull((SELECT name FROM subjects WHERE subjects.id = cases.subject_id), ''),
                 next_due_on = ifnull((SELECT min(due_on) FROM deadlines
                                       WHERE deadlines.case_id = cases.id AND deadlines.status = 'open'),
                                      '9999-12-31');

-- Each index ends implicitly in the rowid (cases.id), which is the tiebreaker of every sort. cases_number holds the
-- case numbers alone: a jump to a position in the list by case number counts along it instead of along the table.
CREATE INDEX cases_number ON cases (id);
CREATE INDEX cases_opened ON cases (opened_on);
CREATE INDEX cases_next_due ON cases (next_due_on);
CREATE INDEX cases_subject_name ON cases (subject_name);
CREATE INDEX cases_stage_opened ON cases (stage, opened_on);
CREATE INDEX cases_stage_next_due ON cases (stage, next_due_on);
-- An officer's own cases ("my cases") are a few thousand of a million: their list is ordered from these indexes.
-- Organs and list types hold many cases each; their lists walk the sort index (CaseQueryRunner decides from the count).
CREATE INDEX cases_officer_opened ON cases (officer, opened_on);
CREATE INDEX cases_officer_next_due ON cases (officer, next_due_on);
CREATE INDEX cases_organ ON cases (organ_id, stage);
CREATE INDEX cases_list_type ON cases (list_type, stage);

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

-- Search. FTS4's simple tokenizer splits only at ASCII separators and would keep a Chinese name as one token, so a
-- search for part of it would find nothing. The searchable texts are therefore indexed as their overlapping
-- character bigrams followed by their last character ("示范食品" -> "示范 范食 食品 品"), and a search is the phrase of
-- the bigrams of what was typed (core/service/CaseSearchText does the same transformation): a phrase of consecutive
-- bigrams matches exactly where the typed text is a substring of the name, whatever the script; one typed character
-- is a prefix query on the bigrams. Identifiers (USCC, resident ID numbers) are indexed whole and searched by prefix,
-- since their bigrams ("00", "35") would be in every row. Case numbers are found through cases.id, not here.
--   name:       bigrams of the subject's name
--   document:   bigrams of the basis document number (文号)
--   identifier: the subject's identifier, one token
-- (separate columns, so that a phrase never runs from the end of one text into the next).
-- docid = cases.id.
CREATE TABLE search_positions (n INTEGER PRIMARY KEY);
WITH RECURSIVE counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 400)
INSERT INTO search_positions (n) SELECT n FROM counter;

CREATE VIRTUAL TABLE case_search USING fts4(name, document, identifier, tokenize=simple);

INSERT INTO case_search (docid, name, document, identifier)
SELECT c.id,
       ifnull((SELECT group_concat(substr(s.name, n, 2), ' ') FROM search_positions WHERE n < length(s.name)), '')
           || ' ' || substr(s.name, -1),
           ifnull((SELECT group_concat(substr(b.document_number, n, 2), ' ') FROM search_positions
                      WHERE n < length(b.document_number)), '')
           || ' ' || substr(b.document_number, -1),
       s.identifier
  FROM cases c
  JOIN subjects s ON s.id = c.subject_id
  JOIN credit_records r ON r.id = c.record_id
  JOIN basis_documents b ON b.id = r.basis_id;

CREATE TRIGGER case_search_insert AFTER INSERT ON cases
BEGIN
    UPDATE cases SET subject_name = ifnull((SELECT name FROM subjects WHERE id = NEW.subject_id), '')
     WHERE id = NEW.id;
    INSERT INTO case_search (docid, name, document, identifier)
    SELECT NEW.id,
           ifnull((SELECT group_concat(substr(s.name, n, 2), ' ') FROM search_positions WHERE n < length(s.name)), '')
               || ' ' || substr(s.name, -1),
           ifnull((SELECT group_concat(substr(b.document_number, n, 2), ' ') FROM search_positions
                      WHERE n < length(b.document_number)), '')
               || ' ' || substr(b.document_number, -1),
           s.identifier
      FROM subjects s, credit_records r, basis_documents b
     WHERE s.id = NEW.subject_id AND r.id = NEW.record_id AND b.id = r.basis_id;
END;

CREATE TRIGGER case_search_case_update AFTER UPDATE OF subject_id, record_id ON cases
BEGIN
    UPDATE cases SET subject_name = ifnull((SELECT name FROM subjects WHERE id = NEW.subject_id), '')
     WHERE id = NEW.id;
    DELETE FROM case_search WHERE docid = OLD.id;
    INSERT INTO case_search (docid, name, document, identifier)
    SELECT NEW.id,
           ifnull((SELECT group_concat(substr(s.name, n, 2), ' ') FROM search_positions WHERE n < length(s.name)), '')
               || ' ' || substr(s.name, -1),
           ifnull((SELECT group_concat(substr(b.document_number, n, 2), ' ') FROM search_positions
                      WHERE n < length(b.document_number)), '')
               || ' ' || substr(b.document_number, -1),
           s.identifier
      FROM subjects s, credit_records r, basis_documents b
     WHERE s.id = NEW.subject_id AND r.id = NEW.record_id AND b.id = r.basis_id;
END;

CREATE TRIGGER case_search_case_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_search WHERE docid = OLD.id;
END;

CREATE TRIGGER case_search_subject_update AFTER UPDATE OF name, identifier ON subjects
BEGIN
    UPDATE cases SET subject_name = NEW.name WHERE subject_id = NEW.id;
    DELETE FROM case_search WHERE docid IN (SELECT id FROM cases WHERE subject_id = NEW.id);
    INSERT INTO case_search (docid, name, document, identifier)
    SELECT c.id,
           ifnull((SELECT group_concat(substr(NEW.name, n, 2), ' ') FROM search_positions
                   WHERE n < length(NEW.name)), '')
               || ' ' || substr(NEW.name, -1),
           ifnull((SELECT group_concat(substr(b.document_number, n, 2), ' ') FROM search_positions
                      WHERE n < length(b.document_number)), '')
               || ' ' || substr(b.document_number, -1),
           NEW.identifier
      FROM cases c, credit_records r, basis_documents b
     WHERE c.subject_id = NEW.id AND r.id = c.record_id AND b.id = r.basis_id;
END;

CREATE TRIGGER case_search_basis_update AFTER UPDATE OF document_number ON basis_documents
BEGIN
    DELETE FROM case_search WHERE docid IN (SELECT c.id FROM cases c JOIN credit_records r ON r.id = c.record_id
                                            WHERE r.basis_id = NEW.id);
    INSERT INTO case_search (docid, name, document, identifier)
    SELECT c.id,
           ifnull((SELECT group_concat(substr(s.name, n, 2), ' ') FROM search_positions WHERE n < length(s.name)), '')
               || ' ' || substr(s.name, -1),
           ifnull((SELECT group_concat(substr(NEW.document_number, n, 2), ' ') FROM search_positions
                      WHERE n < length(NEW.document_number)), '')
               || ' ' || substr(NEW.document_number, -1),
           s.identifier
      FROM credit_records r, cases c, subjects s
     WHERE r.basis_id = NEW.id AND c.record_id = r.id AND s.id = c.subject_id;
END;
