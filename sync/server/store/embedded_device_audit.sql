-- qadam-server embedded store, schema version 4: a device uploads its own audit events (reads,
-- exports, unlocks: R30) with each sync; `audit_seq` is the newest of its chain the server holds,
-- so an upload repeated after a lost reply is not appended twice.
ALTER TABLE devices ADD COLUMN audit_seq INTEGER NOT NULL DEFAULT 0;
