-- Migration 9: a signed-off progress review schedules the next one (issue 7, the review cycle):
-- the supervisor's "reviews due" list reads the date from the latest signed review.
ALTER TABLE progress_review ADD COLUMN next_review_on TEXT;
CREATE INDEX progress_review_next ON progress_review(person_id, next_review_on) WHERE signed_off_by IS NOT NULL;
