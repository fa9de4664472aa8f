-- The date of the conduct a credit record is about (Guiding Opinions II(1); SPC Fa Shi [2017] No. 7 Art. 4): the
-- age bar of a list is read on it from the resident ID's birth date. Optional: records made before this migration,
-- and records whose basis document does not state the date, have none; the designation then checks the age on the
-- basis document's date instead (the latest day the conduct can have happened) and says so.
ALTER TABLE credit_records ADD COLUMN conduct_on TEXT;
