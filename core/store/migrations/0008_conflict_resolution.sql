-- Migration 8: an op that settles a sync conflict names it, so the server marks the conflict
-- resolved when it applies the chosen value (sync.proto Op.resolves_conflict).
ALTER TABLE outbox ADD COLUMN resolves_conflict TEXT;
