-- Indexes for the desktop client at office scale (issue 10, measured with 1,000,000 cases).
--
-- An officer's cases at one stage (the dashboard's "waiting for me" counts, grouped by stage in one query, and the
-- case list filtered by stage and officer in case-number order): the rowid that ends every index entry keeps the
-- cases of one (officer, stage) in case-number order, so a page is a range of this index and a count never reads a
-- case row.
CREATE INDEX cases_officer_stage ON cases (officer, stage);
-- An officer's cases of one list type, in case-number order, for the same reason.
CREATE INDEX cases_officer_list_type ON cases (officer, list_type);

-- The case view's timeline is read from the audit chain: the entries about one object (for example "case:42") in
-- chain order, without reading the whole chain.
CREATE INDEX audit_log_object ON audit_log (object, seq);

-- The open deadlines of one kind in due order (the restoration page's applications waiting, read when the window
-- opens): without it the (status, due_on) index walks every open deadline of the vault and reads each row for its
-- kind, seconds at a million cases.
CREATE INDEX deadlines_status_kind_due ON deadlines (status, kind, due_on);
