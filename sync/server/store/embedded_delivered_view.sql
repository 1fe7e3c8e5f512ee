-- qadam-server embedded store, schema version 3: what a device was sent of a case depends on how
-- its user may read it (a counsellor's referrals to that person, a supervisor's unit or region).
-- `view` names that reading when the bucket was delivered; when it changes the device is told to
-- resync the bucket, so records it may no longer read (the sessions of a revoked referral while
-- another referral keeps the case) leave it. Empty: delivered before this step, adopted as is.
ALTER TABLE delivered ADD COLUMN view TEXT NOT NULL DEFAULT '';
