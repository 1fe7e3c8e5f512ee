-- Migration 10: an op carries the server version its device last saw of the record (server_base),
-- beside the local version it was made on (base_version). A second offline edit of a record is
-- made on the device's own uncommitted version; sending that local number as the base let the
-- server take it for one of its own versions and overwrite a concurrent edit without a conflict
-- record. Ops queued before this migration had no uploaded predecessor question: their base is kept.
ALTER TABLE outbox ADD COLUMN server_base INTEGER NOT NULL DEFAULT 0;
UPDATE outbox SET server_base = base_version;
