-- Lists limited to a user's jurisdiction (issue 8): the organ due to act on each deadline, and case lists of one
-- organ in the orders the desktop client sorts by.
--
-- A deadline belongs to the organ of its case, else of its standard, else of the user who recorded its credit
-- record. Stored on the row (filled by the trigger below for every new deadline), so that `deadlines` for one
-- organ reads one index in due-date order instead of looking up the owner of every deadline it passes.
ALTER TABLE deadlines ADD COLUMN organ_id INTEGER REFERENCES organs (id);

UPDATE deadlines SET organ_id = coalesce(
    (SELECT c.organ_id FROM cases c WHERE c.id = deadlines.case_id),
    (SELECT t.organ_id FROM standards t WHERE t.id = deadlines.standard_id),
    (SELECT u.organ_id FROM credit_records r JOIN users u ON u.name = r.created_by WHERE r.id = deadlines.record_id));

CREATE INDEX deadlines_organ_open ON deadlines (organ_id, status, due_on);

CREATE TRIGGER deadlines_organ_insert AFTER INSERT ON deadlines WHEN NEW.organ_id IS NULL
BEGIN
    UPDATE deadlines SET organ_id = coalesce(
        (SELECT c.organ_id FROM cases c WHERE c.id = NEW.case_id),
        (SELECT t.organ_id FROM standards t WHERE t.id = NEW.standard_id),
        (SELECT u.organ_id FROM credit_records r JOIN users u ON u.name = r.created_by WHERE r.id = NEW.record_id))
     WHERE id = NEW.id;
END;

-- One organ's cases by subject name, opening date and next deadline: the first page and any jump read the index.
CREATE INDEX cases_organ_subject_name ON cases (organ_id, subject_name);
CREATE INDEX cases_organ_opened ON cases (organ_id, opened_on);
CREATE INDEX cases_organ_next_due ON cases (organ_id, next_due_on);
