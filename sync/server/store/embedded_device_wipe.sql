-- qadam-server embedded store, schema version 5: a wiped device confirms it (R10). The wipe
-- command carries a random receipt; its hash waits here until the device, its data destroyed,
-- sends the receipt back (POST /v1/wiped); then the time of that confirmation is kept.
ALTER TABLE devices ADD COLUMN wipe_receipt BLOB NOT NULL DEFAULT x'';
ALTER TABLE devices ADD COLUMN wipe_confirmed_at INTEGER NOT NULL DEFAULT 0;
