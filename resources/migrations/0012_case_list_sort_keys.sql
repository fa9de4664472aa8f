-- Three more orders for the case list (issue 10: stage, list type, case officer), each a keyset range over an index
-- whose entries are in (key, case number) order, like the orders of migration 0005: the rowid that ends every index
-- entry is the tiebreaker, so the first page at a million cases reads one index range and never sorts the table.
--
-- Stage in workflow order (domain::allCaseStages()), not the alphabetical order of the stage identifiers: an index
-- on the expression. CaseQueryRunner::stageOrderExpression() writes the same expression, which is how the planner
-- recognises the index; a unit test checks the two agree. A stage unknown to this version sorts last.
CREATE INDEX cases_stage_order ON cases (CASE stage WHEN 'recorded' THEN 0 WHEN 'notice-prepared' THEN 1
    WHEN 'objection-window' THEN 2 WHEN 'objection-review' THEN 3 WHEN 'ready-to-decide' THEN 4
    WHEN 're-examination' THEN 5 WHEN 're-examined' THEN 6 WHEN 'listed' THEN 7 WHEN 'closed' THEN 8
    WHEN 'expired' THEN 9 WHEN 'removed' THEN 10 ELSE 11 END);
-- The existing (list_type, stage), (officer, stage), (officer, list_type), (officer, opened_on) ... indexes order
-- the cases of one list type or officer by their second column, not by case number: these two give the order.
CREATE INDEX cases_list_type_number ON cases (list_type);
CREATE INDEX cases_officer_number ON cases (officer);
-- A county officer's list is filtered to the officer's organ by default (a few percent of a multi-organ vault, too
-- many to sort per page and too few to find quickly by walking a whole-vault index): one organ's cases in each new
-- order, as migration 0006 does for the older orders.
CREATE INDEX cases_organ_stage_order ON cases (organ_id, CASE stage WHEN 'recorded' THEN 0 WHEN 'notice-prepared' THEN 1
    WHEN 'objection-window' THEN 2 WHEN 'objection-review' THEN 3 WHEN 'ready-to-decide' THEN 4
    WHEN 're-examination' THEN 5 WHEN 're-examined' THEN 6 WHEN 'listed' THEN 7 WHEN 'closed' THEN 8
    WHEN 'expired' THEN 9 WHEN 'removed' THEN 10 ELSE 11 END);
CREATE INDEX cases_organ_list_type ON cases (organ_id, list_type);
CREATE INDEX cases_organ_officer ON cases (organ_id, officer);
-- An officer's own cases ("my cases", a few thousand) by stage: without it each of them is read to be sorted
-- (first page at a million cases, SQLite's default page cache: 139 ms without, 3 ms with it). An officer's cases by
-- list type already have migration 0010's (officer, list_type).
CREATE INDEX cases_officer_stage_order ON cases (officer, CASE stage WHEN 'recorded' THEN 0 WHEN 'notice-prepared'
    THEN 1 WHEN 'objection-window' THEN 2 WHEN 'objection-review' THEN 3 WHEN 'ready-to-decide' THEN 4
    WHEN 're-examination' THEN 5 WHEN 're-examined' THEN 6 WHEN 'listed' THEN 7 WHEN 'closed' THEN 8
    WHEN 'expired' THEN 9 WHEN 'removed' THEN 10 ELSE 11 END);
