-- Migration 11: an officer's cases by the person record. CaseScope's officer query asks for
-- people whose case officer (or, with none, whose creator) is the user: without these indexes
-- it read and decrypted the whole person table, and the app's unlock -> Today took 2.1 s on the
-- 100,000-people benchmark store (77 people in the officer's caseload).
CREATE INDEX person_case_officer ON person(case_officer_id);
CREATE INDEX person_created_by ON person(created_by);
